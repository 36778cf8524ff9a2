package org.sanyi.pharma.rational;

import java.time.Duration;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.sanyi.pharma.engine.ReviewRules;
import org.sanyi.pharma.engine.RxType;
import org.sanyi.shared.RegionCode;
import org.sanyi.shared.TtlCache;

import org.springframework.stereotype.Component;

/**
 * The review rules in force for an institution's region: the platform's defaults (region
 * {@code 000000}) overridden key by key by the province, city and county rows above the
 * institution. Cached for a minute: the pre-check runs at hundreds a second, the rules
 * change a few times a year.
 */
@Component
public class ReviewRuleBook {

	static final String DEFAULTS = "000000";

	private final ReviewRuleRows rows;

	private final TtlCache<String, ReviewRules> cache = new TtlCache<>(Duration.ofMinutes(1), 10_000);

	ReviewRuleBook(ReviewRuleRows rows) {
		this.rows = rows;
	}

	/** The rules for an institution registered in {@code region}. */
	public ReviewRules forRegion(String region) {
		return cache.get(region, this::load);
	}

	/** Forgets cached rules (after an import). */
	public void refresh() {
		cache.clear();
	}

	/**
	 * The rows in force for an institution or region, each with the region it comes from:
	 * per key, the most specific region's row (an interaction pair is one key whichever
	 * drug comes first).
	 */
	public InForce inForce(String region) {
		List<String> regions = lineage(region);
		return new InForce(last(rows.limits(regions), ReviewRuleRows.LimitRow::rxTypeCode),
				last(rows.drugs(regions), ReviewRuleRows.DrugRow::drugKey),
				last(rows.interactions(regions), r -> pair(r.drugA(), r.drugB())),
				last(rows.contraindications(regions), r -> r.drugKey() + "|" + r.kind()));
	}

	/** The review tables in force, one row per key. */
	public record InForce(List<ReviewRuleRows.LimitRow> limits, List<ReviewRuleRows.DrugRow> drugs,
			List<ReviewRuleRows.InteractionRow> interactions,
			List<ReviewRuleRows.ContraindicationRow> contraindications) {
	}

	/** The key of an interaction pair, the same for (a, b) and (b, a). */
	static String pair(String a, String b) {
		return a.compareTo(b) <= 0 ? a + "|" + b : b + "|" + a;
	}

	private static <T> List<T> last(List<T> ordered, Function<T, String> key) {
		Map<String, T> byKey = new LinkedHashMap<>();
		for (T row : ordered) {
			byKey.remove(key.apply(row));
			byKey.put(key.apply(row), row);
		}
		return List.copyOf(byKey.values());
	}

	private ReviewRules load(String region) {
		InForce in = inForce(region);
		Map<RxType, ReviewRules.Limit> limits = new EnumMap<>(RxType.class);
		for (ReviewRuleRows.LimitRow l : in.limits()) {
			RxType.ofCode(l.rxTypeCode())
				.ifPresent(t -> limits.put(t, new ReviewRules.Limit(l.plainDays(), l.reasonDays(), l.maxDrugs())));
		}
		ReviewRules.NATIONAL.daysLimits().forEach(limits::putIfAbsent);
		List<ReviewRules.DrugRule> drugs = in.drugs()
			.stream()
			.map(d -> new ReviewRules.DrugRule(d.drugKey(), d.name(), d.minSingleDose(), d.maxSingleDose(),
					d.doseUnit(), frequencies(d.frequencies()), d.antimicrobialTier(), d.ddd()))
			.toList();
		List<ReviewRules.Interaction> pairs = in.interactions()
			.stream()
			.map(i -> new ReviewRules.Interaction(i.drugA(), i.drugB(), i.severity(), i.blocking(), i.advice()))
			.toList();
		List<ReviewRules.Contraindication> contra = in.contraindications()
			.stream()
			.map(c -> new ReviewRules.Contraindication(c.drugKey(), c.kind(), c.value(), c.blocking(), c.advice()))
			.toList();
		return new ReviewRules(limits, drugs, pairs, contra);
	}

	static Set<String> frequencies(String list) {
		return list == null || list.isBlank() ? Set.of()
				: Arrays.stream(list.split(","))
					.map(String::strip)
					.filter(f -> !f.isEmpty())
					.collect(Collectors.toSet());
	}

	/** The defaults, then the province, city, county… above and at the region. */
	static List<String> lineage(String region) {
		Set<String> codes = new HashSet<>();
		List<String> ordered = new java.util.ArrayList<>();
		ordered.add(DEFAULTS);
		codes.add(DEFAULTS);
		if (region != null && RegionCode.isWellFormed(region)) {
			for (RegionCode c : RegionCode.of(region).lineage()) {
				if (codes.add(c.value())) {
					ordered.add(c.value());
				}
			}
		}
		return ordered;
	}

}
