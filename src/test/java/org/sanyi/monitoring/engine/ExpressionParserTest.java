package org.sanyi.monitoring.engine;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.sanyi.monitoring.engine.DefinitionChecker.Draft;
import org.sanyi.monitoring.engine.DefinitionError.Side;
import org.sanyi.monitoring.engine.Expression.Binary;
import org.sanyi.monitoring.engine.Expression.Element;
import org.sanyi.monitoring.engine.Expression.Operator;
import org.sanyi.monitoring.engine.ExpressionError.Kind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The expression language: what it reads, and where it says an expression goes wrong. */
class ExpressionParserTest {

	final ExpressionParser parser = new ExpressionParser(TestVocabulary.VOCABULARY.withIndicators(Set.of("ip_cost")));

	@Test
	void readsElementsWithSlicesConstantsAndTheUsualPrecedence() {
		Expression e = parser.parse("#{ins.fee[fee_category=09, med_type=21]} + 2 × #{ins.fee} ÷ 4");

		assertThat(e).isInstanceOfSatisfying(Binary.class, b -> {
			assertThat(b.operator()).isEqualTo(Operator.ADD);
			assertThat(b.left())
				.isEqualTo(new Element("ins.fee", Map.of("fee_category", "09", "med_type", "21"), null, 0));
			assertThat(b.right()).isInstanceOfSatisfying(Binary.class,
					r -> assertThat(r.operator()).isEqualTo(Operator.DIVIDE));
		});
	}

	@Test
	void readsFunctionsIndicatorReferencesAndTheUnicodeMinus() {
		assertThat(parser.parse("(I{ip_cost} − lastyear(I{ip_cost})) / lastyear(I{ip_cost})")).isNotNull();
		assertThat(parser.parse("offset(#{ins.fee}, -3) + prev(#{ins.fee})")).isNotNull();
		assertThat(parser.parse("if(#{ins.fee} >= 10 and #{ins.fee} != 20 or 1 < 2, 1, 0)")).isNotNull();
		assertThat(parser.parse("#{ins.visit_count[institution=primary]}"))
			.isEqualTo(new Element("ins.visit_count", Map.of(), "primary", 0));
	}

	@Test
	void anUnknownElementIsNamedAtItsPosition() {
		assertThatThrownBy(() -> parser.parse("#{ins.fee} / #{ins.feez}")).isInstanceOfSatisfying(ExpressionError.class,
				ex -> {
					assertThat(ex.kind()).isEqualTo(Kind.UNKNOWN_ELEMENT);
					assertThat(ex.position()).isEqualTo(15);
					assertThat(ex.column()).isEqualTo(16);
					assertThat(ex.detail()).isEqualTo("ins.feez");
				});
	}

	@Test
	void anUnknownDimensionAndAnUnknownGroupAreNamedAtTheirPositions() {
		assertThatThrownBy(() -> parser.parse("#{ins.bed_days[fee_category=09]}"))
			.isInstanceOfSatisfying(ExpressionError.class, ex -> {
				assertThat(ex.kind()).isEqualTo(Kind.UNKNOWN_DIMENSION);
				assertThat(ex.position()).isEqualTo(15);
				assertThat(ex.detail()).isEqualTo("ins.bed_days[fee_category]");
			});
		assertThatThrownBy(() -> parser.parse("#{ins.fee[institution=moon]}"))
			.isInstanceOfSatisfying(ExpressionError.class, ex -> {
				assertThat(ex.kind()).isEqualTo(Kind.UNKNOWN_GROUP);
				assertThat(ex.position()).isEqualTo(22);
			});
	}

