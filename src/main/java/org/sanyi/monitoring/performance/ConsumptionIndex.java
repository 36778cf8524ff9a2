package org.sanyi.monitoring.performance;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * 费用消耗指数 and 时间消耗指数 (国考 / CHS-DRG, drg.md §5.5) of a group of hospitals against a region:
 * <pre>
 * cost index = Σ_g (k_g × n_g) ÷ Σ_g n_g,   k_g = the group's mean cost in DRG g ÷ the region's mean cost in g
 *            = Σ_g (C_g ÷ R_g) ÷ Σ_g n_g,  C_g the group's cost in g, R_g = C_region,g ÷ n_region,g
 * time index = the same with the length of stay
 * </pre> Both sides are sums over hospitals and DRGs: the numerator (the cases weighted
 * by what they cost against the region's mean) and the denominator (the cases) add up
 * over any group of hospitals, so a county's index is the ratio of its sums, never a mean
 * of its hospitals' indices. A DRG the region has no cost (days) for is left out of that
 * index, numerator and denominator alike. Intermediate arithmetic keeps 34 digits; the
 * index is rounded half up to four decimals at the end. Pure.
 */
public final class ConsumptionIndex {

	private static final MathContext PRECISION = MathContext.DECIMAL128;

	private ConsumptionIndex() {
	}

	/** One DRG's cases, cost (yuan) and Σ length of stay (days). */
	public record Cell(BigDecimal cases, BigDecimal cost, BigDecimal days) {

		public static final Cell ZERO = new Cell(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO);

		public Cell plus(Cell other) {
			return new Cell(cases.add(other.cases), cost.add(other.cost), days.add(other.days));
		}

		BigDecimal meanCost() {
			return cases.signum() <= 0 || cost.signum() <= 0 ? null : cost.divide(cases, PRECISION);
		}

		BigDecimal meanDays() {
			return cases.signum() <= 0 || days.signum() <= 0 ? null : days.divide(cases, PRECISION);
		}

	}

	/**
	 * One DRG of the group: its own cells, the region's means and the ratios k (null when
	 * the region has no mean); the means and ratios rounded to two and four decimals for
	 * display.
	 */
	public record Line(String drg, Cell own, BigDecimal meanCost, BigDecimal regionMeanCost, BigDecimal costRatio,
			BigDecimal meanDays, BigDecimal regionMeanDays, BigDecimal timeRatio) {
	}

	/**
	 * @param costWeighted Σ_g C_g ÷ R_g
	 * @param costCases Σ_g n_g over the DRGs with a regional mean cost
	 * @param timeWeighted Σ_g D_g ÷ regional mean days of g
	 * @param timeCases Σ_g n_g over the DRGs with a regional mean stay
	 */
	public record Result(BigDecimal costWeighted, BigDecimal costCases, BigDecimal timeWeighted, BigDecimal timeCases,
			List<Line> lines) {

		public Result {
			lines = List.copyOf(lines);
		}

		/** 费用消耗指数, four decimals, or null without a case. */
		public BigDecimal costIndex() {
			return costCases.signum() == 0 ? null : costWeighted.divide(costCases, 4, RoundingMode.HALF_UP);
		}

		/** 时间消耗指数, four decimals, or null without a case. */
		public BigDecimal timeIndex() {
			return timeCases.signum() == 0 ? null : timeWeighted.divide(timeCases, 4, RoundingMode.HALF_UP);
		}

		/** Σ_g C_g ÷ R_g for display, two decimals. */
		public BigDecimal costWeightedShown() {
			return costWeighted.setScale(2, RoundingMode.HALF_UP);
		}

		/** Σ_g D_g ÷ the region's mean stay of g for display, two decimals. */
		public BigDecimal timeWeightedShown() {
			return timeWeighted.setScale(2, RoundingMode.HALF_UP);
		}

		/** The sums of two disjoint groups measured against the same region. */
		public Result plus(Result other) {
			List<Line> all = new ArrayList<>(lines);
			all.addAll(other.lines);
			return new Result(costWeighted.add(other.costWeighted), costCases.add(other.costCases),
					timeWeighted.add(other.timeWeighted), timeCases.add(other.timeCases), all);
		}

	}

	/**
	 * The indices of a group of hospitals ({@code own}: its cells by DRG, summed over its
	 * hospitals and the period) against a region ({@code region}: the region's cells by
	 * DRG over the same period, the group's included).
	 */
	public static Result of(Map<String, Cell> own, Map<String, Cell> region) {
		BigDecimal costWeighted = BigDecimal.ZERO;
		BigDecimal costCases = BigDecimal.ZERO;
		BigDecimal timeWeighted = BigDecimal.ZERO;
		BigDecimal timeCases = BigDecimal.ZERO;
		List<Line> lines = new ArrayList<>();
		for (Map.Entry<String, Cell> e : new TreeMap<>(own).entrySet()) {
			Cell c = e.getValue();
			if (c.cases().signum() <= 0) {
				continue;
			}
			Cell r = region.getOrDefault(e.getKey(), Cell.ZERO);
			BigDecimal regionCost = r.meanCost();
			BigDecimal regionDays = r.meanDays();
			BigDecimal costRatio = null;
			BigDecimal timeRatio = null;
			if (regionCost != null) {
				// k_g × n_g = (C_g ÷ n_g ÷ R_g) × n_g = C_g ÷ R_g
				costWeighted = costWeighted.add(c.cost().divide(regionCost, PRECISION));
				costCases = costCases.add(c.cases());
				costRatio = c.cost().divide(c.cases(), PRECISION).divide(regionCost, 4, RoundingMode.HALF_UP);
			}
			if (regionDays != null) {
				timeWeighted = timeWeighted.add(c.days().divide(regionDays, PRECISION));
				timeCases = timeCases.add(c.cases());
				timeRatio = c.days().divide(c.cases(), PRECISION).divide(regionDays, 4, RoundingMode.HALF_UP);
			}
			lines.add(new Line(e.getKey(), c, round(c.meanCost(), 2), round(regionCost, 2), costRatio,
					round(c.meanDays(), 2), round(regionDays, 2), timeRatio));
		}
		return new Result(costWeighted, costCases, timeWeighted, timeCases, lines);
	}

	private static BigDecimal round(BigDecimal v, int scale) {
		return v == null ? null : v.setScale(scale, RoundingMode.HALF_UP);
	}

}
