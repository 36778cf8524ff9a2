package org.sanyi.monitoring.quality;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.sanyi.monitoring.engine.Expression;
import org.sanyi.monitoring.engine.ExpressionParser;
import org.sanyi.monitoring.engine.Vocabulary;
import org.sanyi.monitoring.quality.RuleCheck.MissingValues;
import org.sanyi.monitoring.quality.RuleCheck.Operator;
import org.sanyi.monitoring.quality.RuleCheck.Outcome;

import static org.assertj.core.api.Assertions.assertThat;

/** Validation rules, left ⟨op⟩ right, with hand-computed sides. */
class RuleCheckTest {

	static final ExpressionParser PARSER = new ExpressionParser(new Vocabulary(
			Map.of("rpt.revenue.drug", Set.of(), "rpt.revenue.consumable", Set.of(), "rpt.revenue.service", Set.of(),
					"rpt.revenue.medical", Set.of(), "rpt.bed_days.used", Set.of(), "rpt.bed_days.open", Set.of()),
			Set.of(), Set.of()));

	static final Expression PARTS = PARSER
		.parse("#{rpt.revenue.drug} + #{rpt.revenue.consumable} + #{rpt.revenue.service}");

	static final Expression MEDICAL = PARSER.parse("#{rpt.revenue.medical}");

	static Outcome check(Expression left, Operator op, Expression right, MissingValues missing,
			Map<String, String> values) {
		return RuleCheck.check(left, op, right, missing,
				e -> Optional.ofNullable(values.get(e.code())).map(BigDecimal::new));
	}

	@Test
	void partsAboveTheirTotalViolateAndCarryBothSides() {
		// 300 + 120.50 + 600 = 1020.50 > 1000
		Outcome o = check(PARTS, Operator.LESS_OR_EQUAL, MEDICAL, MissingValues.SKIP_IF_ANY_MISSING,
				Map.of("rpt.revenue.drug", "300", "rpt.revenue.consumable", "120.50", "rpt.revenue.service", "600",
						"rpt.revenue.medical", "1000"));

		assertThat(o.skipped()).isFalse();
		assertThat(o.violated()).isTrue();
		assertThat(o.left()).isEqualByComparingTo("1020.50");
		assertThat(o.right()).isEqualByComparingTo("1000");
	}

	@Test
	void partsWithinTheirTotalPass() {
		Outcome o = check(PARTS, Operator.LESS_OR_EQUAL, MEDICAL, MissingValues.SKIP_IF_ANY_MISSING,
				Map.of("rpt.revenue.drug", "300", "rpt.revenue.consumable", "100", "rpt.revenue.service", "600",
						"rpt.revenue.medical", "1000"));

		assertThat(o.violated()).isFalse();
		assertThat(o.left()).isEqualByComparingTo("1000");
	}

	@Test
	void theMissingValueStrategyDecidesWhetherAnIncompleteSideIsChecked() {
		// consumables missing: the left side is 300 + 0 + 800 = 1100 when counted as zero
		Map<String, String> values = Map.of("rpt.revenue.drug", "300", "rpt.revenue.service", "800",
				"rpt.revenue.medical", "1000");

		assertThat(check(PARTS, Operator.LESS_OR_EQUAL, MEDICAL, MissingValues.SKIP_IF_ANY_MISSING, values).skipped())
			.isTrue();
		Outcome all = check(PARTS, Operator.LESS_OR_EQUAL, MEDICAL, MissingValues.SKIP_IF_ALL_MISSING, values);
		assertThat(all.skipped()).isFalse();
		assertThat(all.left()).isEqualByComparingTo("1100");
		assertThat(all.violated()).isTrue();
		assertThat(check(PARTS, Operator.LESS_OR_EQUAL, MEDICAL, MissingValues.SKIP_IF_ALL_MISSING,
				Map.of("rpt.revenue.medical", "1000"))
			.skipped()).isTrue();
		Outcome never = check(PARTS, Operator.LESS_OR_EQUAL, MEDICAL, MissingValues.NEVER_SKIP,
				Map.of("rpt.revenue.medical", "1000"));
		assertThat(never.skipped()).isFalse();
		assertThat(never.left()).isEqualByComparingTo("0");
		assertThat(never.violated()).isFalse();
	}

	@Test
	void aToleranceIsWrittenIntoTheRightSide() {
		Expression used = PARSER.parse("#{rpt.bed_days.used}");
		Expression open = PARSER.parse("#{rpt.bed_days.open} * 1.1");

		// 3,000 beds-days open allow 3,300 used
		assertThat(check(used, Operator.LESS_OR_EQUAL, open, MissingValues.SKIP_IF_ANY_MISSING,
				Map.of("rpt.bed_days.used", "3300", "rpt.bed_days.open", "3000"))
			.violated()).isFalse();
		Outcome over = check(used, Operator.LESS_OR_EQUAL, open, MissingValues.SKIP_IF_ANY_MISSING,
				Map.of("rpt.bed_days.used", "3301", "rpt.bed_days.open", "3000"));
		assertThat(over.violated()).isTrue();
		assertThat(over.right()).isEqualByComparingTo("3300.0");
	}

	@Test
	void equalityComparesValuesNotScales() {
		assertThat(check(MEDICAL, Operator.EQUAL, PARSER.parse("#{rpt.revenue.drug} * 2"),
				MissingValues.SKIP_IF_ANY_MISSING, Map.of("rpt.revenue.medical", "200.00", "rpt.revenue.drug", "100"))
			.violated()).isFalse();
	}

}
