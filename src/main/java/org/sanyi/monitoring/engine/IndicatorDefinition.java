package org.sanyi.monitoring.engine;

import java.util.Objects;

/**
 * An indicator as the engine computes it: numerator / denominator × factor, both
 * expressions summed over the selection and period before the division (a ratio of sums),
 * optionally annualised (× days of the year / days of the period), rounded HALF_UP to
 * {@code decimals} once at the end.
 *
 * @param denominator {@code null} for none (a plain total, e.g. 医保基金支出)
 */
public record IndicatorDefinition(String code, Expression numerator, Expression denominator, Factor factor,
		boolean annualised, int decimals) {

	public IndicatorDefinition {
		Objects.requireNonNull(code, "code");
		Objects.requireNonNull(numerator, "numerator");
		Objects.requireNonNull(factor, "factor");
		if (decimals < 0 || decimals > 6) {
			throw new IllegalArgumentException("decimals 0 to 6: " + decimals);
		}
	}

}
