package org.sanyi.insurance.engine;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.sanyi.insurance.InsuranceErrors;
import org.sanyi.shared.BusinessException;
import org.sanyi.shared.Money;
import org.sanyi.shared.RegionCode;

/**
 * One effective-dated version of a region's parameters for one basic scheme. A policy
 * change (deductible 900 → 600, ratio 70% → 90%) is a new version with a new
 * {@code effectiveFrom}; old settlements keep pointing at the version that priced them.
 * Every rule is data: lists tried in order, first match wins (see {@link Selector}).
 *
 * <p>
 * The version is checked when it is built: ratios in 0–1 with at most 4 decimals, amounts
 * ≥ 0, bands ascending, cap names unique, one layer fund not a basic pool. A bad version
 * fails with {@code INS-0014} naming what is wrong.
 *
 * @param code a stable identifier printed on every settlement it prices, e.g.
 * {@code 350400-390-2026}
 * @param region the insured pooling region (参保地医保区划) whose policy this is
 * @param insutype the basic scheme
 * @param effectiveFrom first settlement date it applies to
 * @param effectiveTo last settlement date it applies to (inclusive); {@code null} = until
 * replaced
 * @param deductibles deductible rules, first match wins
 * @param ratios pool ratio rules, first match wins
 * @param caps annual pool caps, every match applies
 * @param layers supplementary layers in payment order
 * @param preSelfPayCountsAsInScopeSelfPay whether 乙类 先行自付 counts in the base of the
 * supplementary layers (insurance.md §2.6 "this region counts 先行自付"; regions differ, §8)
 * @param accountPaysOutOfScope whether the personal account may pay 丙类 and over-price-cap
 * amounts too (insurance.md §2.7: a local rule)
 * @param referral the rules for referred care ({@link ReferralRules#NONE} when the
 * version has none)
 */
