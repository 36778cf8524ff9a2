package org.sanyi.pharma.engine;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * 完成进度 of an agreed volume at a day (next-wave.md §3.1): the completion rate (cumulative
 * purchases of winning products / agreed volume) against the time progress of the cycle
 * (elapsed days / cycle days); an institution is behind when its completion trails the
 * time by more than the round's alert gap. The substitution watch is the share of
 * non-winning products of the same generic in everything bought. Rates have four
 * decimals, HALF_UP.
 *
 * @param agreed agreed volume of the cycle, minimum units
 * @param winning cumulative purchases of winning products, minimum units
 * @param nonWinning cumulative purchases of non-winning products of the same generic,
 * minimum units
 * @param completion winning / agreed (0 when nothing was agreed)
 * @param timeProgress elapsed days / cycle days, 0 before the cycle and 1 after it
 * @param gap completion − time progress
 * @param behind whether the gap is below − alert gap
 * @param nonWinningShare nonWinning / (winning + nonWinning), 0 when nothing was bought
 */
public record Progress(long agreed, long winning, long nonWinning, BigDecimal completion, BigDecimal timeProgress,
		BigDecimal gap, boolean behind, BigDecimal nonWinningShare) {

	/**
	 * @param cycleStart first day of the cycle
	 * @param cycleEnd last day of the cycle (inclusive)
	 * @param asOf the day the purchases are counted up to (inclusive)
	 * @param alertGap how far completion may trail the time (0.10 = ten percentage
	 * points)
	 */
	public static Progress of(long agreed, long winning, long nonWinning, LocalDate cycleStart, LocalDate cycleEnd,
			LocalDate asOf, BigDecimal alertGap) {
		BigDecimal completion = ratio(winning, agreed);
		BigDecimal time = timeProgress(cycleStart, cycleEnd, asOf);
		BigDecimal gap = completion.subtract(time);
		boolean behind = agreed > 0 && gap.compareTo(alertGap.negate()) < 0;
		return new Progress(agreed, winning, nonWinning, completion, time, gap, behind,
				ratio(nonWinning, winning + nonWinning));
	}

	/** Elapsed days (asOf inclusive) / days of the cycle, clamped to [0, 1]. */
	public static BigDecimal timeProgress(LocalDate cycleStart, LocalDate cycleEnd, LocalDate asOf) {
		long days = ChronoUnit.DAYS.between(cycleStart, cycleEnd) + 1;
		long elapsed = Math.clamp(ChronoUnit.DAYS.between(cycleStart, asOf) + 1, 0, days);
		return ratio(elapsed, days);
	}

	static BigDecimal ratio(long part, long whole) {
		if (whole <= 0) {
			return BigDecimal.ZERO.setScale(4);
		}
		return BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 4, RoundingMode.HALF_UP);
	}

	/** Whether the agreed volume is reached. */
	public boolean completed() {
		return agreed > 0 && winning >= agreed;
	}

}
