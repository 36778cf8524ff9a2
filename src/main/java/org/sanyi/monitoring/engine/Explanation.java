package org.sanyi.monitoring.engine;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * Where an indicator's value comes from: the value with its numerator and denominator,
 * the total of every data element each side reads (through referenced indicators too, and
 * over earlier periods for growth), and, when asked, the same indicator for each part of
 * the selection (its institutions, or its sub-regions).
 */
public record Explanation(IndicatorDefinition definition, IndicatorValue value, List<ComponentTotal> numerator,
		List<ComponentTotal> denominator, List<Part> parts) {

	public Explanation {
		numerator = List.copyOf(numerator);
		denominator = List.copyOf(denominator);
		parts = List.copyOf(parts);
	}

	/**
	 * The indicator over one part of the selection, named by the caller's key (an
	 * institution or region code).
	 */
	public record Part(String key, IndicatorValue value) {
	}

	/**
	 * The summed facts of one data element in one slice, over the selection (narrowed to
	 * {@code group} when set) and {@code period}.
	 */
	public record ComponentTotal(String element, Map<String, String> slice, String group, Period period,
			BigDecimal total) {
	}

}
