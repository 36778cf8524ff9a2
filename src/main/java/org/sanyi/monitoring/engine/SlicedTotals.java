package org.sanyi.monitoring.engine;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.sanyi.monitoring.engine.Expression.Element;
import org.sanyi.monitoring.engine.Expression.IndicatorRef;

/**
 * The totals of one slice of a dimension, for every component: a page's indicators over,
 * say, the residents of one county ({@code person_county=359921}) wherever the selected
 * institutions treated them. Each component is narrowed to the slice before it is summed,
 * so numerator and denominator are both the slice's and the rate stays a ratio of sums. A
 * component that already names another value of the dimension has nothing in the slice.
 * An indicator reading an element whose facts do not carry the dimension (a DRG month
 * result, a report form cell) has no value in any slice: {@link #applies} says which.
 */
public final class SlicedTotals implements FactTotals {

	/** References nest at most this deep (as in the engine). */
	private static final int MAX_DEPTH = 16;

	private final FactTotals facts;

	private final String dimension;

	private final String value;

	public SlicedTotals(FactTotals facts, String dimension, String value) {
		this.facts = Objects.requireNonNull(facts, "facts");
		this.dimension = Objects.requireNonNull(dimension, "dimension");
		this.value = Objects.requireNonNull(value, "value");
	}

	@Override
	public Map<Component, BigDecimal> totals(Set<Component> components, Selection where, DaySpan days) {
		Map<Component, Component> narrowed = new LinkedHashMap<>();
		for (Component c : components) {
			String fixed = c.slice().get(dimension);
			if (fixed != null && !fixed.equals(value)) {
				continue;
			}
			Map<String, String> slice = new HashMap<>(c.slice());
			slice.put(dimension, value);
			narrowed.put(c, new Component(c.element(), slice));
		}
		if (narrowed.isEmpty()) {
			return Map.of();
		}
		Map<Component, BigDecimal> sums = facts.totals(new LinkedHashSet<>(narrowed.values()), where, days);
		Map<Component, BigDecimal> totals = new HashMap<>();
		narrowed.forEach((asked, inSlice) -> totals.put(asked, sums.getOrDefault(inSlice, BigDecimal.ZERO)));
		return totals;
	}

	/**
	 * Whether every data element the indicator reads, directly or through the indicators
	 * it names, carries {@code dimension} ({@code dimensions}: element code → its
	 * dimensions).
	 */
	public static boolean applies(IndicatorDefinition indicator, Map<String, IndicatorDefinition> library,
			Map<String, Set<String>> dimensions, String dimension) {
		return applies(indicator, library, dimensions, dimension, 0);
	}

	private static boolean applies(IndicatorDefinition indicator, Map<String, IndicatorDefinition> library,
			Map<String, Set<String>> dimensions, String dimension, int depth) {
		if (depth > MAX_DEPTH) {
			return false;
		}
		List<Expression> sides = indicator.denominator() == null ? List.of(indicator.numerator())
				: List.of(indicator.numerator(), indicator.denominator());
		for (Expression side : sides) {
			for (Element element : References.elements(side)) {
				if (!dimensions.getOrDefault(element.code(), Set.of()).contains(dimension)) {
					return false;
				}
			}
			for (IndicatorRef ref : References.of(side)) {
				IndicatorDefinition named = library.get(ref.code());
				if (named == null || !applies(named, library, dimensions, dimension, depth + 1)) {
					return false;
				}
			}
		}
		return true;
	}

}
