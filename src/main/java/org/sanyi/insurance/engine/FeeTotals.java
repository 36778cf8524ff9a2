package org.sanyi.insurance.engine;

import org.sanyi.shared.Money;

/**
 * The sums of the line classification for a settlement (the first five {@code setlinfo}
 * amounts). Sums of fen amounts, so exact:
 * {@code medicalFees = fullOwnPay + overLimit + preSelfPay + inScope}.
 *
 * @param medicalFees {@code medfee_sumamt}
 * @param fullOwnPay {@code fulamt_ownpay_amt}
 * @param overLimit {@code overlmt_selfpay}
 * @param preSelfPay {@code preselfpay_amt}
 * @param inScope {@code inscp_scp_amt}
 */
public record FeeTotals(Money medicalFees, Money fullOwnPay, Money overLimit, Money preSelfPay, Money inScope) {

	public static final FeeTotals ZERO = new FeeTotals(Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO);

	public FeeTotals plus(LineResult line) {
		return new FeeTotals(medicalFees.plus(line.amount()), fullOwnPay.plus(line.fullOwnPay()),
				overLimit.plus(line.overLimit()), preSelfPay.plus(line.preSelfPay()), inScope.plus(line.inScope()));
	}

	/** What is outside the policy scope altogether: 丙类 plus over the price cap. */
	public Money outOfScope() {
		return fullOwnPay.plus(overLimit);
	}

}
