package org.sanyi.monitoring.engine;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.sanyi.monitoring.engine.FactTotals.Selection;

/** Facts in a list, summed the way the fact store sums them; counts its calls. */
final class MapFacts implements FactTotals {

	record Row(String element, String institution, LocalDate day, Map<String, String> slice, BigDecimal value) {
	}

	final List<Row> rows = new ArrayList<>();

	/** Institution code → its region code. */
	final Map<String, String> regions = new HashMap<>();

	int calls;

	MapFacts institution(String code, String region) {
		regions.put(code, region);
		return this;
	}

	MapFacts fact(String element, String institution, String day, String value, String... slice) {
		Map<String, String> s = new HashMap<>();
		for (String kv : slice) {
			String[] p = kv.split("=");
			s.put(p[0], p[1]);
		}
		rows.add(new Row(element, institution, LocalDate.parse(day), s, new BigDecimal(value)));
		return this;
	}

	@Override
	public Map<Component, BigDecimal> totals(Set<Component> components, Selection where, DaySpan days) {
		calls++;
		Map<Component, BigDecimal> out = new HashMap<>();
		for (Component c : components) {
			BigDecimal sum = BigDecimal.ZERO;
			for (Row r : rows) {
				if (r.element().equals(c.element()) && selected(r.institution(), where)
						&& !r.day().isBefore(days.first()) && !r.day().isAfter(days.last())
						&& r.slice().entrySet().containsAll(c.slice().entrySet())) {
					sum = sum.add(r.value());
				}
			}
			out.put(c, sum);
		}
		return out;
	}

	private boolean selected(String institution, Selection where) {
		return switch (where) {
			case Selection.Region(String prefix) -> regions.getOrDefault(institution, "").startsWith(prefix);
			case Selection.Institutions(Set<String> codes) -> codes.contains(institution);
		};
	}

}
