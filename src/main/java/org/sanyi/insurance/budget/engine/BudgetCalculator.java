package org.sanyi.insurance.budget.engine;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

import org.sanyi.shared.Money;

/**
 * The arithmetic of a global budget. Money is rounded HALF_UP to the fen in exactly these
 * places:
 * <ul>
 * <li>the cumulative budget and advance target of a month:
 * {@code amount × share of the period so far} (× advance ratio), each rounded once, so
 * the months' parts are differences of rounded targets and always add up to the rounded
 * year's total: no fen is lost in twelfths;</li>
 * <li>the retained surplus and the fund's share of an overspend: the bands' parts summed
 * exactly, then rounded once.</li>
 * </ul>
 * Everything else is a sum or a difference of fen amounts. The clearing's identities are
 * checked before a result is returned ({@link IllegalStateException} if broken: a bug,
 * never a user error).
 */
public final class BudgetCalculator {

	private BudgetCalculator() {
	}

	/**
	 * {@code base} × the share of the period's budget that falls in the months up to and
	 * including {@code month}, computed exactly and rounded once: 0 before the period,
	 * all of it from December.
	 */
	static Money portion(BigDecimal base, BudgetTerms terms, int month) {
		if (month < terms.startMonth()) {
			return Money.ZERO;
		}
		if (month >= 12) {
			return round(base);
		}
		if (terms.advanceRule().kind() == AdvanceRule.Kind.EQUAL) {
			return Money.of(base.multiply(BigDecimal.valueOf(month - terms.startMonth() + 1L))
				.divide(BigDecimal.valueOf(terms.months()), 2, RoundingMode.HALF_UP));
		}
		BigDecimal percent = BigDecimal.ZERO;
		for (int m = 1; m <= month; m++) {
			percent = percent.add(terms.advanceRule().percents().get(m - 1));
		}
		return round(base.multiply(percent).movePointLeft(2));
	}

	/**
	 * The budget of the months up to and including {@code month} (0 before the period,
	 * the amount from December).
	 */
	public static Money cumulativeBudget(BudgetTerms terms, int month) {
		return portion(terms.amount().amount(), terms, month);
	}

	/**
	 * What should have been advanced by the end of {@code month}: the cumulative budget ×
	 * the advance ratio.
	 */
	public static Money cumulativeAdvance(BudgetTerms terms, int month) {
		return portion(terms.amount().amount().multiply(terms.advanceRatio()), terms, month);
	}

	/** The planned budget of each month, January first (0 before the period). */
	public static List<Money> monthlyBudget(BudgetTerms terms) {
		List<Money> months = new ArrayList<>(12);
		Money previous = Money.ZERO;
		for (int m = 1; m <= 12; m++) {
			Money cumulative = cumulativeBudget(terms, m);
			months.add(cumulative.minus(previous));
			previous = cumulative;
		}
		return months;
	}

	/**
	 * The advance due for {@code month} when {@code alreadyAdvanced} was paid for the
	 * earlier months: the cumulative target minus what was paid, never negative (a budget
	 * cut mid-year is settled at the clearing, not by clawing back advances).
	 */
	public static Money advanceDue(BudgetTerms terms, int month, Money alreadyAdvanced) {
		return cumulativeAdvance(terms, month).minus(alreadyAdvanced).max(Money.ZERO);
	}

	/**
	 * The year-end clearing of {@code spend} against the budget, with the advances
	 * already paid.
	 */
	public static YearEnd clear(BudgetTerms terms, Money spend, Money advanced) {
		Money budget = terms.amount();
		Money surplus = budget.minus(spend).max(Money.ZERO);
		Money overspend = spend.minus(budget).max(Money.ZERO);
		Money retained = round(banded(terms.surplusBands(), surplus.amount(), budget.amount()));
		Money fundShare = round(banded(terms.overspendBands(), overspend.amount(), budget.amount()));
		Money groupShare = overspend.minus(fundShare);
		Money finalAmount = spend.plus(retained).minus(groupShare);
		YearEnd result = new YearEnd(budget, spend, surplus, overspend, retained, fundShare, groupShare, finalAmount,
				advanced, finalAmount.minus(advanced));
		check(result);
		return result;
	}

	/**
	 * Σ over the bands of (the part of {@code amount} inside the band) × share, exact.
	 */
	private static BigDecimal banded(List<Band> bands, BigDecimal amount, BigDecimal budget) {
		BigDecimal total = BigDecimal.ZERO;
		BigDecimal lower = BigDecimal.ZERO;
		for (Band band : bands) {
			BigDecimal upper = band.upTo() == null ? null : budget.multiply(band.upTo());
			BigDecimal top = upper == null ? amount : amount.min(upper);
			if (top.compareTo(lower) > 0) {
				total = total.add(top.subtract(lower).multiply(band.share()));
			}
			if (upper == null || amount.compareTo(upper) <= 0) {
				break;
			}
			lower = upper;
		}
		return total;
	}

	private static void check(YearEnd r) {
		boolean ok = r.surplus().amount().signum() == 0 || r.overspend().amount().signum() == 0;
		ok &= r.budget().minus(r.spend()).equals(r.surplus().minus(r.overspend()));
		ok &= !r.retained().isNegative() && r.retained().compareTo(r.surplus()) <= 0;
		ok &= !r.fundShare().isNegative() && !r.groupShare().isNegative();
		ok &= r.fundShare().plus(r.groupShare()).equals(r.overspend());
		ok &= r.finalAmount().equals(r.spend().plus(r.retained()).minus(r.groupShare()));
		ok &= r.overspend().isZero() || r.finalAmount().equals(r.budget().plus(r.fundShare()));
		ok &= r.balanceDue().equals(r.finalAmount().minus(r.advanced()));
		if (!ok) {
			throw new IllegalStateException("budget clearing identities broken: " + r);
		}
	}

	private static Money round(BigDecimal value) {
		return Money.of(value.setScale(2, RoundingMode.HALF_UP));
	}

}
