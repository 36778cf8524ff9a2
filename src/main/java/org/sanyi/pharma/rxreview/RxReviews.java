package org.sanyi.pharma.rxreview;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.sanyi.pharma.PharmaErrors;
import org.sanyi.pharma.engine.ReviewItem;
import org.sanyi.pharma.engine.ReviewItem.Tally;
import org.sanyi.pharma.engine.ReviewSampling;
import org.sanyi.pharma.engine.ReviewState;
import org.sanyi.registry.Institution;
import org.sanyi.registry.Registry;
import org.sanyi.security.DataScope;
import org.sanyi.shared.BusinessException;
import org.sanyi.shared.PlatformTime;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 处方点评: a hospital's monthly sample drawn reproducibly ({@link ReviewSampling}), each
 * sampled prescription judged by the hospital's own pharmacists against the 28 items
 * ({@link ReviewItem}) with the rational-use rules' findings of its upload as hints, and
 * the rates per hospital and per doctor. A hospital sees and reviews its own; the health
 * commission sees its region's samples and results.
 */
@Service
public class RxReviews {

	/** The share when none is given: 1 % (the 规范 asks at least 1‰ and 100 a month). */
	static final BigDecimal DEFAULT_SHARE = new BigDecimal("0.01");

	private final RxReviewRepository reviews;

	private final Registry registry;

	RxReviews(RxReviewRepository reviews, Registry registry) {
		this.reviews = reviews;
		this.registry = registry;
	}

	/** A sampled prescription with its review and the rules' findings. */
	public record Sampled(ReviewRow review, List<ReviewHint> hints, List<ReviewLine> lines) {
	}

	/** Tallies by a key (institution or doctor code), with the key's display name. */
	public record Summary(String key, String name, Tally tally) {
	}

	@Transactional
	public SampleRow draw(String institution, String month, String sharePercent, String seed, DataScope scope,
			String by) {
		Institution inst = institutionInScope(institution, scope);
		YearMonth ym = month(month);
		BigDecimal share = share(sharePercent);
		String theSeed = seed == null || seed.isBlank() ? ReviewSampling.defaultSeed(inst.code(), ym.toString())
				: seed.strip();
		if (theSeed.length() > 100) {
			throw new BusinessException(PharmaErrors.RX_REVIEW_FIELD, "seed", theSeed.substring(0, 20) + "…");
		}
		OffsetDateTime from = ym.atDay(1).atStartOfDay(PlatformTime.zone()).toOffsetDateTime();
		OffsetDateTime to = ym.plusMonths(1).atDay(1).atStartOfDay(PlatformTime.zone()).toOffsetDateTime();
		List<String> population = reviews.population(inst.code(), from, to);
		if (population.isEmpty()) {
			throw new BusinessException(PharmaErrors.RX_SAMPLE_EMPTY, inst.code(), ym.toString());
		}
		List<String> sample = ReviewSampling.draw(population, theSeed, ReviewSampling.size(population.size(), share));
		long id = reviews
			.insertSample(inst.code(), inst.regionCode(), ym.atDay(1), theSeed, share, population.size(), sample, by)
			.orElseThrow(() -> new BusinessException(PharmaErrors.RX_SAMPLE_EXISTS, inst.code(), ym.toString(),
					reviews.samples("", inst.code())
						.stream()
						.filter(s -> s.month().equals(ym.atDay(1)))
						.map(s -> Long.toString(s.id()))
						.findFirst()
						.orElse("")));
		return sample(id, scope);
	}

	public List<SampleRow> samples(DataScope scope) {
		return reviews.samples(prefix(scope), institution(scope));
	}

	public SampleRow sample(long id, DataScope scope) {
		return reviews.sample(id, prefix(scope), institution(scope))
			.orElseThrow(() -> new BusinessException(PharmaErrors.RX_REVIEW_NOT_FOUND, id));
	}

	public List<ReviewRow> reviews(SampleRow sample) {
		return reviews.reviews(sample.id());
	}

	/** The hints of a sample's prescriptions, by prescription. */
	public Map<String, List<ReviewHint>> hints(List<ReviewRow> rows) {
		Map<String, List<ReviewHint>> out = new LinkedHashMap<>();
		for (ReviewHint f : reviews.findings(rows.stream().map(ReviewRow::hiRxno).toList())) {
			out.computeIfAbsent(f.hiRxno(), k -> new ArrayList<>()).add(f);
		}
		return out;
	}

	public Sampled sampled(long sampleId, String hiRxno, DataScope scope) {
		SampleRow s = sample(sampleId, scope);
		ReviewRow row = reviews.review(s.id(), hiRxno)
			.orElseThrow(() -> new BusinessException(PharmaErrors.RX_REVIEW_NOT_FOUND, hiRxno));
		return new Sampled(row, reviews.findings(List.of(hiRxno)), reviews.lines(hiRxno));
	}

