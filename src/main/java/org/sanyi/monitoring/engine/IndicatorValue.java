package org.sanyi.monitoring.engine;

import java.math.BigDecimal;

/**
 * An indicator computed for one selection and period.
 *
 * @param numerator the numerator expression's value (summed facts), {@code null} when it
 * has none (a division by zero inside it)
 * @param denominator the denominator expression's value; {@code null} for an indicator
 * without one
 * @param value numerator / denominator × factor (annualised, rounded); {@code null} when
 * the denominator is zero
 */
public record IndicatorValue(String code, Period period, BigDecimal numerator, BigDecimal denominator,
		BigDecimal value) {

	public boolean defined() {
		return value != null;
	}

}
