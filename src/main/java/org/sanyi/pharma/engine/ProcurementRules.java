package org.sanyi.pharma.engine;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The rules of a 集采 round that decide a number (next-wave.md §3.1): the price cut of a
 * bid, the contract length by the number of winners, the floor of a reported demand and
 * the agreed volume. Volumes are whole minimum units (最小制剂单位); unit prices are per
 * minimum unit with four decimals, because a tablet often costs less than a fen.
 */
public final class ProcurementRules {

	/** Unit prices of bids and pre-round prices: four decimals (a 0.0356 元 tablet). */
	public static final int UNIT_PRICE_SCALE = 4;

	private ProcurementRules() {
	}

	/**
	 * (pre-round − winning) / pre-round, four decimals HALF_UP; negative when the winning
	 * price is higher.
	 */
	public static BigDecimal priceCut(BigDecimal preRoundPrice, BigDecimal winningPrice) {
		if (preRoundPrice.signum() <= 0) {
			throw new IllegalArgumentException("pre-round price " + preRoundPrice);
		}
		return preRoundPrice.subtract(winningPrice).divide(preRoundPrice, 4, RoundingMode.HALF_UP);
	}

	/**
	 * A winning price above the pre-round price is a price rise, which a round accepts
	 * only when the bid says so (flagged with a reason: a shortage drug, a new
	 * specification).
	 */
	public static boolean winningPriceAllowed(BigDecimal preRoundPrice, BigDecimal winningPrice, boolean riseFlagged) {
		return winningPrice.compareTo(preRoundPrice) <= 0 || riseFlagged;
	}

	/**
	 * Contract length in years by the number of winners (rules of the third national
	 * batch): 1 → 1, 2–3 → 2, ≥ 4 → 3.
	 */
	public static int contractYears(int winners) {
		if (winners < 1) {
			throw new IllegalArgumentException("winners " + winners);
		}
		return winners == 1 ? 1 : winners <= 3 ? 2 : 3;
	}

	/**
	 * The least an institution may report without a reason: the floor ratio × its prior
	 * annual usage, rounded up.
	 */
	public static long demandFloor(long priorUsage, BigDecimal floorRatio) {
		return BigDecimal.valueOf(priorUsage).multiply(floorRatio).setScale(0, RoundingMode.CEILING).longValueExact();
	}

	/**
	 * Whether a reported demand may be accepted: at least the floor, or below it with a
	 * reason.
	 */
	public static boolean demandAccepted(long reported, long priorUsage, BigDecimal floorRatio, String reason) {
		return reported >= demandFloor(priorUsage, floorRatio) || (reason != null && !reason.isBlank());
	}

	/**
	 * The share of the reported demand that is agreed: the round's ratio, or its lower
	 * ratio when ≤ 3 bids won.
	 */
	public static BigDecimal agreedRatio(int winners, BigDecimal ratio, BigDecimal fewWinnersRatio) {
		return winners <= 3 ? fewWinnersRatio : ratio;
	}

	/** 约定采购量 = ratio × reported demand, HALF_UP to whole minimum units. */
	public static long agreedVolume(long reported, BigDecimal ratio) {
		return BigDecimal.valueOf(reported).multiply(ratio).setScale(0, RoundingMode.HALF_UP).longValueExact();
	}

	/**
	 * What an institution saved on a volume: (pre-round − paid unit price) × quantity,
	 * HALF_UP to the fen.
	 */
	public static BigDecimal savings(BigDecimal preRoundPrice, BigDecimal paidUnitPrice, long quantity) {
		return preRoundPrice.subtract(paidUnitPrice)
			.multiply(BigDecimal.valueOf(quantity))
			.setScale(2, RoundingMode.HALF_UP);
	}

	/**
	 * First day of cycle {@code n} (1, 2 …) of a round starting on {@code start} with
	 * cycles of {@code months}.
	 */
	public static java.time.LocalDate cycleStart(java.time.LocalDate start, int months, int n) {
		return start.plusMonths((long) (n - 1) * months);
	}

	/** Last day (inclusive) of cycle {@code n}. */
	public static java.time.LocalDate cycleEnd(java.time.LocalDate start, int months, int n) {
		return start.plusMonths((long) n * months).minusDays(1);
	}

	/** The cycle a day falls in (1 for days before the start). */
	public static int cycleOf(java.time.LocalDate start, int months, java.time.LocalDate day) {
		int n = 1;
		while (cycleEnd(start, months, n).isBefore(day)) {
			n++;
		}
		return n;
	}

}
