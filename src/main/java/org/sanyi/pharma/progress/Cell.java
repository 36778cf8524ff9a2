package org.sanyi.pharma.progress;

import java.math.BigDecimal;

/**
 * What one institution agreed and bought of one product in a period: volumes in minimum
 * units, amounts in yuan.
 *
 * @param winningAmount what the winning purchases cost
 * @param preRoundValue what the winning volume would have cost at the pre-round price
 * (exact, before rounding)
 * @param agreedValue the agreed volume at the pre-round price (exact), the basis of the
 * fund's 结余留用 budget
 */
public record Cell(long productId, String institutionCode, String institutionRegion, long agreed, long winning,
		long nonWinning, BigDecimal amount, BigDecimal winningAmount, BigDecimal preRoundValue,
		BigDecimal agreedValue) {
}
