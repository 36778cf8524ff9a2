package org.sanyi.insurance.policy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

import org.sanyi.insurance.engine.Band;
import org.sanyi.insurance.engine.DeductibleRule;
import org.sanyi.insurance.engine.Locality;
import org.sanyi.insurance.engine.PersonGroup;
import org.sanyi.insurance.engine.PolicyVersion;
import org.sanyi.insurance.engine.PoolCap;
import org.sanyi.insurance.engine.RatioRule;
import org.sanyi.insurance.engine.Selector;
import org.sanyi.insurance.engine.SupplementaryLayer;
import org.sanyi.insurance.support.InsuranceLabels;
import org.sanyi.shared.Money;

/**
 * A policy version as its page and its form show it: each rule row with a readable
 * condition (住院 · 三级医院 · 异地), its value as text (amounts, percentages, bands), and, for a
 * version based on another, the value it replaces.
 *
 * @param row the stored version
 * @param deductibles deductible rows
 * @param ratios ratio rows
 * @param caps cap rows
 * @param layers supplementary layer rows
 * @param preSelfPayCounts whether 先行自付 counts in the layers' base
 * @param accountPaysOutOfScope whether the personal account pays 丙类 and over-limit
 * amounts
 * @param referral the version's referral rules ({@code ReferralRules.NONE} when it has
 * none)
 */
