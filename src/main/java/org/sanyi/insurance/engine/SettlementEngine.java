package org.sanyi.insurance.engine;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.sanyi.insurance.InsuranceErrors;
import org.sanyi.shared.BusinessException;
import org.sanyi.shared.Money;

/**
 * The settlement engine: a pure function from (policy version, year-to-date totals,
 * visit, fee lines) to a {@link Settlement}. No I/O, no clock, no state; inputs are never
 * changed. The steps follow insurance.md §2.4 and the order of the {@code setlinfo}
 * fields:
 * <ol>
 * <li>check that the policy applies (insured region, scheme, in force on the settlement
 * date), the visit and the totals, and every line, before computing anything;</li>
 * <li>classify each line (丙类 → full own-pay, above the price cap → over-limit, 乙类 先行自付,
 * the rest in scope);</li>
 * <li>basic pool: deductible, ratio, annual caps ({@link BasicPool});</li>
 * <li>supplementary layers on what the patient still bears: 大额, 公务员补助, 大病, 医疗救助
 * ({@link SupplementaryLayers});</li>
 * <li>the patient's part: medical fees minus the funds, paid from the personal account
 * (employees, if asked, up to the balance and, unless the policy allows more, only for
 * in-scope and 先行自付 amounts) and the rest in cash;</li>
 * <li>the year-to-date totals after this settlement;</li>
 * <li>the invariants ({@link SettlementInvariants}); a violation is a bug and fails
 * loudly.</li>
 * </ol>
 * Bad input fails with a {@link BusinessException} carrying an {@link InsuranceErrors}
 * code; there is never a partial result.
 */
public final class SettlementEngine {

	/**
	 * Checks and classifies fee lines without settling them: the 2204/2301 answer
	 * ({@code result[]}). The same rules and rounding as {@link #settle}; one bad line
	 * fails them all.
	 */
	public List<LineResult> classify(List<FeeLine> lines) {
		return LineClassifier.classifyAll(lines);
	}

	/**
	 * Checks and splits a refund line (退费明细: {@code init_feedetl_sn} = the original's
	 * serial, negative {@code cnt} and amount) against its original and the original's
	 * earlier refunds: same item and unit price, not more than is left,
	 * {@code pric × cnt} rounded HALF_UP to the fen (a refund of the whole rest takes
	 * back exactly the rest of the money). The split is the difference between the splits
	 * of the net quantity after and before the refund, so the original's split plus its
	 * refunds' splits are exactly the split of the net quantity (see
	 * {@link RefundClassifier}). Settle the original netted with its refunds
	 * ({@link FeeLine#netOf}).
	 */
	public LineResult classifyRefund(FeeLine original, List<FeeLine> earlierRefunds, FeeLine refund) {
		return RefundClassifier.classify(original, earlierRefunds, refund);
	}

	/** Settles one visit. */
	public Settlement settle(PolicyVersion policy, Accumulators yearToDate, Visit given, List<FeeLine> lines) {
		checkInputs(policy, yearToDate, given);
		Visit visit = referred(policy, given);
		List<LineResult> classified = LineClassifier.classifyAll(lines);
		FeeTotals totals = FeeTotals.ZERO;
		for (LineResult line : classified) {
			totals = totals.plus(line);
		}

		// a pharmacy purchase without a prescription: no fund pays, nothing counts toward
		// the year's deductible or caps
		BasicPool.Result pool = visit.pooled() ? BasicPool.settle(policy, yearToDate, visit, totals.inScope())
				: BasicPool.notPooled(visit, totals.inScope());
		// 合规自付: what the pool left of the policy scope, plus 先行自付 where the region counts
		// it (§2.6, §8)
		Money inScopeSelfPay = pool.leftToPatient()
			.plus(policy.preSelfPayCountsAsInScopeSelfPay() ? totals.preSelfPay() : Money.ZERO);
		SupplementaryLayers.Result layers = visit.pooled()
				? SupplementaryLayers.apply(policy, yearToDate, visit, inScopeSelfPay, pool.aboveCap())
				: new SupplementaryLayers.Result(List.of(), List.of(), inScopeSelfPay);

		Money fundTotal = pool.payment().plus(layers.total());
		Money hospitalPart = Money.ZERO;
		Money personalPart = totals.medicalFees().minus(fundTotal).minus(hospitalPart);
		Money accountPay = accountPay(policy, visit, totals, personalPart);
		Money cashPay = personalPart.minus(accountPay);
		Money balanceAfter = visit.accountBalance() == null ? Money.ZERO : visit.accountBalance().minus(accountPay);

		List<FundPayment> rows = new ArrayList<>(1 + layers.rows().size());
		rows.add(pool.row());
		rows.addAll(layers.rows());
		Accumulators after = accumulatorsAfter(yearToDate, visit, pool, layers);
		Settlement settlement = new Settlement(policy.code(), visit, classified, totals, pool.deductible(),
				pool.ratio(), inScopeSelfPay, rows, fundTotal, personalPart, accountPay, cashPay, hospitalPart,
				balanceAfter, after);
		SettlementInvariants.verify(settlement, yearToDate);
		return settlement;
	}

