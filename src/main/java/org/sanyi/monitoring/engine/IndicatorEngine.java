package org.sanyi.monitoring.engine;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Year;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.sanyi.monitoring.engine.Explanation.ComponentTotal;
import org.sanyi.monitoring.engine.Expression.Binary;
import org.sanyi.monitoring.engine.Expression.Conditional;
import org.sanyi.monitoring.engine.Expression.Constant;
import org.sanyi.monitoring.engine.Expression.Element;
import org.sanyi.monitoring.engine.Expression.IndicatorRef;
import org.sanyi.monitoring.engine.Expression.Negation;
import org.sanyi.monitoring.engine.Expression.Shifted;
import org.sanyi.monitoring.engine.FactTotals.Component;
import org.sanyi.monitoring.engine.FactTotals.Selection;

/**
 * Computes indicators over any selection of institutions and any period: first every data
 * element the expressions name is summed over the selection and the period's days
 * ({@link FactTotals}, one call per period and institution group), then numerator and
 * denominator are evaluated from those sums, then divided. A rate over a city is
 * therefore the city's total numerator over its total denominator (a ratio of sums),
 * never an average of the hospitals' rates. Growth compares the same selection over the
 * shifted period ({@code lastyear(…)}, {@code prev(…)}).
 */
public final class IndicatorEngine {

	/**
	 * References nest at most this deep; definitions are checked for cycles before they
	 * are saved.
	 */
	private static final int MAX_DEPTH = 16;

	private final FactTotals facts;

	private final InstitutionGroups groups;

	private final Map<String, IndicatorDefinition> library;

	/**
	 * @param library the definitions {@code I{code}} references resolve to
	 */
	public IndicatorEngine(FactTotals facts, InstitutionGroups groups, Map<String, IndicatorDefinition> library) {
		this.facts = facts;
		this.groups = groups;
		this.library = Map.copyOf(library);
	}

	public IndicatorValue evaluate(IndicatorDefinition indicator, Selection where, Period period) {
		return evaluate(List.of(indicator), where, period).getFirst();
	}

	/**
	 * Several indicators over one selection and period, reading the facts they share
	 * once.
	 */
	public List<IndicatorValue> evaluate(List<IndicatorDefinition> indicators, Selection where, Period period) {
		Needs needs = new Needs();
		for (IndicatorDefinition d : indicators) {
			collect(d, period, needs, 0);
		}
		Sums sums = fetch(needs, where);
		List<IndicatorValue> values = new ArrayList<>();
		for (IndicatorDefinition d : indicators) {
			values.add(compute(d, period, sums, 0, true));
		}
		return values;
	}

	/**
	 * The value with the totals behind it, and the indicator over each of {@code parts}
	 * (key → selection: the institutions or sub-regions of {@code where} the viewer may
	 * see).
	 */
	public Explanation explain(IndicatorDefinition indicator, Selection where, Period period,
			Map<String, Selection> parts) {
		Needs numerator = new Needs();
		collect(indicator.numerator(), period, numerator, 0);
		Needs denominator = new Needs();
		if (indicator.denominator() != null) {
			collect(indicator.denominator(), period, denominator, 0);
		}
		Needs all = new Needs();
		all.addAll(numerator);
		all.addAll(denominator);
		Sums sums = fetch(all, where);
		IndicatorValue value = compute(indicator, period, sums, 0, true);
		List<Explanation.Part> each = new ArrayList<>();
		parts.forEach((key, part) -> each.add(new Explanation.Part(key, evaluate(indicator, part, period))));
		return new Explanation(indicator, value, numerator.totals(sums), denominator.totals(sums), each);
	}

	private IndicatorValue compute(IndicatorDefinition d, Period period, Sums sums, int depth, boolean round) {
		BigDecimal n = value(d.numerator(), period, sums, depth);
		BigDecimal den = d.denominator() == null ? BigDecimal.ONE : value(d.denominator(), period, sums, depth);
		BigDecimal v = null;
		if (n != null && den != null && den.signum() != 0) {
			v = n.multiply(d.factor().multiplier()).divide(den, Arithmetic.PRECISION);
			if (d.annualised()) {
				v = v.multiply(BigDecimal.valueOf(Year.of(period.first().getYear()).length()))
					.divide(BigDecimal.valueOf(period.days()), Arithmetic.PRECISION);
			}
			if (round) {
				v = v.setScale(d.decimals(), RoundingMode.HALF_UP);
			}
		}
		return new IndicatorValue(d.code(), period, n, d.denominator() == null ? null : den, v);
	}

