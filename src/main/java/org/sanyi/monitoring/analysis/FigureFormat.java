package org.sanyi.monitoring.analysis;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

import org.sanyi.monitoring.engine.Expression;
import org.sanyi.monitoring.engine.Factor;
import org.sanyi.shared.facts.DataElement.Unit;

/**
 * How a number is written by its unit, the same on every monitoring page: yuan with two
 * decimals, counts, persons and days as whole numbers, quantities and minutes with up to
 * two decimals; a rate with its definition's decimals and its sign. Rounding is HALF_UP,
 * digits are grouped. Pure: {@link Figures} adds the unit's word from the messages.
 */
public final class FigureFormat {

	private FigureFormat() {
	}

	/** The decimals a total of this unit is written with. */
	public static int decimals(Unit unit) {
		return switch (unit) {
			case YUAN -> 2;
			case COUNT, PERSON, DAY -> 0;
			case QUANTITY, MINUTE -> 2;
		};
	}

	/** A total of the unit, grouped, with the unit's decimals (no unit word). */
	public static String total(BigDecimal value, Unit unit) {
		if (unit == Unit.QUANTITY || unit == Unit.MINUTE) {
			int scale = Math.max(0, Math.min(value.stripTrailingZeros().scale(), decimals(unit)));
			return grouped(value, scale);
		}
		return grouped(value, decimals(unit));
	}

	/**
	 * An indicator value: a rate with the definition's decimals and the factor's sign; a
	 * plain number ({@link Factor#NUMBER}) of a unit with that unit's decimals, except
	 * days (平均住院日 keeps the definition's decimals).
	 */
	public static String value(BigDecimal value, Factor factor, Optional<Unit> unit, int decimals) {
		if (factor != Factor.NUMBER || unit.isEmpty() || unit.get() == Unit.DAY) {
			return grouped(value, decimals) + factor.symbol();
		}
		return total(value, unit.get());
	}

	/**
	 * The unit of what an expression sums: the elements' unit when every element it adds
	 * or subtracts has the same one (constants added are neutral), empty when it mixes
	 * units, multiplies, divides, compares or names another indicator.
	 */
	public static Optional<Unit> unitOf(Expression expression, Function<String, Unit> elementUnit) {
		return Optional.ofNullable(sumUnit(expression, elementUnit)).filter(u -> u != NEUTRAL).map(Sum::unit);
	}

	/**
	 * What an expression's sum is measured in; {@code null} when it has no single unit.
	 */
	private record Sum(Unit unit) {
	}

	private static final Sum NEUTRAL = new Sum(null);

	private static Sum sumUnit(Expression e, Function<String, Unit> elementUnit) {
		return switch (e) {
			case Expression.Constant _ -> NEUTRAL;
			case Expression.Element el -> {
				Unit u = elementUnit.apply(el.code());
				yield u == null ? null : new Sum(u);
			}
			case Expression.Negation n -> sumUnit(n.operand(), elementUnit);
			case Expression.Shifted s -> sumUnit(s.operand(), elementUnit);
			case Expression.Binary b when b.operator() == Expression.Operator.ADD
					|| b.operator() == Expression.Operator.SUBTRACT ->
				combine(sumUnit(b.left(), elementUnit), sumUnit(b.right(), elementUnit));
			default -> null;
		};
	}

	private static Sum combine(Sum left, Sum right) {
		if (left == null || right == null) {
			return null;
		}
		if (left == NEUTRAL) {
			return right;
		}
		if (right == NEUTRAL || left.equals(right)) {
			return left;
		}
		return null;
	}

	/** Grouped digits with exactly {@code decimals} decimals, rounded HALF_UP. */
	public static String grouped(BigDecimal v, int decimals) {
		DecimalFormat f = new DecimalFormat("#,##0" + (decimals > 0 ? "." + "0".repeat(decimals) : ""),
				DecimalFormatSymbols.getInstance(Locale.ROOT));
		f.setRoundingMode(RoundingMode.HALF_UP);
		return f.format(v);
	}

}
