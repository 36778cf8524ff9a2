package org.sanyi.monitoring.facts;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.sanyi.monitoring.engine.FactTotals;
import org.sanyi.registry.Institution;
import org.sanyi.registry.Registry;
import org.sanyi.shared.facts.DataElement;

/**
 * {@link FactTotals} over the fact store: the institutions of a region come from the
 * registry (every institution registered in the region or below it), the sums from one
 * SQL statement over the months of the span.
 */
@org.springframework.stereotype.Component
class SqlFactTotals implements FactTotals {

	private final FactTotalsRepository sums;

	private final Registry registry;

	private final DataElements elements;

	SqlFactTotals(FactTotalsRepository sums, Registry registry, DataElements elements) {
		this.sums = sums;
		this.registry = registry;
		this.elements = elements;
	}

	@Override
	public Map<Component, BigDecimal> totals(Set<Component> components, Selection where, DaySpan days) {
		if (components.isEmpty()) {
			return Map.of();
		}
		List<String> institutions = switch (where) {
			case Selection.Region region -> registry.institutionsUnderRegion(regionCode(region.codePrefix()))
				.stream()
				.map(Institution::code)
				.toList();
			case Selection.Institutions set -> List.copyOf(set.codes());
		};
		List<Component> ordered = List.copyOf(components);
		Map<Component, BigDecimal> totals = new HashMap<>();
		List<BigDecimal> found = institutions.isEmpty() ? List.of() : sums.sums(ordered, institutions, days);
		for (int i = 0; i < ordered.size(); i++) {
			BigDecimal sum = i < found.size() && found.get(i) != null ? found.get(i) : BigDecimal.ZERO;
			totals.put(ordered.get(i), normalized(ordered.get(i), sum));
		}
		return totals;
	}

	/** Yuan with two decimals; counts, days and quantities without trailing zeros. */
	private BigDecimal normalized(Component component, BigDecimal sum) {
		boolean yuan = elements.find(component.element()).map(e -> e.unit() == DataElement.Unit.YUAN).orElse(false);
		if (yuan) {
			return sum.setScale(2, java.math.RoundingMode.UNNECESSARY);
		}
		BigDecimal plain = sum.stripTrailingZeros();
		return plain.scale() < 0 ? plain.setScale(0) : plain;
	}

	/**
	 * A code prefix of 2, 4, 6 or 9 digits as the region code it is the prefix of
	 * ({@code 3599} is {@code 359900}).
	 */
	static String regionCode(String prefix) {
		if (prefix.length() >= 6) {
			return prefix;
		}
		return (prefix + "0000").substring(0, 6);
	}

}
