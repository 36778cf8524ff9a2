package org.sanyi.monitoring.quality;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Optional;
import java.util.function.Function;

import org.sanyi.monitoring.engine.Expression;
import org.sanyi.monitoring.engine.Expression.Binary;
import org.sanyi.monitoring.engine.Expression.Conditional;
import org.sanyi.monitoring.engine.Expression.Constant;
import org.sanyi.monitoring.engine.Expression.Element;
import org.sanyi.monitoring.engine.Expression.Negation;

/**
 * Evaluates a validation rule, left ⟨op⟩ right, for one institution and month (DHIS2's
 * validation rule): each side is an expression over data elements; a side whose elements
 * have no value is handled by the rule's missing-value strategy (skip the rule when any
 * or when all of them are missing, or count them as zero). Rules are about one
 * institution's month: references to other indicators or periods are refused when the
 * rule is stored ({@link RuleExpressions}). Pure.
 */
public final class RuleCheck {

	private static final MathContext PRECISION = MathContext.DECIMAL128;

	private RuleCheck() {
	}

	/** How a side with missing elements is treated. */
	public enum MissingValues {

		/** The rule is not checked when any element of a side is missing. */
		SKIP_IF_ANY_MISSING,
		/** The rule is not checked when every element of a side is missing. */
		SKIP_IF_ALL_MISSING,
		/** Missing elements count as zero. */
		NEVER_SKIP

	}

	public enum Operator {

		EQUAL("=="), NOT_EQUAL("!="), LESS("<"), LESS_OR_EQUAL("<="), GREATER(">"), GREATER_OR_EQUAL(">=");

		private final String symbol;

		Operator(String symbol) {
			this.symbol = symbol;
		}

		public String symbol() {
			return symbol;
		}

		public static Operator of(String symbol) {
			for (Operator op : values()) {
				if (op.symbol.equals(symbol)) {
					return op;
				}
			}
			throw new IllegalArgumentException("no operator " + symbol);
		}

		boolean holds(int comparison) {
			return switch (this) {
				case EQUAL -> comparison == 0;
				case NOT_EQUAL -> comparison != 0;
				case LESS -> comparison < 0;
				case LESS_OR_EQUAL -> comparison <= 0;
				case GREATER -> comparison > 0;
				case GREATER_OR_EQUAL -> comparison >= 0;
			};
		}

	}

	/**
	 * What the check found: {@code skipped} when missing values (or a division by zero)
	 * left nothing to compare; else whether the rule was violated and both sides' values.
	 */
	public record Outcome(boolean skipped, boolean violated, BigDecimal left, BigDecimal right) {

		static final Outcome SKIPPED = new Outcome(true, false, null, null);

	}

	public static Outcome check(Expression left, Operator op, Expression right, MissingValues missing,
			Function<Element, Optional<BigDecimal>> values) {
		Side l = evaluate(left, missing, values);
		Side r = evaluate(right, missing, values);
		if (l.skipped() || r.skipped() || l.value() == null || r.value() == null) {
			return Outcome.SKIPPED;
		}
		return new Outcome(false, !op.holds(l.value().compareTo(r.value())), l.value(), r.value());
	}

	private record Side(BigDecimal value, boolean skipped) {
	}

	private static Side evaluate(Expression e, MissingValues missing, Function<Element, Optional<BigDecimal>> values) {
		int[] counts = new int[2];
		BigDecimal value = value(e, values, counts);
		int elements = counts[0];
		int absent = counts[1];
		boolean skip = switch (missing) {
			case SKIP_IF_ANY_MISSING -> absent > 0;
			case SKIP_IF_ALL_MISSING -> elements > 0 && absent == elements;
			case NEVER_SKIP -> false;
		};
		return new Side(value, skip);
	}

	/** The value; {@code counts[0]} elements read, {@code counts[1]} of them missing. */
	private static BigDecimal value(Expression e, Function<Element, Optional<BigDecimal>> values, int[] counts) {
		return switch (e) {
			case Constant c -> c.value();
			case Element el -> {
				counts[0]++;
				Optional<BigDecimal> v = values.apply(el);
				if (v.isEmpty()) {
					counts[1]++;
				}
				yield v.orElse(BigDecimal.ZERO);
			}
			case Negation n -> {
				BigDecimal v = value(n.operand(), values, counts);
				yield v == null ? null : v.negate();
			}
			case Binary b -> binary(b, value(b.left(), values, counts), value(b.right(), values, counts));
			case Conditional c -> {
				BigDecimal condition = value(c.condition(), values, counts);
				BigDecimal then = value(c.then(), values, counts);
				BigDecimal otherwise = value(c.otherwise(), values, counts);
				yield condition == null ? null : condition.signum() != 0 ? then : otherwise;
			}
			default -> throw new IllegalArgumentException("not allowed in a validation rule: " + e);
		};
	}

	private static BigDecimal binary(Binary b, BigDecimal left, BigDecimal right) {
		if (left == null || right == null) {
			return null;
		}
		return switch (b.operator()) {
			case ADD -> left.add(right);
			case SUBTRACT -> left.subtract(right);
			case MULTIPLY -> left.multiply(right);
			case DIVIDE -> right.signum() == 0 ? null : left.divide(right, PRECISION);
			case LESS -> truth(left.compareTo(right) < 0);
			case LESS_OR_EQUAL -> truth(left.compareTo(right) <= 0);
			case GREATER -> truth(left.compareTo(right) > 0);
			case GREATER_OR_EQUAL -> truth(left.compareTo(right) >= 0);
			case EQUAL -> truth(left.compareTo(right) == 0);
			case NOT_EQUAL -> truth(left.compareTo(right) != 0);
			case AND -> truth(left.signum() != 0 && right.signum() != 0);
			case OR -> truth(left.signum() != 0 || right.signum() != 0);
		};
	}

	private static BigDecimal truth(boolean b) {
		return b ? BigDecimal.ONE : BigDecimal.ZERO;
	}

}