public record PolicyVersion(String code, RegionCode region, Insutype insutype, LocalDate effectiveFrom,
		LocalDate effectiveTo, List<DeductibleRule> deductibles, List<RatioRule> ratios, List<PoolCap> caps,
		List<SupplementaryLayer> layers, boolean preSelfPayCountsAsInScopeSelfPay, boolean accountPaysOutOfScope,
		ReferralRules referral) {

	private static final BigDecimal ONE = BigDecimal.ONE;

	/** A version without referral rules. */
	public PolicyVersion(String code, RegionCode region, Insutype insutype, LocalDate effectiveFrom,
			LocalDate effectiveTo, List<DeductibleRule> deductibles, List<RatioRule> ratios, List<PoolCap> caps,
			List<SupplementaryLayer> layers, boolean preSelfPayCountsAsInScopeSelfPay, boolean accountPaysOutOfScope) {
		this(code, region, insutype, effectiveFrom, effectiveTo, deductibles, ratios, caps, layers,
				preSelfPayCountsAsInScopeSelfPay, accountPaysOutOfScope, ReferralRules.NONE);
	}

	public PolicyVersion {
		referral = referral == null ? ReferralRules.NONE : referral;
		deductibles = deductibles == null ? List.of() : List.copyOf(deductibles);
		ratios = ratios == null ? List.of() : List.copyOf(ratios);
		caps = caps == null ? List.of() : List.copyOf(caps);
		layers = layers == null ? List.of() : List.copyOf(layers);
		validate(code, region, insutype, effectiveFrom, effectiveTo, deductibles, ratios, caps, layers);
		ratio(code, referral.unfiledOutOfCountyRatioCut(), "referral unfiledOutOfCountyRatioCut");
	}

	/** Whether the version is in force on a settlement date. */
	public boolean inForceOn(LocalDate date) {
		return !date.isBefore(effectiveFrom) && (effectiveTo == null || !date.isAfter(effectiveTo));
	}

	/** Whether two versions share at least one day. */
	public boolean overlaps(PolicyVersion other) {
		boolean thisEndsBefore = effectiveTo != null && effectiveTo.isBefore(other.effectiveFrom);
		boolean otherEndsBefore = other.effectiveTo != null && other.effectiveTo.isBefore(effectiveFrom);
		return !thisEndsBefore && !otherEndsBefore;
	}

	Optional<DeductibleRule> deductibleFor(Visit visit) {
		return firstFor(deductibles, DeductibleRule::when, visit);
	}

	Optional<RatioRule> ratioFor(Visit visit) {
		return firstFor(ratios, RatioRule::when, visit);
	}

	/**
	 * Every cap that matches the visit; for an online follow-up also the caps of general
	 * outpatient, so a cap of its own applies inside the outpatient cap.
	 */
	List<PoolCap> capsFor(Visit visit) {
		BenefitKind fallback = visit.benefitKind().fallback();
		return caps.stream()
			.filter(c -> c.when().matches(visit) || (fallback != null && c.when().matches(visit, fallback)))
			.toList();
	}

	/**
	 * The kind whose yearly deductible the rule draws on: the visit's own when the rule
	 * names it, the fallback's when the visit was taken as its fallback (an online
	 * follow-up shares general outpatient's yearly deductible unless the policy gives it
	 * its own).
	 */
	BenefitKind deductibleKind(Visit visit, DeductibleRule rule) {
		BenefitKind kind = visit.benefitKind();
		return kind.fallback() != null && !rule.when().names(kind) ? kind.fallback() : kind;
	}

	/**
	 * First match wins; a kind with a fallback tries the rules that name it first, then
	 * every rule as if the visit were of the fallback kind.
	 */
	private static <T> Optional<T> firstFor(List<T> rules, Function<T, Selector> when, Visit visit) {
		BenefitKind kind = visit.benefitKind();
		BenefitKind fallback = kind.fallback();
		if (fallback == null) {
			return rules.stream().filter(r -> when.apply(r).matches(visit)).findFirst();
		}
		Optional<T> own = rules.stream()
			.filter(r -> when.apply(r).names(kind) && when.apply(r).matches(visit))
			.findFirst();
		return own.isPresent() ? own : rules.stream().filter(r -> when.apply(r).matches(visit, fallback)).findFirst();
	}

	private static void validate(String code, RegionCode region, Insutype insutype, LocalDate from, LocalDate to,
			List<DeductibleRule> deductibles, List<RatioRule> ratios, List<PoolCap> caps,
			List<SupplementaryLayer> layers) {
		if (code == null || code.isBlank()) {
			throw invalid(code, "code is missing");
		}
		require(code, region != null, "region is missing");
		require(code, insutype != null, "insutype is missing");
		require(code, from != null, "effectiveFrom is missing");
		require(code, to == null || !to.isBefore(from), "effectiveTo " + to + " is before effectiveFrom " + from);
		for (DeductibleRule rule : deductibles) {
			require(code, rule.when() != null && rule.period() != null, "deductible rule without selector or period");
			require(code, !rule.amounts().isEmpty(), "deductible rule " + rule.when().describe() + " has no amount");
			require(code, rule.period() == DeductiblePeriod.PER_ADMISSION || rule.amounts().size() == 1,
					"only a per-admission deductible has several amounts");
			rule.amounts().forEach(a -> nonNegative(code, a, "deductible " + rule.when().describe()));
		}
		for (RatioRule rule : ratios) {
			require(code, rule.when() != null, "ratio rule without selector");
			ratio(code, rule.ratio(), "ratio " + rule.when().describe());
		}
		Set<String> capNames = new HashSet<>();
		for (PoolCap cap : caps) {
			require(code, cap.name() != null && !cap.name().isBlank() && cap.when() != null,
					"cap without name or selector");
			require(code, capNames.add(cap.name()), "cap name " + cap.name() + " used twice");
			nonNegative(code, cap.annualAmount(), "cap " + cap.name());
		}
		for (SupplementaryLayer layer : layers) {
			validateLayer(code, layer);
		}
	}

	private static void validateLayer(String code, SupplementaryLayer layer) {
		require(code, layer.fund() != null && !layer.fund().isBasicPool(), "a layer must name a non-pool fund");
		String name = layer.fund().code();
		require(code, layer.when() != null && layer.base() != null, "layer " + name + " without selector or base");
		require(code, !layer.bands().isEmpty(), "layer " + name + " has no band");
		nonNegative(code, layer.annualCap(), "cap of layer " + name);
		Money previous = null;
		for (Band band : layer.bands()) {
			nonNegative(code, band.from(), "band of layer " + name);
			ratio(code, band.ratio(), "band ratio of layer " + name);
			require(code, previous == null || band.from().compareTo(previous) > 0,
					"bands of layer " + name + " are not ascending at " + band.from());
			previous = band.from();
		}
	}

	private static void ratio(String code, BigDecimal ratio, String what) {
		require(code, ratio != null, what + " is missing");
		require(code, ratio.signum() >= 0 && ratio.compareTo(ONE) <= 0, what + " " + ratio + " is not between 0 and 1");
		require(code, ratio.stripTrailingZeros().scale() <= 4, what + " " + ratio + " has more than 4 decimals");
	}

	private static void nonNegative(String code, Money amount, String what) {
		require(code, amount != null, what + " is missing");
		require(code, !amount.isNegative(), what + " is negative: " + amount);
	}

	private static void require(String code, boolean condition, String reason) {
		if (!condition) {
			throw invalid(code, reason);
		}
	}

	private static BusinessException invalid(String code, String reason) {
		return new BusinessException(InsuranceErrors.INVALID_POLICY, code, reason);
	}

}
