package org.sanyi.insurance.engine;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

import org.sanyi.insurance.InsuranceErrors;
import org.sanyi.shared.BusinessException;
import org.sanyi.shared.Money;

/**
 * The basic pool step (insurance.md §2.4 "visit"): the deductible comes off the
 * policy-scope amount, the pool pays its ratio of the rest, limited by what is left of
 * every applicable annual cap. The ratio is applied once, to the visit's total, and
 * rounded HALF_UP to the fen: the national worked examples compute on visit totals, and
 * rounding per line would let fen drift between the pool and the patient.
 */
final class BasicPool {

	/**
	 * @param deductible {@code act_pay_dedc}
	 * @param ratio the pool ratio applied
	 * @param base policy scope minus deductible
	 * @param payment what the pool pays
	 * @param aboveCap the part of {@code base} the pool left uncovered because a cap ran
	 * out (0 when not capped)
	 * @param caps the caps the payment counts toward
	 * @param row the {@code setldetail} row
	 */
	record Result(Money deductible, BigDecimal ratio, Money base, Money payment, Money aboveCap, List<PoolCap> caps,
			FundPayment row, BenefitKind deductibleKind) {

		/**
		 * Deductible plus co-insurance: the policy-scope amount the pool left to the
		 * patient.
		 */
		Money leftToPatient() {
			return base.minus(payment).plus(deductible);
		}

	}

	private BasicPool() {
	}

	static Result settle(PolicyVersion policy, Accumulators before, Visit visit, Money inScope) {
		DeductibleRule deductibleRule = policy.deductibleFor(visit)
			.orElseThrow(() -> missing(policy, "deductible", visit));
		RatioRule ratioRule = policy.ratioFor(visit).orElseThrow(() -> missing(policy, "ratio", visit));
		List<PoolCap> caps = policy.capsFor(visit);
		if (caps.isEmpty()) {
			throw missing(policy, "annual cap", visit);
		}

		Money borne = visit.deductibleBorneThisAdmission();
		boolean continuing = borne != null && deductibleRule.period() == DeductiblePeriod.PER_ADMISSION;
		Money standard = switch (deductibleRule.period()) {
			// a continuing admission was counted by its first part: it keeps that
			// admission's standard
			case PER_ADMISSION -> deductibleRule.standardFor(Math.max(0, before.admissions() - (continuing ? 1 : 0)));
			case PER_VISIT, PER_YEAR -> deductibleRule.amounts().getFirst();
		};
		BenefitKind deductibleKind = policy.deductibleKind(visit, deductibleRule);
		Money remainingDeductible = deductibleRule.period() == DeductiblePeriod.PER_YEAR
				? standard.minus(before.deductiblePaid(deductibleKind)).max(Money.ZERO)
				: continuing ? standard.minus(borne).max(Money.ZERO) : standard;
		Money deductible = inScope.min(remainingDeductible);
		Money base = inScope.minus(deductible);

		BigDecimal ratio = ratioRule.ratio();
		ReferralRules referral = policy.referral();
		boolean cut = referral.cutsRatio(visit);
		if (cut) {
			ratio = ratio.subtract(referral.unfiledOutOfCountyRatioCut()).max(BigDecimal.ZERO);
		}
		Money limit = caps.stream()
			.map(cap -> cap.annualAmount().minus(before.poolPaid(cap.name())).max(Money.ZERO))
			.reduce(Money::min)
			.orElseThrow();
		Money uncapped = base.times(ratio);
		Money payment = uncapped.min(limit);
		Money aboveCap = Money.ZERO;
		if (payment.compareTo(uncapped) < 0) {
			// the cap ran out: the base the remaining limit covers is limit / ratio; the
			// rest is "above the cap line",
			// which is what the employees' large-expense subsidy (330100) pays on
			Money covered = Money.of(limit.amount().divide(ratio, 2, RoundingMode.HALF_UP)).min(base);
			aboveCap = base.minus(covered);
		}
		String trace = referralNote(visit, referral, cut) + trace(deductibleRule, standard, deductible, inScope, base,
				ratio, uncapped, limit, caps, payment, aboveCap);
		FundPayment row = new FundPayment(visit.insutype().poolFund(), inScope, limit, payment, trace);
		return new Result(deductible, ratio, base, payment, aboveCap, caps, row, deductibleKind);
	}

	/**
	 * A pharmacy purchase without an external prescription ({@link Visit#pooled()}): the
	 * pool pays nothing and no deductible is borne; the whole policy scope is left to the
	 * patient (personal account or cash).
	 */
	static Result notPooled(Visit visit, Money inScope) {
		FundPayment row = new FundPayment(visit.insutype().poolFund(), inScope, Money.ZERO, Money.ZERO,
				"定点药店无外配处方购药，统筹基金不予支付，由个人账户或现金支付");
		return new Result(Money.ZERO, BigDecimal.ZERO, inScope, Money.ZERO, Money.ZERO, List.of(), row,
				BenefitKind.GENERAL_OUTPATIENT);
	}

	/** What the referral rules did, before the pool's trace. */
	private static String referralNote(Visit visit, ReferralRules rules, boolean cut) {
		if (cut) {
			return "县外住院未办转院备案，统筹比例下调" + Traces.percent(rules.unfiledOutOfCountyRatioCut()) + "；";
		}
		ReferralContext referral = visit.referral();
		if (referral != null && rules.allianceDeductibleContinuity() && referral.sameAlliance()
				&& referral.filedOn(visit.admissionDate()) && visit.deductibleBorneThisAdmission() != null
				&& referral.senderDeductible() != null) {
			return "医共体内转诊（备案" + referral.registration() + "），起付线连续计算，转出医院已付" + Traces.yuan(referral.senderDeductible())
					+ "；";
		}
		return "";
	}

	private static String trace(DeductibleRule rule, Money standard, Money deductible, Money inScope, Money base,
			BigDecimal ratio, Money uncapped, Money limit, List<PoolCap> caps, Money payment, Money aboveCap) {
		var text = new StringBuilder();
		text.append(Traces.period(rule.period()))
			.append("起付线标准")
			.append(Traces.yuan(standard))
			.append("，本次起付线")
			.append(Traces.yuan(deductible))
			.append("；(")
			.append(Traces.yuan(inScope))
			.append("-")
			.append(Traces.yuan(deductible))
			.append(")=")
			.append(Traces.yuan(base))
			.append("×")
			.append(Traces.percent(ratio))
			.append("=")
			.append(Traces.yuan(uncapped))
			.append("；本年剩余限额")
			.append(Traces.yuan(limit))
			.append("（");
		text.append(String.join("、", caps.stream().map(PoolCap::name).toList())).append("）");
		text.append("；统筹支付").append(Traces.yuan(payment));
		if (!aboveCap.isZero()) {
			text.append("；超封顶线").append(Traces.yuan(aboveCap));
		}
		return text.toString();
	}

	private static BusinessException missing(PolicyVersion policy, String what, Visit visit) {
		String of = visit.benefitKind() + " tier " + visit.hospitalLevel().tier() + " " + visit.personGroup() + " age "
				+ visit.age() + (visit.diseaseCode() == null ? "" : " disease " + visit.diseaseCode()) + " "
				+ visit.locality();
		return new BusinessException(InsuranceErrors.MISSING_POLICY_PARAMETER, policy.code(), what, of);
	}

}
