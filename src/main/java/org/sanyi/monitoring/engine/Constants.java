package org.sanyi.monitoring.engine;

import java.math.BigDecimal;

import org.sanyi.monitoring.engine.Expression.Binary;
import org.sanyi.monitoring.engine.Expression.Conditional;
import org.sanyi.monitoring.engine.Expression.Constant;
import org.sanyi.monitoring.engine.Expression.Negation;
import org.sanyi.monitoring.engine.Expression.Shifted;

/**
 * Folds an expression without data elements or indicators to its value, to refuse a
 * division by a constant zero.
 */
final class Constants {

	private Constants() {
	}

	/**
	 * The value of a constant expression, or {@code null} when it names data or divides
	 * by zero itself.
	 */
	static BigDecimal valueOf(Expression e) {
		return switch (e) {
			case Constant c -> c.value();
			case Negation n -> {
				BigDecimal v = valueOf(n.operand());
				yield v == null ? null : v.negate();
			}
			case Binary b -> Arithmetic.apply(b.operator(), valueOf(b.left()), valueOf(b.right()));
			case Conditional c -> {
				BigDecimal condition = valueOf(c.condition());
				yield condition == null ? null : valueOf(condition.signum() != 0 ? c.then() : c.otherwise());
			}
			case Shifted s -> valueOf(s.operand());
			case Expression.Element el -> null;
			case Expression.IndicatorRef r -> null;
		};
	}

}
