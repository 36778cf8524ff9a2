package org.sanyi.shared.facts;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;

/**
 * One component value: how much of a data element an institution produced on a day, in
 * one slice of its disaggregation (e.g. {@code fee_category=西药}, {@code insutype=390},
 * {@code age_band=65+}). Facts are additive: monitoring sums them over institutions, days
 * and slices before it divides, so a rate is always a ratio of sums. A correction is a
 * fact with the opposite sign, never an update.
 *
 * @param element the data element's code, declared by the reporting module
 * ({@link DataElement#code()})
 * @param institution the 12-character institution code the value belongs to
 * @param day the day the value belongs to (the service or settlement day), in the
 * platform's time zone
 * @param dimensions the slice; keys are {@link Dimensions} names, values codes; empty for
 * the total
 * @param value the amount (yuan with two decimals), count or quantity; negative to take a
 * value back
 */
public record Fact(String element, String institution, LocalDate day, Map<String, String> dimensions,
		BigDecimal value) {

	public Fact {
		Objects.requireNonNull(element, "element");
		Objects.requireNonNull(institution, "institution");
		Objects.requireNonNull(day, "day");
		Objects.requireNonNull(value, "value");
		dimensions = dimensions == null ? Map.of() : Map.copyOf(dimensions);
	}

	public static Fact of(String element, String institution, LocalDate day, BigDecimal value) {
		return new Fact(element, institution, day, Map.of(), value);
	}

	/** The same fact with the opposite sign: what a reversal reports. */
	public Fact negated() {
		return new Fact(element, institution, day, dimensions, value.negate());
	}

}
