package org.sanyi.pharma.rxreview;

import java.math.BigDecimal;

/** A drug line of a sampled prescription as the reviewer reads it. */
public record ReviewLine(int lineNo, String name, BigDecimal singleDose, String doseUnit, String frequency,
		String route, int days, BigDecimal quantity) {
}
