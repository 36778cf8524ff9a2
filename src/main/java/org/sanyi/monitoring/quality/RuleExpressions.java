package org.sanyi.monitoring.quality;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.sanyi.monitoring.engine.Expression;
import org.sanyi.monitoring.engine.ExpressionError;
import org.sanyi.monitoring.engine.ExpressionParser;
import org.sanyi.monitoring.engine.Vocabulary;
import org.sanyi.monitoring.indicator.Vocabularies;
import org.sanyi.shared.facts.DataElement;

import org.springframework.stereotype.Component;

/**
 * Reads the two sides of a validation rule with the indicator expression language, over
 * every declared data element plus {@code reg.beds} (the institution's registered beds).
 * A rule is about one institution's month: other indicators ({@code I{…}}), other periods
 * ({@code prev}, {@code lastyear}) and institution groups are refused, at their position.
 */
@Component
public class RuleExpressions {

	/**
	 * The registry's beds of the institution checked: not a fact, read from the registry.
	 */
	public static final String REGISTERED_BEDS = "reg.beds";

	private final Vocabularies vocabularies;

	RuleExpressions(Vocabularies vocabularies) {
		this.vocabularies = vocabularies;
	}

	public Expression parse(String text) {
		List<DataElement> elements = new ArrayList<>(vocabularies.elements());
		elements.add(DataElement.of(REGISTERED_BEDS, "facts.reg.beds", DataElement.Unit.COUNT));
		Expression e = new ExpressionParser(Vocabulary.of(elements, vocabularies.groupNames(), Set.of())).parse(text);
		refuseOutsideTheMonth(e);
		return e;
	}

	private static void refuseOutsideTheMonth(Expression e) {
		switch (e) {
			case Expression.IndicatorRef r ->
				throw new ExpressionError(ExpressionError.Kind.SYNTAX, r.position(), "I{" + r.code() + "}");
			case Expression.Shifted s -> throw new ExpressionError(ExpressionError.Kind.SYNTAX, s.position(), "prev");
			case Expression.Element el when el.group() != null ->
				throw new ExpressionError(ExpressionError.Kind.UNKNOWN_GROUP, el.position(), el.group());
			case Expression.Binary b -> {
				refuseOutsideTheMonth(b.left());
				refuseOutsideTheMonth(b.right());
			}
			case Expression.Negation n -> refuseOutsideTheMonth(n.operand());
			case Expression.Conditional c -> {
				refuseOutsideTheMonth(c.condition());
				refuseOutsideTheMonth(c.then());
				refuseOutsideTheMonth(c.otherwise());
			}
			default -> {
			}
		}
	}

}
