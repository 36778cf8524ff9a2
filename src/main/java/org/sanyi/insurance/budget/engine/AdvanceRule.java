package org.sanyi.insurance.budget.engine;

import java.math.BigDecimal;
import java.util.List;

/**
 * How the budget is advanced month by month (月度预拨): in equal parts over the months of the
 * budget period ({@link Kind#EQUAL}: equal twelfths for a whole year), or by a schedule
 * of twelve monthly percentages summing to 100 ({@link Kind#SCHEDULE}, e.g. more in the
 * winter months).
 *
 * @param kind the rule
 * @param percents for {@link Kind#SCHEDULE}: twelve percentages (January first); empty
 * for {@link Kind#EQUAL}
 */
public record AdvanceRule(Kind kind, List<BigDecimal> percents) {

	public AdvanceRule {
		percents = List.copyOf(percents);
	}

	public static AdvanceRule equal() {
		return new AdvanceRule(Kind.EQUAL, List.of());
	}

	public static AdvanceRule schedule(List<BigDecimal> percents) {
		return new AdvanceRule(Kind.SCHEDULE, percents);
	}

	public enum Kind {

		EQUAL, SCHEDULE

	}

}
