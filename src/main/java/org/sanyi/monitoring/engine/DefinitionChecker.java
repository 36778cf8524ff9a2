package org.sanyi.monitoring.engine;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.sanyi.monitoring.engine.DefinitionError.Side;
import org.sanyi.monitoring.engine.Expression.IndicatorRef;
import org.sanyi.monitoring.engine.ExpressionError.Kind;

/**
 * Validates an indicator definition before anything is saved: both expressions parse
 * against the vocabulary, the denominator is not a constant zero, and no chain of
 * {@code I{…}} references leads back to the indicator itself.
 */
public final class DefinitionChecker {

	private final Vocabulary vocabulary;

	public DefinitionChecker(Vocabulary vocabulary) {
		this.vocabulary = vocabulary;
	}

	/** What an officer typed. */
	public record Draft(String code, String numerator, String denominator, Factor factor, boolean annualised,
			int decimals) {
	}

	/**
	 * The definition the draft describes, checked against the other indicators of
	 * {@code library} (its own earlier version there is replaced).
	 * @throws DefinitionError naming the expression and position of the first problem
	 */
	public IndicatorDefinition check(Draft draft, Map<String, IndicatorDefinition> library) {
		Set<String> codes = new HashSet<>(library.keySet());
		codes.add(draft.code());
		ExpressionParser parser = new ExpressionParser(vocabulary.withIndicators(codes));
		Expression numerator = parse(parser, draft.numerator(), Side.NUMERATOR);
		Expression denominator = null;
		if (draft.denominator() != null && !draft.denominator().isBlank()) {
			denominator = parse(parser, draft.denominator(), Side.DENOMINATOR);
			BigDecimal constant = Constants.valueOf(denominator);
			if (constant != null && constant.signum() == 0) {
				throw new DefinitionError(Side.DENOMINATOR,
						new ExpressionError(Kind.DIVISION_BY_ZERO, denominator.position(), "denominator is zero"));
			}
		}
		IndicatorDefinition definition = new IndicatorDefinition(draft.code(), numerator, denominator, draft.factor(),
				draft.annualised(), draft.decimals());
		Map<String, IndicatorDefinition> all = new HashMap<>(library);
		all.put(draft.code(), definition);
		cycleThrough(definition, numerator, Side.NUMERATOR, all);
		if (denominator != null) {
			cycleThrough(definition, denominator, Side.DENOMINATOR, all);
		}
		return definition;
	}

	private static Expression parse(ExpressionParser parser, String text, Side side) {
		try {
			return parser.parse(text);
		}
		catch (ExpressionError ex) {
			throw new DefinitionError(side, ex);
		}
	}

	private static void cycleThrough(IndicatorDefinition start, Expression side, Side which,
			Map<String, IndicatorDefinition> all) {
		for (IndicatorRef ref : References.of(side)) {
			List<String> path = new ArrayList<>();
			path.add(start.code());
			if (leadsBack(ref.code(), start.code(), all, path, new LinkedHashSet<>())) {
				throw new DefinitionError(which,
						new ExpressionError(Kind.CYCLE, ref.position(), String.join(" → ", path)));
			}
		}
	}

	private static boolean leadsBack(String code, String target, Map<String, IndicatorDefinition> all,
			List<String> path, Set<String> seen) {
		path.add(code);
		if (code.equals(target)) {
			return true;
		}
		if (seen.add(code)) {
			IndicatorDefinition d = all.get(code);
			if (d != null) {
				List<IndicatorRef> refs = new ArrayList<>(References.of(d.numerator()));
				if (d.denominator() != null) {
					refs.addAll(References.of(d.denominator()));
				}
				for (IndicatorRef next : refs) {
					if (leadsBack(next.code(), target, all, path, seen)) {
						return true;
					}
				}
			}
		}
		path.removeLast();
		return false;
	}

}