	/**
	 * The visit as the policy's referral rules see it: a stay referred within the
	 * alliance continues the sender's admission, with its deductible taken as borne in
	 * full (no second deductible, not a new admission of the year).
	 */
	private static Visit referred(PolicyVersion policy, Visit visit) {
		if (!policy.referral().continuesSenderAdmission(visit)) {
			return visit;
		}
		Money borne = visit.referral().senderDeductible();
		if (visit.deductibleBorneThisAdmission() != null) {
			borne = borne.max(visit.deductibleBorneThisAdmission());
		}
		var rule = policy.deductibleFor(visit);
		if (rule.isPresent()) {
			for (Money amount : rule.get().amounts()) {
				borne = borne.max(amount);
			}
		}
		return visit.continuing(borne);
	}

	private static void checkInputs(PolicyVersion policy, Accumulators yearToDate, Visit visit) {
		if (policy == null || visit == null || yearToDate == null) {
			throw new BusinessException(InsuranceErrors.INVALID_VISIT, policy == null ? "policy is missing"
					: visit == null ? "visit is missing" : "accumulators are missing");
		}
		if (!policy.region().equals(visit.insuredRegion()) || policy.insutype() != visit.insutype()) {
			throw new BusinessException(InsuranceErrors.POLICY_NOT_APPLICABLE, policy.code(), policy.region().value(),
					policy.insutype().code(), visit.insuredRegion().value(), visit.insutype().code());
		}
		if (!policy.inForceOn(visit.settlementDate())) {
			throw new BusinessException(InsuranceErrors.POLICY_NOT_IN_FORCE, policy.code(), visit.settlementDate(),
					policy.effectiveFrom(), policy.effectiveTo() == null ? "-" : policy.effectiveTo());
		}
		BenefitKind kind = visit.benefitKind();
		if (kind == BenefitKind.CHRONIC_OUTPATIENT && (visit.diseaseCode() == null || visit.diseaseCode().isBlank())) {
			throw new BusinessException(InsuranceErrors.INVALID_VISIT, "med_type " + visit.medType().code()
					+ " needs the registered chronic/special disease code (dise_codg)");
		}
		if (yearToDate.year() != visit.year()) {
			throw new BusinessException(InsuranceErrors.ACCUMULATORS_YEAR_MISMATCH, String.valueOf(yearToDate.year()),
					String.valueOf(visit.year()));
		}
		if (visit.useAccount() && (!visit.insutype().hasPersonalAccount() || visit.accountBalance() == null)) {
			throw new BusinessException(InsuranceErrors.ACCOUNT_NOT_AVAILABLE, visit.insutype().code());
		}
	}

	/**
	 * The account pays the patient's part up to the balance. Whether it may pay 丙类 and
	 * over-limit amounts is a local rule (insurance.md §2.7); when it may not, those stay
	 * cash. 先行自付 is a catalogue item's co-pay and is always payable from the account.
	 */
	private static Money accountPay(PolicyVersion policy, Visit visit, FeeTotals totals, Money personalPart) {
		if (!visit.useAccount()) {
			return Money.ZERO;
		}
		Money payable = policy.accountPaysOutOfScope() ? personalPart : personalPart.minus(totals.outOfScope());
		return visit.accountBalance().min(payable);
	}

	private static Accumulators accumulatorsAfter(Accumulators before, Visit visit, BasicPool.Result pool,
			SupplementaryLayers.Result layers) {
		BenefitKind kind = visit.benefitKind();
		Map<BenefitKind, Money> deductibles = new EnumMap<>(BenefitKind.class);
		deductibles.putAll(before.deductiblePaid());
		deductibles.put(pool.deductibleKind(), before.deductiblePaid(pool.deductibleKind()).plus(pool.deductible()));
		Map<String, Money> poolPaid = new TreeMap<>(before.poolPaid());
		for (PoolCap cap : pool.caps()) {
			poolPaid.put(cap.name(), before.poolPaid(cap.name()).plus(pool.payment()));
		}
		Map<FundType, Money> layerBase = new EnumMap<>(FundType.class);
		layerBase.putAll(before.layerBase());
		Map<FundType, Money> layerPaid = new EnumMap<>(FundType.class);
		layerPaid.putAll(before.layerPaid());
		for (int i = 0; i < layers.rows().size(); i++) {
			FundType fund = layers.rows().get(i).fund();
			layerBase.put(fund, before.layerBase(fund).plus(layers.bases().get(i)));
			layerPaid.put(fund, before.layerPaid(fund).plus(layers.rows().get(i).amount()));
		}
		boolean newAdmission = kind == BenefitKind.INPATIENT && visit.deductibleBorneThisAdmission() == null;
		int admissions = before.admissions() + (newAdmission ? 1 : 0);
		return new Accumulators(before.year(), deductibles, admissions, poolPaid, layerBase, layerPaid);
	}

}
