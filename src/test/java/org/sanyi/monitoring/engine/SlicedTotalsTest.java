package org.sanyi.monitoring.engine;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.sanyi.monitoring.engine.DefinitionChecker.Draft;
import org.sanyi.monitoring.engine.FactTotals.Selection;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Indicators over one slice of a dimension (the residents of a county, one scheme): both
 * sides narrowed before dividing, computed by hand in the comments.
 */
class SlicedTotalsTest {

	static final Selection H1 = new Selection.Institutions(Set.of("H1"));

	final MapFacts facts = new MapFacts().institution("H1", "350401")
		// residents (390): drugs 300 of 1,000; employees (310): drugs 100 of 1,000
		.fact("ins.fee", "H1", "2026-11-03", "300.00", "fee_category=09", "insutype=390")
		.fact("ins.fee", "H1", "2026-11-03", "700.00", "fee_category=05", "insutype=390")
		.fact("ins.fee", "H1", "2026-11-04", "100.00", "fee_category=09", "insutype=310")
		.fact("ins.fee", "H1", "2026-11-04", "900.00", "fee_category=05", "insutype=310")
		.fact("ins.bed_days", "H1", "2026-11-04", "40", "med_type=21");

	final Map<String, IndicatorDefinition> library = new HashMap<>();

	IndicatorDefinition define(String code, String numerator, String denominator) {
		IndicatorDefinition d = new DefinitionChecker(TestVocabulary.VOCABULARY)
			.check(new Draft(code, numerator, denominator, Factor.PERCENT, false, 2), library);
		library.put(code, d);
		return d;
	}

	IndicatorValue in(String insutype, IndicatorDefinition d) {
		FactTotals totals = insutype == null ? facts : new SlicedTotals(facts, "insutype", insutype);
		return new IndicatorEngine(totals, TestVocabulary.groups(facts), library).evaluate(d, H1,
				IndicatorEngineTest.NOV);
	}

	@Test
	void bothSidesAreNarrowedToTheSliceBeforeDividing() {
		IndicatorDefinition drugs = define("drug_ratio", "#{ins.fee[fee_category=09]}", "#{ins.fee}");

		// all: (300 + 100) / 2,000 = 20 %; residents 300 / 1,000 = 30 %; employees 100 /
		// 1,000 = 10 %
		assertThat(in(null, drugs).value()).isEqualByComparingTo("20.00");
		assertThat(in("390", drugs).value()).isEqualByComparingTo("30.00");
		assertThat(in("390", drugs).denominator()).isEqualByComparingTo("1000.00");
		assertThat(in("310", drugs).value()).isEqualByComparingTo("10.00");
	}

	@Test
	void aComponentNamingAnotherValueOfTheDimensionHasNothingInTheSlice() {
		IndicatorDefinition employees = define("employee_drugs", "#{ins.fee[fee_category=09,insutype=310]}",
				"#{ins.fee}");

		// the residents' slice: 0 of their 1,000
		assertThat(in("390", employees).numerator()).isEqualByComparingTo("0");
		assertThat(in("390", employees).value()).isEqualByComparingTo("0.00");
		assertThat(in("310", employees).value()).isEqualByComparingTo("10.00");
	}

	@Test
	void anIndicatorReadingAnElementWithoutTheDimensionDoesNotApplyNorDoThoseNamingIt() {
		IndicatorDefinition drugs = define("drug_ratio", "#{ins.fee[fee_category=09]}", "#{ins.fee}");
		IndicatorDefinition beds = define("bed_days_per_fee", "#{ins.bed_days}", "#{ins.fee}");
		IndicatorDefinition named = define("named", "I{bed_days_per_fee} * 2", "");
		Map<String, Set<String>> dimensions = TestVocabulary.VOCABULARY.elements();

		assertThat(SlicedTotals.applies(drugs, library, dimensions, "insutype")).isTrue();
		assertThat(SlicedTotals.applies(beds, library, dimensions, "insutype")).isFalse();
		assertThat(SlicedTotals.applies(named, library, dimensions, "insutype")).isFalse();
		assertThat(SlicedTotals.applies(beds, library, dimensions, "med_type")).isTrue();
	}

}
