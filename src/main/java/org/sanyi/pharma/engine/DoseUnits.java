package org.sanyi.pharma.engine;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;

/** Dose units that convert into each other (g, mg, μg); others only into themselves. */
final class DoseUnits {

	private static final Map<String, Integer> MASS_EXPONENT = Map.of("g", 0, "mg", 3, "μg", 6, "ug", 6, "mcg", 6);

	private DoseUnits() {
	}

	/** The dose in {@code to}, or empty when the units do not convert. */
	static Optional<BigDecimal> convert(BigDecimal dose, String from, String to) {
		if (from.equalsIgnoreCase(to)) {
			return Optional.of(dose);
		}
		Integer f = MASS_EXPONENT.get(from.toLowerCase(java.util.Locale.ROOT));
		Integer t = MASS_EXPONENT.get(to.toLowerCase(java.util.Locale.ROOT));
		if (f == null || t == null) {
			return Optional.empty();
		}
		return Optional.of(dose.movePointRight(t - f));
	}

}
