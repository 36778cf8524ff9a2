package org.sanyi.insurance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Writes of the global budget (总额付费) for the demo generator, data migrations and tests:
 * budgets already agreed (stored as approved, with who proposed and who approved them),
 * the monthly advances and the year-end clearing, each one transaction through the same
 * service, ledger and checks as the bureau's pages.
 */
public interface BudgetAdmin {

	/** Whether any budget version exists. */
	boolean hasBudgets();

	/**
	 * Stores an agreed budget as approved without the review. Fails with INS-0070 (not a
	 * medical group), INS-0071 (fund), INS-0072 to INS-0074 (values) and INS-0075 (the
	 * group already has a budget for the fund and year).
	 */
	long importBudget(NewBudget budget);

	/**
	 * The fund's payments for settlements at the group's members (membership on the
	 * settlement date), per month of the year (1 to 12, reversals deducted), for the
	 * fund's pooling region.
	 */
	Map<Integer, BigDecimal> monthlySpend(String allianceCode, String fundPayType, int year);

	/**
	 * Posts the advances due for every month of the budget period up to {@code month} not
	 * yet advanced, dated {@code on}; months already advanced are left alone
	 * (idempotent). Returns how many months were posted.
	 */
	int postAdvances(long budgetId, int month, LocalDate on, String by);

	/**
	 * The year-end clearing of a budget on {@code on} (after the year): its final amount.
	 */
	BigDecimal clear(long budgetId, LocalDate on, String by);

	/**
	 * Brings the budgets' facts ({@link BudgetFacts}) of this year and the last up to
	 * date now, as the ten-minute job does; returns the number of facts reported.
	 */
	int reportFacts();

	/**
	 * An agreed budget.
	 *
	 * @param allianceCode the medical group (county medical community or city medical
	 * group)
	 * @param fundPayType 310100 or 390100
	 * @param year the budget year
	 * @param amount the year's budget, scale 2
	 * @param startMonth first month of the budget period (1 = the whole year)
	 * @param schedule twelve monthly percentages summing to 100, or empty for equal parts
	 * @param advanceRatio the share of each month's budget advanced (e.g. 0.90)
	 * @param surplus the surplus bands: share of the surplus the group retains
	 * @param overspend the overspend bands: share of the overspend the fund bears
	 * @param summary why (shown in the version history)
	 * @param proposedBy the officer who proposed it
	 * @param approvedBy the second officer who approved it
	 */
	record NewBudget(String allianceCode, String fundPayType, int year, BigDecimal amount, int startMonth,
			List<BigDecimal> schedule, BigDecimal advanceRatio, List<Share> surplus, List<Share> overspend,
			String summary, String proposedBy, String approvedBy) {

		public NewBudget {
			schedule = List.copyOf(schedule);
			surplus = List.copyOf(surplus);
			overspend = List.copyOf(overspend);
		}

	}

	/**
	 * A band: up to {@code upTo} × budget ({@code null}: the rest), the share (0 to 1).
	 */
	record Share(BigDecimal upTo, BigDecimal share) {
	}

}
