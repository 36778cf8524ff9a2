package org.sanyi.drg.engine;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * The price of one RW from the DRG fund budget (drg.md §5.2). 费率法: base rate (yuan per
 * RW) = budget ÷ Σ expected RW, HALF_UP to the fen. 点数法: a case's points = RW × 100,
 * point value (yuan per point) = budget ÷ (Σ expected RW × 100), HALF_UP to 4 decimals;
 * its base rate is point value × 100, HALF_UP to the fen. Σ expected RW is the weights
 * applied to the expected case mix (usually the base period's cases): Σ over cases of
 * their group's RW.
 */
public final class BaseRates {

	public static final BigDecimal POINTS_PER_RW = BigDecimal.valueOf(100);

	private BaseRates() {
	}

	/** Σ RW over the expected cases (groups without a weight count 0), 4 decimals. */
	public static BigDecimal expectedRw(List<BigDecimal> caseWeights) {
		BigDecimal total = BigDecimal.ZERO;
		for (BigDecimal rw : caseWeights) {
			if (rw != null) {
				total = total.add(rw);
			}
		}
		return total.setScale(4, RoundingMode.HALF_UP);
	}

	/** 费率: yuan per RW. */
	public static BigDecimal rate(BigDecimal budget, BigDecimal expectedRw) {
		check(budget, expectedRw);
		return budget.divide(expectedRw, 2, RoundingMode.HALF_UP);
	}

	/** 点值: yuan per point. */
	public static BigDecimal pointValue(BigDecimal budget, BigDecimal expectedRw) {
		check(budget, expectedRw);
		return budget.divide(expectedRw.multiply(POINTS_PER_RW), 4, RoundingMode.HALF_UP);
	}

	/** The base rate a point value amounts to (100 points per RW). */
	public static BigDecimal rateOfPointValue(BigDecimal pointValue) {
		return pointValue.multiply(POINTS_PER_RW).setScale(2, RoundingMode.HALF_UP);
	}

	private static void check(BigDecimal budget, BigDecimal expectedRw) {
		if (budget == null || budget.signum() <= 0) {
			throw new IllegalArgumentException("budget must be positive");
		}
		if (expectedRw == null || expectedRw.signum() <= 0) {
			throw new IllegalArgumentException("expected RW must be positive");
		}
	}

}
