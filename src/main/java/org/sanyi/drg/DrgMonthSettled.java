package org.sanyi.drg;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.List;

/**
 * A hospital's DRG month was settled (or settled again, replacing the previous result):
 * for monitoring (CMI, 结算率, consumption indices) and the fund's accounts. Amounts are
 * yuan, scale 2; indices and ratios have 4 decimals and are null when they cannot be
 * computed (no weighted case, no fund payment by item).
 *
 * @param institutionCode the hospital ({@code fixmedins_code})
 * @param institutionRegion its registry region code
 * @param month the month of discharge dates
 * @param cases current settlement lists of unreversed settlements discharged in the month
 * @param drgCases cases paid by DRG (normal and outliers)
 * @param ffsCases cases paid by item (not grouped, check failed, group without weight)
 * @param highCases high-cost outliers
 * @param lowCases low-cost outliers
 * @param cmi case mix index (Σ RW ÷ weighted cases)
 * @param drgFund what the fund pays the hospital under DRG
 * @param ffsFund what the fund paid by item for the same cases
 * @param settleRate 结算率 = drgFund ÷ ffsFund
 * @param surplus Σ (DRG fund + patient paid − cost): the hospital's DRG result
 * @param costIndex 费用消耗指数
 * @param timeIndex 时间消耗指数
 * @param parameterVersion code of the payment parameter version used (the one in force at
 * the month's end)
 * @param groups the month's cases by DRG (disease mix): cases, what the fund pays for
 * them under the month's settlement (by DRG, or by item for cases paid by item) and their
 * medical cost
 */
public record DrgMonthSettled(String institutionCode, String institutionRegion, YearMonth month, int cases,
		int drgCases, int ffsCases, int highCases, int lowCases, BigDecimal cmi, BigDecimal drgFund, BigDecimal ffsFund,
		BigDecimal settleRate, BigDecimal surplus, BigDecimal costIndex, BigDecimal timeIndex, String parameterVersion,
		OffsetDateTime settledAt, List<Group> groups) {

	public DrgMonthSettled {
		groups = groups == null ? List.of() : List.copyOf(groups);
	}

	/**
	 * One DRG of the month.
	 *
	 * @param drg the DRG code (its first letter the MDC)
	 * @param name the DRG's name in the scheme
	 * @param cases the month's cases grouped into it
	 * @param fund what the fund pays for them (yuan)
	 * @param cost their medical cost (yuan)
	 * @param days their Σ length of stay (days; a same-day stay counts as the DRG module
	 * counts it): with {@code cost} and {@code cases}, the components of the 费用/时间消耗指数
	 * over any group of hospitals against any region's mean
	 */
	public record Group(String drg, String name, int cases, BigDecimal fund, BigDecimal cost, long days) {
	}

}
