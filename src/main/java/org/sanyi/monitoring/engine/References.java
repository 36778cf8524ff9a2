package org.sanyi.monitoring.engine;

import java.util.ArrayList;
import java.util.List;

import org.sanyi.monitoring.engine.Expression.Binary;
import org.sanyi.monitoring.engine.Expression.Conditional;
import org.sanyi.monitoring.engine.Expression.Element;
import org.sanyi.monitoring.engine.Expression.IndicatorRef;
import org.sanyi.monitoring.engine.Expression.Negation;
import org.sanyi.monitoring.engine.Expression.Shifted;

/** The indicators and data elements an expression names, in the order they appear. */
public final class References {

	private References() {
	}

	static List<IndicatorRef> of(Expression e) {
		List<IndicatorRef> out = new ArrayList<>();
		walk(e, out, null);
		return out;
	}

	/** The data elements an expression names directly (not through other indicators). */
	public static List<Element> elements(Expression e) {
		List<Element> out = new ArrayList<>();
		walk(e, null, out);
		return out;
	}

	private static void walk(Expression e, List<IndicatorRef> refs, List<Element> elements) {
		switch (e) {
			case IndicatorRef r -> {
				if (refs != null) {
					refs.add(r);
				}
			}
			case Element el -> {
				if (elements != null) {
					elements.add(el);
				}
			}
			case Binary b -> {
				walk(b.left(), refs, elements);
				walk(b.right(), refs, elements);
			}
			case Negation n -> walk(n.operand(), refs, elements);
			case Conditional c -> {
				walk(c.condition(), refs, elements);
				walk(c.then(), refs, elements);
				walk(c.otherwise(), refs, elements);
			}
			case Shifted s -> walk(s.operand(), refs, elements);
			case Expression.Constant c -> {
			}
		}
	}

}