	@Test
	void syntaxErrorsNameTheCharacterWhereReadingStopped() {
		assertThat(error("#{ins.fee} + ")).satisfies(ex -> {
			assertThat(ex.kind()).isEqualTo(Kind.SYNTAX);
			assertThat(ex.position()).isEqualTo(13);
		});
		assertThat(error("(#{ins.fee} + 1").position()).isEqualTo(15);
		assertThat(error("#{ins.fee} $ 2").position()).isEqualTo(11);
		assertThat(error("median(#{ins.fee})").detail()).contains("median");
		assertThat(error("offset(#{ins.fee}, 1.5)").position()).isEqualTo(19);
		assertThat(error("").kind()).isEqualTo(Kind.SYNTAX);
		assertThat(error("#{ins.fee[fee_category=09,fee_category=10]}").detail()).contains("twice");
	}

	@Test
	void aDivisionByAConstantZeroIsRefusedAtTheOperator() {
		assertThat(error("#{ins.fee} / (2 - 2)")).satisfies(ex -> {
			assertThat(ex.kind()).isEqualTo(Kind.DIVISION_BY_ZERO);
			assertThat(ex.position()).isEqualTo(11);
		});
		// a division by data that may be zero is allowed: it gives no value for that
		// slice
		assertThat(parser.parse("#{ins.fee} / #{ins.visit_count}")).isNotNull();
	}

	@Test
	void anUnknownIndicatorIsNamed() {
		assertThat(error("I{nope} + 1")).satisfies(ex -> {
			assertThat(ex.kind()).isEqualTo(Kind.UNKNOWN_INDICATOR);
			assertThat(ex.position()).isEqualTo(2);
		});
	}

	@Test
	void aCycleBetweenIndicatorsIsRefusedWithItsPath() {
		Map<String, IndicatorDefinition> library = new HashMap<>();
		DefinitionChecker checker = new DefinitionChecker(TestVocabulary.VOCABULARY);
		library.put("a",
				checker.check(new Draft("a", "#{ins.fee}", "#{ins.visit_count}", Factor.NUMBER, false, 2), library));
		library.put("b", checker.check(new Draft("b", "I{a} * 2", "", Factor.NUMBER, false, 2), library));

		// a new version of a that reads b, which reads a
		assertThatThrownBy(
				() -> checker.check(new Draft("a", "#{ins.fee}", "1 + I{b}", Factor.NUMBER, false, 2), library))
			.isInstanceOfSatisfying(DefinitionError.class, ex -> {
				assertThat(ex.side()).isEqualTo(Side.DENOMINATOR);
				assertThat(ex.error().kind()).isEqualTo(Kind.CYCLE);
				assertThat(ex.error().position()).isEqualTo(4);
				assertThat(ex.error().detail()).isEqualTo("a → b → a");
			});
		assertThatThrownBy(() -> checker.check(new Draft("c", "I{c}", "", Factor.NUMBER, false, 2), library))
			.isInstanceOfSatisfying(DefinitionError.class, ex -> assertThat(ex.error().detail()).isEqualTo("c → c"));
	}

	@Test
	void aConstantZeroDenominatorAndAnErrorInTheNumeratorNameTheirSide() {
		DefinitionChecker checker = new DefinitionChecker(TestVocabulary.VOCABULARY);

		assertThatThrownBy(
				() -> checker.check(new Draft("x", "#{ins.fee}", "0 * 5", Factor.PERCENT, false, 2), Map.of()))
			.isInstanceOfSatisfying(DefinitionError.class, ex -> {
				assertThat(ex.side()).isEqualTo(Side.DENOMINATOR);
				assertThat(ex.error().kind()).isEqualTo(Kind.DIVISION_BY_ZERO);
			});
		assertThatThrownBy(
				() -> checker.check(new Draft("x", "#{ins.nothing}", "1", Factor.PERCENT, false, 2), Map.of()))
			.isInstanceOfSatisfying(DefinitionError.class, ex -> {
				assertThat(ex.side()).isEqualTo(Side.NUMERATOR);
				assertThat(ex.error().position()).isEqualTo(2);
			});
	}

	private ExpressionError error(String text) {
		try {
			parser.parse(text);
		}
		catch (ExpressionError ex) {
			return ex;
		}
		throw new AssertionError("parsed: " + text);
	}

}
