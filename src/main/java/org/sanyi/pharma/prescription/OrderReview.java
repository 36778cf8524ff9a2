package org.sanyi.pharma.prescription;

import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.sanyi.insurance.DrugUseReview;
import org.sanyi.pharma.engine.ReviewRules;
import org.sanyi.pharma.engine.RxContent;
import org.sanyi.pharma.engine.RxFinding;
import org.sanyi.pharma.engine.RxReview;
import org.sanyi.pharma.engine.RxType;
import org.sanyi.pharma.rational.ReviewRuleBook;
import org.sanyi.shared.TtlCache;
import org.sanyi.terminology.CatalogueItem;
import org.sanyi.terminology.DrugProfile;
import org.sanyi.terminology.Terminology;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Insurance's {@link DrugUseReview} answered with the review rules in force for the
 * institution's region ({@link ReviewRuleBook}): the drug orders of a 3101/3102
 * encounter, each matched to its catalogue drug profile (generic name, ATC class; a code
 * not in the catalogue or not a drug is left to fund supervision's rules), reviewed by
 * {@link RxReview#reviewOrders}. The profiles are cached five minutes by code and day, so
 * a call at 200 a second costs no statement once the region's drugs are known.
 */
@Component
class OrderReview implements DrugUseReview {

	private final Terminology terminology;

	private final ReviewRuleBook rules;

	private final MessageSource texts;

	/** A drug's generic name and ATC class, or none when the code is not a drug. */
	private final TtlCache<String, Optional<RxReview.Drug>> profiles = new TtlCache<>(Duration.ofMinutes(5), 50_000);

	OrderReview(Terminology terminology, ReviewRuleBook rules, MessageSource texts) {
		this.terminology = terminology;
		this.rules = rules;
		this.texts = texts;
	}

	@Override
	public List<Finding> review(Encounter encounter) {
		// one drug per code: an inpatient's daily orders of one drug are one drug to the
		// review (not a duplicate of itself), and each finding names all their lines
		Map<String, RxReview.Drug> drugs = new LinkedHashMap<>();
		Map<Integer, Map<String, RxReview.Drug>> byTitle = new LinkedHashMap<>();
		Map<String, List<String>> lineIds = new LinkedHashMap<>();
		for (Order o : encounter.orders()) {
			Optional<RxReview.Drug> drug = drug(o.code(), encounter.date());
			if (drug.isEmpty()) {
				continue;
			}
			drugs.putIfAbsent(o.code(), drug.get());
			byTitle.computeIfAbsent(o.prescriberTitle(), t -> new LinkedHashMap<>()).putIfAbsent(o.code(), drug.get());
			lineIds.computeIfAbsent(o.code(), c -> new ArrayList<>()).add(o.lineId());
		}
		if (drugs.isEmpty()) {
			return List.of();
		}
		ReviewRules book = rules.forRegion(encounter.institutionRegion());
		List<RxFinding> found = new ArrayList<>(
				RxReview.reviewOrders(input(encounter, 0, List.copyOf(drugs.values())), book));
		// each order's antimicrobial against its own prescriber's title
		byTitle.forEach((title, theirs) -> found
			.addAll(RxReview.titleChecks(input(encounter, title, List.copyOf(theirs.values())), book)));
		List<Finding> out = new ArrayList<>(found.size());
		for (RxFinding f : found) {
			List<String> ids = new ArrayList<>();
			f.codes().forEach(c -> ids.addAll(lineIds.getOrDefault(c, List.of())));
			out.add(new Finding(f.ruleId(),
					text("pharma.review.orders.ruleName", text("pharma.rxreview.item." + f.reviewItem())),
					text(f.messageKey(), f.args().toArray()), f.reviewItem(), f.blocking(), ids));
		}
		return out;
	}

	private static RxReview.Input input(Encounter encounter, int title, List<RxReview.Drug> drugs) {
		// brdy is required at 3101/3102
		int age = Period.between(encounter.birthDate(), encounter.date()).getYears();
		return new RxReview.Input(RxType.OUTPATIENT, "", age, encounter.sex(), encounter.pregnant(), title, true,
				drugs);
	}

	private Optional<RxReview.Drug> drug(String code, LocalDate on) {
		return profiles.get(code + "|" + on, key -> isDrugCode(code)
				? terminology.catalogueItem(code, on).map(i -> drug(code, i)) : Optional.empty());
	}

	private static RxReview.Drug drug(String code, CatalogueItem item) {
		DrugProfile p = item.profile();
		String generic = p == null || p.genericName() == null || p.genericName().isBlank() ? item.name()
				: p.genericName();
		// orders carry no dose, frequency or days: the review of them does not read them
		RxContent.Line line = new RxContent.Line(code, java.math.BigDecimal.ZERO, "", "", "", 0,
				java.math.BigDecimal.ZERO);
		return new RxReview.Drug(line, generic, p == null ? null : p.atcClass(), p != null && p.essential());
	}

	/** National drug codes: X… western medicines, Z… patent Chinese medicines. */
	private static boolean isDrugCode(String code) {
		return code.startsWith("X") || code.startsWith("Z");
	}

	private String text(String key, Object... args) {
		return texts.getMessage(key, args, key, Locale.SIMPLIFIED_CHINESE);
	}

}
