package org.sanyi.pharma.engine;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The region's prescription review rules as data (tables {@code ph_rx_*}). Drug keys are
 * an ATC code prefix ({@code J01MA}, {@code B01AC04}) or a substance name found in the
 * generic name ({@code 氯吡格雷} in 硫酸氢氯吡格雷片); the most specific key matching a drug wins.
 *
 * @param daysLimits per kind of prescription, the days a line may supply without and with
 * a reason, and the most drugs
 * @param drugs dose and frequency ranges, antimicrobial tiers and DDDs
 * @param interactions the curated interaction pairs
 * @param contraindications by age, sex and pregnancy
 */
public record ReviewRules(Map<RxType, Limit> daysLimits, List<DrugRule> drugs, List<Interaction> interactions,
		List<Contraindication> contraindications) {

	/**
	 * Days a line may supply: {@code plain} without a reason, {@code withReason} with.
	 */
	public record Limit(int plain, int withReason, int maxDrugs) {
	}

	/**
	 * A drug's rule.
	 *
	 * @param key ATC or generic-name prefix
	 * @param name what the message calls it
	 * @param minDose least single dose, or null
	 * @param maxDose most single dose, or null
	 * @param doseUnit the unit of the doses and the DDD
	 * @param frequencies the allowed frequency codes (empty: any)
	 * @param tier antimicrobial tier: 0 none, 1 非限制使用级, 2 限制使用级, 3 特殊使用级
	 * @param ddd the defined daily dose in {@code doseUnit}, or null
	 */
	public record DrugRule(String key, String name, BigDecimal minDose, BigDecimal maxDose, String doseUnit,
			Set<String> frequencies, int tier, BigDecimal ddd) {

		public DrugRule {
			frequencies = Set.copyOf(frequencies);
		}

	}

	/**
	 * A curated interaction pair: severity MAJOR/MODERATE/MINOR, blocking or a warning.
	 */
	public record Interaction(String keyA, String keyB, String severity, boolean blocking, String advice) {
	}

	/** A contraindication: MIN_AGE / MAX_AGE (years), SEX (gend code), PREGNANCY. */
	public record Contraindication(String key, String kind, String value, boolean blocking, String advice) {
	}

	/** 《处方管理办法》 §6 and §19, the 2021 long-prescription rules; no drug rules. */
	public static final ReviewRules NATIONAL = new ReviewRules(Map.of(RxType.OUTPATIENT, new Limit(7, 30, 5),
			RxType.EMERGENCY, new Limit(3, 3, 5), RxType.CHRONIC, new Limit(30, 84, 5)), List.of(), List.of(),
			List.of());

	public ReviewRules {
		daysLimits = Map.copyOf(daysLimits);
		drugs = List.copyOf(drugs);
		interactions = List.copyOf(interactions);
		contraindications = List.copyOf(contraindications);
	}

	Limit limit(RxType type) {
		return daysLimits.getOrDefault(type, NATIONAL.daysLimits().get(type));
	}

	/**
	 * The drug's rule: the most specific key matching its ATC class or generic name. A
	 * generic name names a substance, as specific as a full ATC code and preferred to it;
	 * shorter ATC codes are classes.
	 */
	Optional<DrugRule> ruleOf(RxReview.Drug drug) {
		return drugs.stream()
			.filter(r -> matches(r.key(), drug))
			.max(Comparator.comparingInt((DrugRule r) -> specificity(r.key())));
	}

	private static int specificity(String key) {
		return isAtc(key) ? key.length() * 2 : 15;
	}

	private static boolean isAtc(String key) {
		return key.matches("[A-Z][0-9]{2}([A-Z]([A-Z]([0-9]{2})?)?)?");
	}

	/** A key is an ATC prefix when it looks like one, else a substance name. */
	static boolean matches(String key, RxReview.Drug drug) {
		if (isAtc(key)) {
			return drug.atc() != null && drug.atc().startsWith(key);
		}
		// contains, not startsWith: salts and forms wrap the substance (硫酸氢氯吡格雷片,
		// 注射用美罗培南)
		return drug.genericName() != null && drug.genericName().contains(key);
	}

}
