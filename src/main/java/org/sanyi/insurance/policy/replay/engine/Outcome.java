package org.sanyi.insurance.policy.replay.engine;

import org.sanyi.insurance.engine.Settlement;
import org.sanyi.shared.Money;

/**
 * What a settlement paid, the figures a replay compares to the fen.
 *
 * @param deductible {@code act_pay_dedc}
 * @param fundTotal {@code fund_pay_sumamt}: every fund together
 * @param personalPart {@code psn_part_amt}: what the patient bore (account and cash), the
 * out-of-pocket of the report
 * @param accountPay {@code acct_pay}
 * @param cashPay {@code psn_cash_pay}
 */
public record Outcome(Money deductible, Money fundTotal, Money personalPart, Money accountPay, Money cashPay) {

	public static Outcome of(Settlement s) {
		return new Outcome(s.deductible(), s.fundTotal(), s.personalPart(), s.accountPay(), s.cashPay());
	}

	/**
	 * Whether any figure differs by a fen or more (the deductible, the funds, the
	 * patient's part or how it splits between account and cash).
	 */
	public boolean differsFrom(Outcome other) {
		return deductible.compareTo(other.deductible) != 0 || fundTotal.compareTo(other.fundTotal) != 0
				|| personalPart.compareTo(other.personalPart) != 0 || accountPay.compareTo(other.accountPay) != 0
				|| cashPay.compareTo(other.cashPay) != 0;
	}

}