	private BigDecimal value(Expression e, Period period, Sums sums, int depth) {
		return switch (e) {
			case Constant c -> c.value();
			case Element el -> sums.get(period, el);
			case IndicatorRef r -> compute(referenced(r, depth), period, sums, depth + 1, false).value();
			case Binary b -> Arithmetic.apply(b.operator(), value(b.left(), period, sums, depth),
					value(b.right(), period, sums, depth));
			case Negation n -> {
				BigDecimal v = value(n.operand(), period, sums, depth);
				yield v == null ? null : v.negate();
			}
			case Conditional c -> {
				BigDecimal condition = value(c.condition(), period, sums, depth);
				yield condition == null ? null
						: value(condition.signum() != 0 ? c.then() : c.otherwise(), period, sums, depth);
			}
			case Shifted s -> value(s.operand(), s.shift().apply(period), sums, depth);
		};
	}

	private void collect(IndicatorDefinition d, Period period, Needs needs, int depth) {
		collect(d.numerator(), period, needs, depth);
		if (d.denominator() != null) {
			collect(d.denominator(), period, needs, depth);
		}
	}

	private void collect(Expression e, Period period, Needs needs, int depth) {
		switch (e) {
			case Constant c -> {
			}
			case Element el -> needs.add(period, el);
			case IndicatorRef r -> collect(referenced(r, depth), period, needs, depth + 1);
			case Binary b -> {
				collect(b.left(), period, needs, depth);
				collect(b.right(), period, needs, depth);
			}
			case Negation n -> collect(n.operand(), period, needs, depth);
			case Conditional c -> {
				collect(c.condition(), period, needs, depth);
				collect(c.then(), period, needs, depth);
				collect(c.otherwise(), period, needs, depth);
			}
			case Shifted s -> collect(s.operand(), s.shift().apply(period), needs, depth);
		}
	}

	private IndicatorDefinition referenced(IndicatorRef ref, int depth) {
		if (depth >= MAX_DEPTH) {
			throw new IllegalStateException("indicator references nest deeper than " + MAX_DEPTH + " at " + ref.code());
		}
		IndicatorDefinition d = library.get(ref.code());
		if (d == null) {
			throw new IllegalStateException("no definition of indicator " + ref.code());
		}
		return d;
	}

	/**
	 * One sum per (period, institution group) over the selection: one call of the fact
	 * store each.
	 */
	private Sums fetch(Needs needs, Selection where) {
		Sums sums = new Sums();
		needs.byKey.forEach((key, components) -> {
			Selection selection = key.group() == null ? where : groups.narrow(where, key.group());
			Map<Component, BigDecimal> totals = selection instanceof Selection.Institutions(Set<String> codes)
					&& codes.isEmpty() ? Map.of() : facts.totals(components, selection, key.period().span());
			sums.byKey.put(key, totals);
		});
		return sums;
	}

	private record Key(Period period, String group) {
	}

	/**
	 * The components to sum, by period and group, in the order the expressions name them.
	 */
	private static final class Needs {

		final Map<Key, Set<Component>> byKey = new LinkedHashMap<>();

		final Map<Key, Map<Component, Element>> named = new LinkedHashMap<>();

		void add(Period period, Element el) {
			Key key = new Key(period, el.group());
			byKey.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(el.component());
			named.computeIfAbsent(key, k -> new LinkedHashMap<>()).putIfAbsent(el.component(), el);
		}

		void addAll(Needs other) {
			other.named.forEach((key, elements) -> elements.values().forEach(el -> add(key.period(), el)));
		}

		List<ComponentTotal> totals(Sums sums) {
			List<ComponentTotal> list = new ArrayList<>();
			named.forEach((key, elements) -> elements.values()
				.forEach(el -> list.add(new ComponentTotal(el.code(), el.slice(), el.group(), key.period(),
						sums.get(key.period(), el)))));
			return list;
		}

	}

	private static final class Sums {

		final Map<Key, Map<Component, BigDecimal>> byKey = new LinkedHashMap<>();

		BigDecimal get(Period period, Element el) {
			Map<Component, BigDecimal> totals = byKey.get(new Key(period, el.group()));
			BigDecimal v = totals == null ? null : totals.get(el.component());
			return v == null ? BigDecimal.ZERO : v;
		}

	}

}
