package org.sanyi.clinical.familydoctor.engine;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * What goes back when a contract ends early (解约退费), pro rata to the days of its term not
 * served: the term runs from its first to its last day inclusive, the day of termination
 * counts as served, and each share (the resident's, the insurance fund's, the
 * public-health fund's) is refunded {@code share × unused days ÷ term days}, rounded
 * HALF_UP to the fen; what is kept is the share minus the refund, so the two always add
 * up to what was collected. Ended before its start: everything back; on or after its last
 * day: nothing.
 *
 * @param termDays days of the term
 * @param unusedDays days after the termination day still in the term
 */
public record ContractRefund(int termDays, int unusedDays, BigDecimal resident, BigDecimal insurance,
		BigDecimal publicHealth) {

	public static ContractRefund of(LocalDate startsOn, LocalDate endsOn, LocalDate terminatedOn, BigDecimal resident,
			BigDecimal insurance, BigDecimal publicHealth) {
		int term = (int) ChronoUnit.DAYS.between(startsOn, endsOn) + 1;
		LocalDate firstUnused = terminatedOn.isBefore(startsOn) ? startsOn : terminatedOn.plusDays(1);
		int unused = firstUnused.isAfter(endsOn) ? 0 : (int) ChronoUnit.DAYS.between(firstUnused, endsOn) + 1;
		return new ContractRefund(term, unused, share(resident, unused, term), share(insurance, unused, term),
				share(publicHealth, unused, term));
	}

	private static BigDecimal share(BigDecimal amount, int unused, int term) {
		if (unused >= term) {
			return amount.setScale(2, RoundingMode.HALF_UP);
		}
		return amount.multiply(BigDecimal.valueOf(unused)).divide(BigDecimal.valueOf(term), 2, RoundingMode.HALF_UP);
	}

	public BigDecimal total() {
		return resident.add(insurance).add(publicHealth);
	}

}
