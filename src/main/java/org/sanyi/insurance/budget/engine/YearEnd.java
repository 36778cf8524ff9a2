package org.sanyi.insurance.budget.engine;

import org.sanyi.shared.Money;

/**
 * The year-end clearing (年终清算) of a group's global budget for one fund.
 *
 * @param budget the year's budget
 * @param spend the fund's payments for settlements at the group's members in the year
 * (reversals deducted)
 * @param surplus budget − spend when the spend stays within the budget, else 0
 * @param overspend spend − budget when the spend exceeds it, else 0
 * @param retained the part of the surplus the group keeps (结余留用)
 * @param fundShare the part of the overspend the fund bears (超支分担)
 * @param groupShare the part of the overspend the group bears
 * @param finalAmount what the fund pays the group for the year: spend + retained −
 * groupShare
 * @param advanced the monthly advances already paid
 * @param balanceDue finalAmount − advanced: paid to the group when positive, recovered
 * from it when negative
 */
public record YearEnd(Money budget, Money spend, Money surplus, Money overspend, Money retained, Money fundShare,
		Money groupShare, Money finalAmount, Money advanced, Money balanceDue) {

	/**
	 * What the clearing changes in the fund's expense for the group's year: finalAmount −
	 * spend.
	 */
	public Money adjustment() {
		return finalAmount.minus(spend);
	}

}
