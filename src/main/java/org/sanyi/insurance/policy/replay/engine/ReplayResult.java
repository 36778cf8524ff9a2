package org.sanyi.insurance.policy.replay.engine;

import java.math.BigDecimal;
import java.util.List;

/**
 * What a replay found: the standing settlements of the year with what the fund and the
 * patients paid as recorded (before) and under the replayed version (after), the people
 * who had them and those who would pay or receive a different amount, in total and by
 * scheme, hospital level and county.
 *
 * @param policyCode the version replayed
 * @param year the fund year
 * @param settlements standing settlements replayed
 * @param changedSettlements those whose fund or personal part changed
 * @param refusedSettlements settlements of people the engine refused under the version (a
 * visit it has no rule for); they are in no group
 * @param groups the figures, {@link Dimension#TOTAL} first
 */
public record ReplayResult(String policyCode, int year, long settlements, long changedSettlements,
		long refusedSettlements, List<Figures> groups) {

	public ReplayResult {
		groups = List.copyOf(groups);
	}

	/** The groups of one dimension, in key order. */
	public List<Figures> of(Dimension dimension) {
		return groups.stream().filter(g -> g.dimension() == dimension).toList();
	}

	/** The whole year's figures. */
	public Figures total() {
		return groups.stream()
			.filter(g -> g.dimension() == Dimension.TOTAL)
			.findFirst()
			.orElse(new Figures(Dimension.TOTAL, "", 0, 0, 0, BigDecimal.ZERO.setScale(2), BigDecimal.ZERO.setScale(2),
					BigDecimal.ZERO.setScale(2), BigDecimal.ZERO.setScale(2)));
	}

	/** How the report is cut. */
	public enum Dimension {

		TOTAL, SCHEME, LEVEL, COUNTY

	}

	/**
	 * One group's figures.
	 *
	 * @param dimension how it is cut
	 * @param key the scheme ({@code insutype}), {@code hosp_lv} or county code; empty for
	 * the total
	 * @param settlements standing settlements
	 * @param people people with at least one
	 * @param peopleAffected people of whom one settlement or more pays differently
	 * @param fundBefore fund spend as recorded ({@code fund_pay_sumamt})
	 * @param fundAfter fund spend under the replayed version
	 * @param outOfPocketBefore what the patients bore as recorded ({@code psn_part_amt})
	 * @param outOfPocketAfter what they would bear
	 */
	public record Figures(Dimension dimension, String key, long settlements, long people, long peopleAffected,
			BigDecimal fundBefore, BigDecimal fundAfter, BigDecimal outOfPocketBefore, BigDecimal outOfPocketAfter) {

		public BigDecimal fundChange() {
			return fundAfter.subtract(fundBefore);
		}

		public BigDecimal outOfPocketChange() {
			return outOfPocketAfter.subtract(outOfPocketBefore);
		}

	}

}