record PolicyView(PolicyRow row, List<Rule> deductibles, List<Rule> ratios, List<Rule> caps, List<Rule> layers,
		boolean preSelfPayCounts, boolean accountPaysOutOfScope, org.sanyi.insurance.engine.ReferralRules referral) {

	/** The ratio cut of unreferred out-of-county care in percent, e.g. {@code 10}. */
	public String referralCutPercent() {
		return percent(referral.unfiledOutOfCountyRatioCut());
	}

	/**
	 * A rule row: the form field that edits it, its condition, what kind of value, the
	 * value as typed in the form, the value it had in the version this one is based on
	 * (null when the same), and extra text (period, base).
	 */
	public record Rule(String field, String when, String value, String before, String extra, String shown,
			String shownBefore) {

		public boolean changed() {
			return before != null;
		}

	}

	static PolicyView of(PolicyRow row, PolicyRow base, InsuranceLabels.Texts t) {
		PolicyVersion v = row.version();
		PolicyVersion b = base == null ? null : base.version();
		List<Rule> deductibles = new ArrayList<>();
		for (int i = 0; i < v.deductibles().size(); i++) {
			DeductibleRule r = v.deductibles().get(i);
			String value = amounts(r.amounts());
			String before = b != null && i < b.deductibles().size() ? amounts(b.deductibles().get(i).amounts()) : null;
			deductibles.add(new Rule("d" + i, when(r.when(), t), value, differs(value, before),
					t.get("insurance.period." + r.period()), yuanList(r.amounts(), t),
					differs(value, before) == null ? null : yuanList(b.deductibles().get(i).amounts(), t)));
		}
		List<Rule> ratios = new ArrayList<>();
		for (int i = 0; i < v.ratios().size(); i++) {
			RatioRule r = v.ratios().get(i);
			String value = percent(r.ratio());
			String before = b != null && i < b.ratios().size() ? percent(b.ratios().get(i).ratio()) : null;
			ratios.add(new Rule("r" + i, when(r.when(), t), value, differs(value, before), null, value + "%",
					differs(value, before) == null ? null : before + "%"));
		}
		List<Rule> caps = new ArrayList<>();
		for (int i = 0; i < v.caps().size(); i++) {
			PoolCap c = v.caps().get(i);
			String value = c.annualAmount().toString();
			String before = b != null && i < b.caps().size() ? b.caps().get(i).annualAmount().toString() : null;
			caps.add(new Rule("c" + i, when(c.when(), t), value, differs(value, before), capName(c.name(), t),
					yuan(c.annualAmount(), t),
					differs(value, before) == null ? null : yuan(b.caps().get(i).annualAmount(), t)));
		}
		List<Rule> layers = new ArrayList<>();
		for (int i = 0; i < v.layers().size(); i++) {
			SupplementaryLayer l = v.layers().get(i);
			String value = bands(l.bands()) + " | " + l.annualCap();
			String before = b != null && i < b.layers().size()
					? bands(b.layers().get(i).bands()) + " | " + b.layers().get(i).annualCap() : null;
			String who = l.eligibility().civilServantsOnly() ? t.get("insurance.eligibility.civilServants")
					: l.eligibility().identities().isEmpty() ? t.get("insurance.eligibility.everyone")
							: l.eligibility()
								.identities()
								.stream()
								.sorted()
								.map(c -> t.orCode("insurance.identity.", c))
								.collect(Collectors.joining("、"));
			String shownBefore = differs(value, before) == null ? null
					: layer(b.layers().get(i).bands(), b.layers().get(i).annualCap(), t);
			layers.add(new Rule("l" + i,
					t.get("insurance.fund." + l.fund().code()) + " · " + when(l.when(), t) + " · " + who, value,
					differs(value, before), t.get("insurance.layerBase." + l.base()),
					layer(l.bands(), l.annualCap(), t), shownBefore));
		}
		return new PolicyView(row, deductibles, ratios, caps, layers, v.preSelfPayCountsAsInScopeSelfPay(),
				v.accountPaysOutOfScope(), v.referral());
	}

	/**
	 * A readable condition: 住院 · 三级医院 · 退休 · 45–200岁 · 病种 I10 · 异地; 全部 when there is
	 * none.
	 */
	static String when(Selector s, InsuranceLabels.Texts t) {
		List<String> parts = new ArrayList<>();
		s.kinds().stream().sorted().forEach(k -> parts.add(t.get("insurance.kind." + k)));
		if (s.hospitalTier() != 0) {
			parts.add(t.get("insurance.selector.tier." + s.hospitalTier()));
		}
		if (s.group() != PersonGroup.ANY) {
			parts.add(t.get("insurance.group." + s.group()));
		}
		if (s.minAge() != 0 && s.maxAge() == 200) {
			parts.add(t.get("insurance.selector.ageFrom", String.valueOf(s.minAge())));
		}
		else if (s.minAge() == 0 && s.maxAge() != 200) {
			parts.add(t.get("insurance.selector.ageTo", String.valueOf(s.maxAge())));
		}
		else if (s.minAge() != 0) {
			parts.add(t.get("insurance.selector.age", String.valueOf(s.minAge()), String.valueOf(s.maxAge())));
		}
		if (s.diseaseCode() != null) {
			parts.add(t.get("insurance.selector.disease", s.diseaseCode()));
		}
		if (s.locality() != Locality.ANY) {
			parts.add(t.get("insurance.locality." + s.locality()));
		}
		return parts.isEmpty() ? t.get("insurance.selector.any") : String.join(" · ", parts);
	}

	/**
	 * A cap's accumulator key (BASIC) as its name (基本统筹封顶线); a local key without a label
	 * shows as it is.
	 */
	static String capName(String name, InsuranceLabels.Texts t) {
		return t.orCode("insurance.cap.", name);
	}

	/**
	 * Bands and cap as a finance officer reads them: 自 0.00 元起支付 90%；年度限额 300,000.00 元.
	 */
	static String layer(List<Band> bands, Money annualCap, InsuranceLabels.Texts t) {
		String segments = bands.stream()
			.map(b -> t.get("insurance.band", yuan(b.from(), t), percent(b.ratio())))
			.collect(Collectors.joining(t.get("insurance.list.separator")));
		return segments + t.get("insurance.list.separator") + t.get("insurance.layer.cap", yuan(annualCap, t));
	}

	static String yuanList(List<Money> amounts, InsuranceLabels.Texts t) {
		return amounts.stream().map(a -> yuan(a, t)).collect(Collectors.joining(t.get("insurance.list.separator")));
	}

	static String yuan(Money amount, InsuranceLabels.Texts t) {
		return t.get("insurance.yuan", String.format(java.util.Locale.ROOT, "%,.2f", amount.amount()));
	}

	static String amounts(List<Money> amounts) {
		return amounts.stream().map(Money::toString).collect(Collectors.joining(", "));
	}

	/** A ratio as a percentage without trailing zeros: 0.9 → 90, 0.655 → 65.5. */
	static String percent(BigDecimal ratio) {
		return ratio.movePointRight(2).stripTrailingZeros().toPlainString();
	}

	static String bands(List<Band> bands) {
		return bands.stream().map(b -> b.from() + ":" + percent(b.ratio())).collect(Collectors.joining("; "));
	}

	private static String differs(String value, String before) {
		return before == null || Objects.equals(value, before) ? null : before;
	}

}
