package org.sanyi.pharma.engine;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * 结余留用 of one institution for one cycle of a round (NHSA and MoF guidance of 2020;
 * next-wave.md §3.1, [mem]: the region's rules decide the ratio and conditions):
 * <ul>
 * <li>the fund's budget = Σ agreed volume × pre-round unit price × the region's insurance
 * share;</li>
 * <li>the actual fund spend = Σ what the institution paid for the round's products
 * (winning and not) × the same share;</li>
 * <li>the surplus (结余) = budget − actual spend;</li>
 * <li>retained (留用) = surplus × the region's ratio, only when the institution completed
 * its agreed volume and the surplus is positive; otherwise nothing.</li>
 * </ul>
 * Amounts are yuan, HALF_UP to the fen at each step.
 *
 * @param budget the fund's budget for the round's drugs at pre-round prices
 * @param actualSpend the fund's actual spend on them
 * @param surplus budget − actual spend (negative: overspend)
 * @param eligible whether the conditions are met (agreed volume completed)
 * @param retained what the institution keeps
 */
public record Retention(BigDecimal budget, BigDecimal actualSpend, BigDecimal surplus, boolean eligible,
		BigDecimal retained) {

	/**
	 * @param budgetAtPreRoundPrices Σ agreed × pre-round unit price, yuan (before the
	 * insurance share)
	 * @param purchasesAmount Σ amounts paid for the round's products, yuan
	 * @param insuranceShare the fund's share of drug spend in the region (0 to 1)
	 * @param ratio the region's retention ratio (commonly at most 0.5)
	 * @param completed whether the agreed volume was completed
	 */
	public static Retention of(BigDecimal budgetAtPreRoundPrices, BigDecimal purchasesAmount, BigDecimal insuranceShare,
			BigDecimal ratio, boolean completed) {
		BigDecimal budget = budgetAtPreRoundPrices.multiply(insuranceShare).setScale(2, RoundingMode.HALF_UP);
		BigDecimal spend = purchasesAmount.multiply(insuranceShare).setScale(2, RoundingMode.HALF_UP);
		BigDecimal surplus = budget.subtract(spend);
		boolean eligible = completed && surplus.signum() > 0;
		BigDecimal retained = eligible ? surplus.multiply(ratio).setScale(2, RoundingMode.HALF_UP)
				: BigDecimal.ZERO.setScale(2);
		return new Retention(budget, spend, surplus, completed, retained);
	}

}