	/**
	 * Records a pharmacist's judgement: the items found (none = 合理) and a note. Only the
	 * hospital's own staff (or the platform administrator) review; a review may be
	 * corrected by recording it again.
	 */
	@Transactional
	public void review(long sampleId, String hiRxno, Collection<String> items, String note, DataScope scope,
			String by) {
		SampleRow s = sample(sampleId, scope);
		if (scope.kind() != DataScope.Kind.ALL && !s.institutionCode().equals(scope.institutionCode())) {
			throw new BusinessException(PharmaErrors.RX_REVIEW_NOT_OWN, s.institutionCode());
		}
		ReviewRow row = reviews.review(s.id(), hiRxno)
			.orElseThrow(() -> new BusinessException(PharmaErrors.RX_REVIEW_NOT_FOUND, hiRxno));
		if (!row.status().canBecome(ReviewState.REVIEWED)) {
			throw new BusinessException(PharmaErrors.RX_REVIEW_FIELD, "status", row.status());
		}
		Set<String> chosen = new LinkedHashSet<>();
		for (String i : items) {
			if (i != null && !i.isBlank()) {
				chosen.add(i.strip());
			}
		}
		List<String> unknown = ReviewItem.unknown(chosen);
		if (!unknown.isEmpty()) {
			throw new BusinessException(PharmaErrors.RX_REVIEW_FIELD, "items", String.join(",", unknown));
		}
		String text = note == null ? "" : note.strip();
		if (text.length() > 500) {
			throw new BusinessException(PharmaErrors.RX_REVIEW_FIELD, "note", text.length());
		}
		List<String> ordered = ReviewItem.all().stream().filter(chosen::contains).toList();
		reviews.record(s.id(), hiRxno, String.join(",", ordered), text, by);
	}

	/** The results per hospital in scope over the months. */
	public List<Summary> byInstitution(DataScope scope, YearMonth from, YearMonth to) {
		Map<String, Tally> tallies = new LinkedHashMap<>();
		for (ReviewRow r : reviews.reviewed(prefix(scope), institution(scope), from.atDay(1), to.atDay(1))) {
			tallies.merge(r.institutionCode(), Tally.EMPTY.plus(r.itemList()), RxReviews::add);
		}
		return tallies.entrySet()
			.stream()
			.map(e -> new Summary(e.getKey(),
					registry.institution(e.getKey()).map(Institution::name).orElse(e.getKey()), e.getValue()))
			.sorted(java.util.Comparator.comparing(Summary::key))
			.toList();
	}

	/** The results per doctor of one sample. */
	public List<Summary> byDoctor(List<ReviewRow> rows) {
		Map<String, Tally> tallies = new LinkedHashMap<>();
		Map<String, String> names = new LinkedHashMap<>();
		for (ReviewRow r : rows) {
			if (r.status() == ReviewState.REVIEWED) {
				tallies.merge(r.doctorCode(), Tally.EMPTY.plus(r.itemList()), RxReviews::add);
				names.put(r.doctorCode(), r.doctorName());
			}
		}
		return tallies.entrySet()
			.stream()
			.map(e -> new Summary(e.getKey(), names.get(e.getKey()), e.getValue()))
			.sorted(java.util.Comparator.comparing(Summary::key))
			.toList();
	}

	/** The counts of items found in a sample, most frequent first. */
	public List<Map.Entry<String, Integer>> itemCounts(List<ReviewRow> rows) {
		Map<String, Integer> counts = new LinkedHashMap<>();
		for (ReviewRow r : rows) {
			for (String i : r.itemList()) {
				counts.merge(i, 1, Integer::sum);
			}
		}
		return counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).toList();
	}

	static Tally add(Tally a, Tally b) {
		return new Tally(a.reviewed() + b.reviewed(), a.irrational() + b.irrational(),
				a.nonstandard() + b.nonstandard(), a.inappropriate() + b.inappropriate(),
				a.excessive() + b.excessive());
	}

	private Institution institutionInScope(String code, DataScope scope) {
		String c = code == null ? "" : code.strip();
		return registry.institution(c)
			.filter(i -> scope.coversInstitution(i.code(), i.regionCode()))
			.orElseThrow(() -> new BusinessException(PharmaErrors.INSTITUTION_NOT_FOUND, c));
	}

	static YearMonth month(String text) {
		YearMonth ym;
		try {
			ym = YearMonth.parse(text == null ? "" : text.strip());
		}
		catch (DateTimeParseException ex) {
			throw new BusinessException(PharmaErrors.RX_REVIEW_FIELD, "month", text);
		}
		if (ym.isAfter(YearMonth.from(PlatformTime.today()))) {
			throw new BusinessException(PharmaErrors.RX_SAMPLE_MONTH, ym.toString());
		}
		return ym;
	}

	/** A percent in (0, 100], at most two decimals; blank is 1 %. */
	static BigDecimal share(String percent) {
		if (percent == null || percent.isBlank()) {
			return DEFAULT_SHARE;
		}
		String p = percent.strip();
		if (!p.matches("\\d{1,3}(\\.\\d{1,2})?")) {
			throw new BusinessException(PharmaErrors.RX_REVIEW_FIELD, "share", p);
		}
		BigDecimal share = new BigDecimal(p).movePointLeft(2);
		if (share.signum() <= 0 || share.compareTo(BigDecimal.ONE) > 0) {
			throw new BusinessException(PharmaErrors.RX_REVIEW_FIELD, "share", p);
		}
		return share;
	}

	static String prefix(DataScope scope) {
		return scope.kind() == DataScope.Kind.REGION ? scope.regionPrefix() : "";
	}

	static String institution(DataScope scope) {
		return switch (scope.kind()) {
			case ALL, REGION -> "";
			case INSTITUTION -> scope.institutionCode();
			case SELF -> "~";
		};
	}

}
