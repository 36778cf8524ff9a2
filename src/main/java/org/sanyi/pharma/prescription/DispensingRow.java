package org.sanyi.pharma.prescription;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** A sale written off against a prescription (7206), with its lines. */
public record DispensingRow(long id, int useNo, String pharmacyCode, String payMode, String setlId,
		String pharmacistCode, String dispenserCode, String checkerCode, LocalDate dispensedOn, BigDecimal amount,
		List<Line> lines) {

	public DispensingRow {
		lines = List.copyOf(lines);
	}

	/** A sold line: batch, expiry and 追溯码 (comma-separated). */
	public record Line(int lineNo, String code, BigDecimal quantity, BigDecimal unitPrice, String batchNo,
			LocalDate expiry, String traceCodes) {
	}

}
