package org.sanyi.clinical.familydoctor.engine;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * What goes back when a contract ends early (解约退费), pro rata to the days of its term not
 * served: the term runs from its first to its last day inclusive, the day of termination
 * counts as served. The refund is the whole fee × unused days ÷ term days, rounded
 * HALF_UP to the fen once; it is shared between the resident, the insurance fund and the
 * public-health fund in proportion to what each paid, each share cut down to the fen and
 * the fen left over given to the shares with the largest cut-off remainders (the
 * resident's first on a tie), so the three shares add up to the refund exactly and none
 * exceeds what it paid; what is kept is the share minus its refund. Ended before its
 * start: everything back; on or after its last day: nothing.
 *
 * @param termDays days of the term
 * @param unusedDays days after the termination day still in the term
 */
public record ContractRefund(int termDays, int unusedDays, BigDecimal resident, BigDecimal insurance,
		BigDecimal publicHealth) {

	private static final BigDecimal FEN = new BigDecimal("0.01");

	public static ContractRefund of(LocalDate startsOn, LocalDate endsOn, LocalDate terminatedOn, BigDecimal resident,
			BigDecimal insurance, BigDecimal publicHealth) {
		int term = (int) ChronoUnit.DAYS.between(startsOn, endsOn) + 1;
		LocalDate firstUnused = terminatedOn.isBefore(startsOn) ? startsOn : terminatedOn.plusDays(1);
		int unused = firstUnused.isAfter(endsOn) ? 0 : (int) ChronoUnit.DAYS.between(firstUnused, endsOn) + 1;
		BigDecimal[] paid = { resident, insurance, publicHealth };
		BigDecimal[] back = new BigDecimal[3];
		if (unused >= term) {
			for (int i = 0; i < 3; i++) {
				back[i] = paid[i].setScale(2, RoundingMode.UNNECESSARY);
			}
			return new ContractRefund(term, unused, back[0], back[1], back[2]);
		}
		BigDecimal days = BigDecimal.valueOf(unused);
		BigDecimal of = BigDecimal.valueOf(term);
		BigDecimal total = resident.add(insurance).add(publicHealth).multiply(days).divide(of, 2, RoundingMode.HALF_UP);
		// exact shares (unused × paid) ÷ term, as fen cut down and the remainder
		BigDecimal[] remainder = new BigDecimal[3];
		BigDecimal given = BigDecimal.ZERO;
		for (int i = 0; i < 3; i++) {
			BigDecimal exact = paid[i].multiply(days);
			back[i] = exact.divide(of, 2, RoundingMode.DOWN);
			remainder[i] = exact.subtract(back[i].multiply(of));
			given = given.add(back[i]);
		}
		int left = total.subtract(given).movePointRight(2).intValueExact();
		Integer[] order = { 0, 1, 2 };
		java.util.Arrays.sort(order, (a, b) -> remainder[b].compareTo(remainder[a]));
		for (int k = 0; k < left; k++) {
			back[order[k]] = back[order[k]].add(FEN);
		}
		return new ContractRefund(term, unused, back[0], back[1], back[2]);
	}

	public BigDecimal total() {
		return resident.add(insurance).add(publicHealth);
	}

}
