package org.sanyi.pharma.procurement;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.sanyi.pharma.PharmaAdmin.Kind;
import org.sanyi.pharma.PharmaAdmin.Level;
import org.sanyi.pharma.engine.ProcurementRules;

/**
 * A stored round with its parameters (see {@link org.sanyi.pharma.PharmaAdmin.NewRound}).
 */
public record RoundRow(long id, String code, String name, Level level, Kind kind, String batchNo, String regionCode,
		LocalDate startDate, int cycleMonths, BigDecimal agreedRatio, BigDecimal fewWinnersRatio,
		BigDecimal demandFloor, BigDecimal alertGap, BigDecimal insuranceShare, BigDecimal retentionRatio,
		String createdBy) {

	public LocalDate cycleStart(int n) {
		return ProcurementRules.cycleStart(startDate, cycleMonths, n);
	}

	public LocalDate cycleEnd(int n) {
		return ProcurementRules.cycleEnd(startDate, cycleMonths, n);
	}

	public int cycleOf(LocalDate day) {
		return ProcurementRules.cycleOf(startDate, cycleMonths, day);
	}

}
