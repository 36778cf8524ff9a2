package org.sanyi.insurance.engine;

import org.sanyi.shared.Money;

/**
 * What one fund pays in a settlement: a {@code setldetail} row.
 *
 * @param fund {@code fund_pay_type}
 * @param base {@code inscp_scp_amt} of the row: the amount the fund calculated on (the
 * visit's policy-scope amount for the basic pool; the layer's base for a supplementary
 * fund)
 * @param limitRemaining {@code crt_payb_lmt_amt}: what the fund could still pay this year
 * before this settlement (the smallest remaining cap); the payment never exceeds it
 * @param amount {@code fund_payamt}
 * @param trace {@code setl_proc_info}: how the amount was computed, in the national
 * interface's language (Chinese)
 */
public record FundPayment(FundType fund, Money base, Money limitRemaining, Money amount, String trace) {

}
