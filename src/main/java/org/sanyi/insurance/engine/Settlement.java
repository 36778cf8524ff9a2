package org.sanyi.insurance.engine;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import org.sanyi.shared.Money;

/**
 * The result of settling a visit: per-line classification, per-fund payments, the
 * patient's part split between the personal account and cash, and the year-to-date totals
 * after it. Produced only whole: the engine checks the invariants
 * ({@link SettlementInvariants}) before returning it.
 *
 * <p>
 * {@code fundTotal + personalPart + hospitalPart = totals.medicalFees};
 * {@code personalPart = accountPay + cashPay}.
 *
 * @param policyCode the policy version that priced it
 * @param visit the visit settled
 * @param lines the classification of every fee line, in input order
 * @param totals the sums of the classification
 * @param deductible {@code act_pay_dedc}: deductible borne in this settlement
 * @param poolRatio {@code pool_prop_selfpay}: the pool's payment ratio (despite the
 * national field's name)
 * @param inScopeSelfPay the policy-scope amount left to the patient after the pool
 * (deductible, co-insurance and, where the policy counts it, 先行自付), before the
 * supplementary layers: the base they start from
 * @param fundPayments the {@code setldetail} rows: the basic pool first, then each
 * applied layer in policy order
 * @param fundTotal {@code fund_pay_sumamt}
 * @param personalPart {@code psn_part_amt}
 * @param accountPay {@code acct_pay}
 * @param cashPay {@code psn_cash_pay}
 * @param hospitalPart {@code hosp_part_amt}: always zero here (the engine never makes the
 * hospital absorb costs)
 * @param accountBalanceAfter {@code balc}: the personal-account balance after; zero when
 * there is no account
 * @param accumulatorsAfter the year-to-date totals including this settlement, for the
 * caller to persist
 */
public record Settlement(String policyCode, Visit visit, List<LineResult> lines, FeeTotals totals, Money deductible,
		BigDecimal poolRatio, Money inScopeSelfPay, List<FundPayment> fundPayments, Money fundTotal, Money personalPart,
		Money accountPay, Money cashPay, Money hospitalPart, Money accountBalanceAfter,
		Accumulators accumulatorsAfter) {

	public Settlement {
		lines = List.copyOf(lines);
		fundPayments = List.copyOf(fundPayments);
	}

	/** The row of a fund, if it took part. */
	public Optional<FundPayment> payment(FundType fund) {
		return fundPayments.stream().filter(p -> p.fund() == fund).findFirst();
	}

	/** What a fund paid; zero when it did not take part. */
	public Money paidBy(FundType fund) {
		return payment(fund).map(FundPayment::amount).orElse(Money.ZERO);
	}

	/** What the basic pool paid ({@code hifp_pay}). */
	public Money poolPaid() {
		return paidBy(visit.insutype().poolFund());
	}

}
