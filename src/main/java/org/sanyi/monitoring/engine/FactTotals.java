package org.sanyi.monitoring.engine;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Where the engine reads component totals: the sum of every fact of a data element (in
 * one slice of its disaggregation) over a set of institutions and a span of days. The
 * engine asks once per indicator evaluation for all the components its expressions name,
 * then divides: a rate is always a ratio of sums. Implemented by the facts store; tests
 * use a map.
 */
public interface FactTotals {

	/**
	 * The totals of {@code components} over {@code where} and {@code days}; a component
	 * without facts is {@link BigDecimal#ZERO} (absent from the map is the same).
	 */
	Map<Component, BigDecimal> totals(Set<Component> components, Selection where, DaySpan days);

	/**
	 * A data element, optionally narrowed to a slice: {@code ins.fee[fee_category=09]} is
	 * the element {@code ins.fee} with dimension {@code fee_category} = {@code 09}. An
	 * empty slice is the element's total.
	 */
	record Component(String element, Map<String, String> slice) {

		public Component {
			Objects.requireNonNull(element, "element");
			slice = slice == null ? Map.of() : Map.copyOf(slice);
		}

		public static Component of(String element) {
			return new Component(element, Map.of());
		}

	}

	/**
	 * Which institutions are summed: those of a region (code prefix of 2, 4, 6 or 9
	 * digits) or a given set (an alliance's members as of the period).
	 */
	sealed interface Selection {

		record Region(String codePrefix) implements Selection {

			public Region {
				Objects.requireNonNull(codePrefix, "codePrefix");
			}

		}

		record Institutions(Set<String> codes) implements Selection {

			public Institutions {
				codes = Set.copyOf(codes);
			}

		}

	}

	/** Days from {@code first} to {@code last}, both included. */
	record DaySpan(LocalDate first, LocalDate last) {

		public DaySpan {
			Objects.requireNonNull(first, "first");
			Objects.requireNonNull(last, "last");
			if (last.isBefore(first)) {
				throw new IllegalArgumentException("a span ends before it starts: " + first + ".." + last);
			}
		}

	}

}
