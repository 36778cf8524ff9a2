package org.sanyi.pharma.prescription;

import java.math.BigDecimal;

/** A drug line of a stored prescription. */
public record RxLineRow(int lineNo, String code, String name, BigDecimal singleDose, String doseUnit, String frequency,
		String route, int days, BigDecimal quantity) {
}
