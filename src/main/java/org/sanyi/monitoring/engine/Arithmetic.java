package org.sanyi.monitoring.engine;

import java.math.BigDecimal;
import java.math.MathContext;

import org.sanyi.monitoring.engine.Expression.Operator;

/**
 * The operators on decimals. {@code null} is "no value" (a division by zero somewhere
 * below) and spreads upwards; a comparison or logic operator gives 1 or 0. Divisions keep
 * 34 significant digits (decimal128); the indicator rounds once at the end.
 */
final class Arithmetic {

	static final MathContext PRECISION = MathContext.DECIMAL128;

	private Arithmetic() {
	}

	static BigDecimal apply(Operator op, BigDecimal left, BigDecimal right) {
		if (left == null || right == null) {
			return null;
		}
		return switch (op) {
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
