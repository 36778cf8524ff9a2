package org.sanyi.pharma.engine;

import java.math.BigDecimal;
import java.util.List;

/**
 * When a region may adjust service prices (next-wave.md §3.4 [mem]: starting and binding
 * thresholds, stored as versioned data): the fund can pay enough months from its
 * accumulated balance, medical costs do not grow too fast, and the services' share of
 * medical revenue is still below the target the adjustment aims at. All three must hold.
 *
 * @param minFundMonths 基金累计结余可支付月数 at least this
 * @param maxCostGrowth 医疗费用增长率 at most this (0.08 = 8 %)
 * @param serviceShareTarget adjust while 医疗服务收入占比 is below this (0.35)
 */
public record ReformTriggers(BigDecimal minFundMonths, BigDecimal maxCostGrowth, BigDecimal serviceShareTarget) {

	/** One condition checked: its name, threshold, the region's value, whether met. */
	public record Check(String name, BigDecimal threshold, BigDecimal actual, boolean met) {
	}

	/**
	 * The conditions against the region's figures.
	 * @param fundMonths months the fund's balance pays
	 * @param costGrowth growth of medical costs over the year before
	 * @param serviceShare the services' share of medical revenue in the baseline
	 */
	public List<Check> check(BigDecimal fundMonths, BigDecimal costGrowth, BigDecimal serviceShare) {
		return List.of(new Check("fundMonths", minFundMonths, fundMonths, fundMonths.compareTo(minFundMonths) >= 0),
				new Check("costGrowth", maxCostGrowth, costGrowth, costGrowth.compareTo(maxCostGrowth) <= 0),
				new Check("serviceShare", serviceShareTarget, serviceShare,
						serviceShare.compareTo(serviceShareTarget) < 0));
	}

	/** Whether every condition holds. */
	public static boolean allMet(List<Check> checks) {
		return checks.stream().allMatch(Check::met);
	}

}
