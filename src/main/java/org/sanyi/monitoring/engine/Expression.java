package org.sanyi.monitoring.engine;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Objects;

/**
 * A parsed indicator expression (see {@link ExpressionParser} for the language). Nodes
 * keep the position of their first character so that later checks (indicator cycles) can
 * name it.
 */
public sealed interface Expression {

	int position();

	/** A constant. */
	record Constant(BigDecimal value, int position) implements Expression {
	}

	/**
	 * A data element's total, optionally in one slice of its disaggregation and over one
	 * group of the selected institutions only:
	 * {@code #{ins.visit_count[med_type=11,institution=primary]}}.
	 *
	 * @param group the institution group ({@code primary}, {@code hospital}, ...) or
	 * {@code null} for all
	 */
	record Element(String code, Map<String, String> slice, String group, int position) implements Expression {

		public Element {
			Objects.requireNonNull(code, "code");
			slice = Map.copyOf(slice);
		}

		FactTotals.Component component() {
			return new FactTotals.Component(code, slice);
		}

	}

	/**
	 * Another indicator's value over the same selection and period:
	 * {@code I{outpatient_cost}}.
	 */
	record IndicatorRef(String code, int position) implements Expression {
	}

	/** Arithmetic, comparison (1 or 0) and logic (1 or 0). */
	record Binary(Operator operator, Expression left, Expression right, int position) implements Expression {
	}

	record Negation(Expression operand, int position) implements Expression {
	}

	/**
	 * {@code if(condition, then, otherwise)}: a non-zero condition chooses {@code then}.
	 */
	record Conditional(Expression condition, Expression then, Expression otherwise,
			int position) implements Expression {
	}

	/**
	 * The operand over an earlier (or later) period: {@code prev(x)} is one period of the
	 * query's kind before (环比), {@code lastyear(x)} the same span a year before (同比),
	 * {@code offset(x, n)} n periods of the query's kind away.
	 */
	record Shifted(Shift shift, Expression operand, int position) implements Expression {
	}

	/** How a {@link Shifted} expression moves the period. */
	record Shift(boolean years, int amount) {

		static final Shift NONE = new Shift(false, 0);

		Period apply(Period period) {
			return years ? period.yearsAway(amount) : period.periodsAway(amount);
		}

	}

	enum Operator {

		ADD("+"), SUBTRACT("-"), MULTIPLY("*"), DIVIDE("/"), LESS("<"), LESS_OR_EQUAL("<="), GREATER(">"),
		GREATER_OR_EQUAL(">="), EQUAL("=="), NOT_EQUAL("!="), AND("and"), OR("or");

		private final String symbol;

		Operator(String symbol) {
			this.symbol = symbol;
		}

		public String symbol() {
			return symbol;
		}

	}

}
