package org.sanyi.insurance.policy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.sanyi.insurance.InsuranceErrors;
import org.sanyi.insurance.engine.Band;
import org.sanyi.insurance.engine.DeductibleRule;
import org.sanyi.insurance.engine.PolicyVersion;
import org.sanyi.insurance.engine.PoolCap;
import org.sanyi.insurance.engine.RatioRule;
import org.sanyi.insurance.engine.SupplementaryLayer;
import org.sanyi.shared.BusinessException;
import org.sanyi.shared.Money;

/**
 * Reads the policy edit form: the same rule rows as the version it is based on
 * (conditions are not editable here), with the values typed in: deductibles {@code d<i>}
 * ("600.00, 300.00"), ratios {@code r<i>} in percent ("90"), caps {@code c<i>}, layers
 * {@code l<i>} as bands and cap ("12000:60; 50000:70 | 400000"). A value that is not a
 * number fails with {@code INS-0052} naming the row; an inconsistent version with
 * {@code INS-0014}.
 */
final class PolicyForm {

	private PolicyForm() {
	}

	/** The parameters JSON of the new version. */
	static String parameters(PolicyVersion base, Map<String, String> form) {
		List<DeductibleRule> deductibles = new ArrayList<>();
		for (int i = 0; i < base.deductibles().size(); i++) {
			DeductibleRule r = base.deductibles().get(i);
			String text = form.getOrDefault("d" + i, PolicyView.amounts(r.amounts()));
			List<Money> amounts = new ArrayList<>();
			for (String part : text.split("[,，、\\s]+")) {
				if (!part.isBlank()) {
					amounts.add(Money.of(number("d" + i, part, 2)));
				}
			}
			deductibles.add(new DeductibleRule(r.when(), r.period(), amounts));
		}
		List<RatioRule> ratios = new ArrayList<>();
		for (int i = 0; i < base.ratios().size(); i++) {
			RatioRule r = base.ratios().get(i);
			String text = form.getOrDefault("r" + i, PolicyView.percent(r.ratio()));
			ratios.add(new RatioRule(r.when(), same(ratio("r" + i, text), r.ratio())));
		}
		List<PoolCap> caps = new ArrayList<>();
		for (int i = 0; i < base.caps().size(); i++) {
			PoolCap c = base.caps().get(i);
			String text = form.getOrDefault("c" + i, c.annualAmount().toString());
			caps.add(new PoolCap(c.name(), c.when(), Money.of(number("c" + i, text, 2))));
		}
		List<SupplementaryLayer> layers = new ArrayList<>();
		for (int i = 0; i < base.layers().size(); i++) {
			SupplementaryLayer l = base.layers().get(i);
			String field = "l" + i;
			String text = form.getOrDefault(field, PolicyView.bands(l.bands()) + " | " + l.annualCap());
			String[] halves = text.split("\\|");
			if (halves.length != 2) {
				throw invalid(field, text);
			}
			List<Band> bands = new ArrayList<>();
			String[] typed = halves[0].split("[;；]");
			for (int b = 0; b < typed.length; b++) {
				String[] pair = typed[b].trim().split("[:：]");
				if (pair.length != 2) {
					throw invalid(field, text);
				}
				BigDecimal ratio = ratio(field, pair[1]);
				if (b < l.bands().size()) {
					ratio = same(ratio, l.bands().get(b).ratio());
				}
				bands.add(new Band(Money.of(number(field, pair[0], 2)), ratio));
			}
			layers.add(new SupplementaryLayer(l.fund(), l.when(), l.eligibility(), l.base(), bands,
					Money.of(number(field, halves[1], 2))));
		}
		PolicyVersion edited = new PolicyVersion(base.code(), base.region(), base.insutype(), base.effectiveFrom(),
				base.effectiveTo(), deductibles, ratios, caps, layers, base.preSelfPayCountsAsInScopeSelfPay(),
				base.accountPaysOutOfScope(), base.referral());
		return PolicyJson.write(edited);
	}

	/**
	 * The old value when the typed one is numerically the same (90 % typed for 0.90 keeps
	 * 0.90), else the new.
	 */
	private static BigDecimal same(BigDecimal typed, BigDecimal old) {
		return typed.compareTo(old) == 0 ? old : typed;
	}

	private static BigDecimal ratio(String field, String percent) {
		BigDecimal value = number(field, percent, 2);
		if (value.signum() < 0 || value.compareTo(BigDecimal.valueOf(100)) > 0) {
			throw invalid(field, percent);
		}
		return value.movePointLeft(2);
	}

	private static BigDecimal number(String field, String text, int scale) {
		try {
			BigDecimal value = new BigDecimal(text.trim().replace(",", ""));
			if (value.signum() < 0 || value.stripTrailingZeros().scale() > scale) {
				throw invalid(field, text);
			}
			return value;
		}
		catch (NumberFormatException ex) {
			throw invalid(field, text);
		}
	}

	private static BusinessException invalid(String field, String text) {
		return new BusinessException(InsuranceErrors.POLICY_PARAMETER_INVALID, field, text.trim());
	}

}
