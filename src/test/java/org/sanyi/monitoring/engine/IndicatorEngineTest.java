package org.sanyi.monitoring.engine;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.sanyi.monitoring.engine.DefinitionChecker.Draft;
import org.sanyi.monitoring.engine.FactTotals.Selection;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The engine over facts in a list, every expected figure computed by hand in the comment
 * above it.
 */
class IndicatorEngineTest {

	static final Selection CITY = new Selection.Region("3504");

	static final Selection COUNTY_A = new Selection.Region("350401");

	static final Period NOV = Period.month(YearMonth.of(2026, 11));

	final MapFacts facts = new MapFacts().institution("H1", "350401")
		.institution("H2", "350402")
		.institution("P1", "350401001")
		.institution("X9", "360101");

	final Map<String, IndicatorDefinition> library = new HashMap<>();

	IndicatorDefinition define(String code, String numerator, String denominator, Factor factor) {
		return define(code, numerator, denominator, factor, false);
	}

	IndicatorDefinition define(String code, String numerator, String denominator, Factor factor, boolean annualised) {
		IndicatorDefinition d = new DefinitionChecker(TestVocabulary.VOCABULARY)
			.check(new Draft(code, numerator, denominator, factor, annualised, 2), library);
		library.put(code, d);
		return d;
	}

	IndicatorEngine engine() {
		return new IndicatorEngine(facts, TestVocabulary.groups(facts), library);
	}

	IndicatorDefinition drugRatio() {
		return define("drug_ratio", "#{ins.fee[fee_category=09]} + #{ins.fee[fee_category=10]}", "#{ins.fee}",
				Factor.PERCENT);
	}

	@Test
	void aRateOverTheCityIsTheRatioOfSumsNotTheAverageOfTheHospitalsRates() {
		// H1: drugs 300 of 1,000 (300 + 700 treatment) = 30 %; H2: drugs 10 of 100 (10 +
		// 90) = 10 %. The average of the rates would be 20 %;
		// the city's rate is (300 + 10) / (1,000 + 100) = 310 / 1,100 = 28.1818… % →
		// 28.18.
		facts.fact("ins.fee", "H1", "2026-11-03", "700.00", "fee_category=05")
			.fact("ins.fee", "H1", "2026-11-03", "300.00", "fee_category=09")
			.fact("ins.fee", "H2", "2026-11-20", "90.00", "fee_category=05")
			.fact("ins.fee", "H2", "2026-11-20", "10.00", "fee_category=09");
		IndicatorDefinition drug = drugRatio();

		IndicatorValue h1 = engine().evaluate(drug, new Selection.Institutions(Set.of("H1")), NOV);
		IndicatorValue h2 = engine().evaluate(drug, new Selection.Institutions(Set.of("H2")), NOV);
		IndicatorValue city = engine().evaluate(drug, CITY, NOV);

		assertThat(h1.value()).isEqualByComparingTo("30.00");
		assertThat(h2.value()).isEqualByComparingTo("10.00");
		BigDecimal averageOfRates = h1.value().add(h2.value()).divide(BigDecimal.TWO);
		assertThat(averageOfRates).isEqualByComparingTo("20.00");
		assertThat(city.value()).isEqualByComparingTo("28.18");
		assertThat(city.numerator()).isEqualByComparingTo("310.00");
		assertThat(city.denominator()).isEqualByComparingTo("1100.00");
	}

	@Test
	void factsAreSummedOverTheSelectionsInstitutionsAndThePeriodsDaysOnly() {
		// In: H1 on 1 and 30 November: drugs 200 + 50 of fees 200 + 300 + 50 + 450 =
		// 1,000 (each fact is one fee
		// category: the element's total is the sum of its slices). Out: H1 on 31 October
		// and 1 December, X9 in another
		// province. County A: 250 / 1,000 = 25.00 %.
		facts.fact("ins.fee", "H1", "2026-11-01", "300.00", "fee_category=05")
			.fact("ins.fee", "H1", "2026-11-30", "450.00", "fee_category=05")
			.fact("ins.fee", "H1", "2026-11-01", "200.00", "fee_category=09")
			.fact("ins.fee", "H1", "2026-11-30", "50.00", "fee_category=10")
			.fact("ins.fee", "H1", "2026-10-31", "999.00", "fee_category=09")
			.fact("ins.fee", "H1", "2026-12-01", "999.00", "fee_category=09")
			.fact("ins.fee", "X9", "2026-11-15", "999.00", "fee_category=09");

		IndicatorValue v = engine().evaluate(drugRatio(), COUNTY_A, NOV);

		assertThat(v.numerator()).isEqualByComparingTo("250.00");
		assertThat(v.value()).isEqualByComparingTo("25.00");
	}

	@Test
	void aQuarterSumsItsThreeMonthsBeforeDividing() {
		// Oct: 20 bed days / 2 discharges; Nov: 30 / 5; Dec: 10 / 1. Monthly averages 10,
		// 6, 10 (mean 8.67);
		// the quarter: 60 / 8 = 7.50 days.
		facts.fact("ins.bed_days", "H1", "2026-10-10", "20")
			.fact("ins.visit_count", "H1", "2026-10-10", "2", "med_type=21")
			.fact("ins.bed_days", "H1", "2026-11-10", "30")
			.fact("ins.visit_count", "H1", "2026-11-10", "5", "med_type=21")
			.fact("ins.bed_days", "H1", "2026-12-10", "10")
			.fact("ins.visit_count", "H1", "2026-12-10", "1", "med_type=21")
			.fact("ins.visit_count", "H1", "2026-12-10", "40", "med_type=11");
		IndicatorDefinition los = define("avg_los", "#{ins.bed_days}", "#{ins.visit_count[med_type=21]}",
				Factor.NUMBER);

		assertThat(engine().evaluate(los, CITY, Period.quarter(2026, 4)).value()).isEqualByComparingTo("7.50");
		assertThat(engine().evaluate(los, CITY, Period.month(YearMonth.of(2026, 11))).value())
			.isEqualByComparingTo("6.00");
	}

	@Test
	void growthComparesTheSameSelectionWithTheSamePeriodOfTheYearBefore() {
		// 住院次均费用 November 2025: 90,000 / 10 = 9,000; November 2026: 83,700 / 10 = 8,370.
		// 同比 growth = (8,370 − 9,000) / 9,000 × 100 = −7.00 %.
		facts.fact("ins.fee", "H1", "2025-11-05", "90000.00", "med_type=21")
			.fact("ins.visit_count", "H1", "2025-11-05", "10", "med_type=21")
			.fact("ins.fee", "H1", "2026-11-05", "83700.00", "med_type=21")
			.fact("ins.visit_count", "H1", "2026-11-05", "10", "med_type=21")
			.fact("ins.fee", "H2", "2025-11-05", "5000.00", "med_type=21")
			.fact("ins.visit_count", "H2", "2025-11-05", "1", "med_type=21");
		define("ip_cost", "#{ins.fee[med_type=21]}", "#{ins.visit_count[med_type=21]}", Factor.NUMBER);
		IndicatorDefinition growth = define("ip_cost_growth", "I{ip_cost} - lastyear(I{ip_cost})",
				"lastyear(I{ip_cost})", Factor.PERCENT);

		IndicatorValue v = engine().evaluate(growth, COUNTY_A, NOV);

		assertThat(v.value()).isEqualByComparingTo("-7.00");
		assertThat(v.numerator()).isEqualByComparingTo("-630");
		assertThat(v.denominator()).isEqualByComparingTo("9000");
	}

	@Test
	void previousPeriodGrowthOfJanuaryComparesWithDecemberOfTheYearBefore() {
		// December 2025: 400 visits; January 2026: 440. 环比 = (440 − 400) / 400 × 100 =
		// 10.00 %.
		facts.fact("ins.visit_count", "H1", "2025-12-31", "400", "med_type=11")
			.fact("ins.visit_count", "H1", "2026-01-01", "440", "med_type=11");
		IndicatorDefinition mom = define("op_growth",
				"#{ins.visit_count[med_type=11]} - prev(#{ins.visit_count[med_type=11]})",
				"prev(#{ins.visit_count[med_type=11]})", Factor.PERCENT);

		assertThat(engine().evaluate(mom, CITY, Period.month(YearMonth.of(2026, 1))).value())
			.isEqualByComparingTo("10.00");
	}

	@Test
	void anAnnualisedIndicatorScalesTheMonthToAYear() {
		// 15 admissions in November 2026 (30 days) per 100,000 people ×10,000: 1.5 in the
		// month;
		// annualised 1.5 × 365 / 30 = 18.25.
		facts.fact("ins.visit_count", "H1", "2026-11-10", "15", "med_type=21");
		IndicatorDefinition rate = define("admissions_per_10k", "#{ins.visit_count[med_type=21]}", "100000",
				Factor.PER_TEN_THOUSAND, true);

		assertThat(engine().evaluate(rate, CITY, NOV).value()).isEqualByComparingTo("18.25");
	}

	@Test
	void perThousandAndPlainTotals() {
		// 3 of 1,200 = 2.50 ‰; the fund's payments without a denominator: 1,234.56 +
		// 100.00.
		facts.fact("ins.visit_count", "H1", "2026-11-10", "3", "in_county=N")
			.fact("ins.visit_count", "H1", "2026-11-10", "1197", "in_county=Y")
			.fact("ins.fund_pay", "H1", "2026-11-10", "1234.56")
			.fact("ins.fund_pay", "H2", "2026-11-11", "100.00");
		IndicatorDefinition out = define("out_of_county", "#{ins.visit_count[in_county=N]}", "#{ins.visit_count}",
				Factor.PER_THOUSAND);
		IndicatorDefinition fund = define("fund_paid", "#{ins.fund_pay}", "", Factor.NUMBER);

		assertThat(engine().evaluate(out, CITY, NOV).value()).isEqualByComparingTo("2.50");
		IndicatorValue paid = engine().evaluate(fund, CITY, NOV);
		assertThat(paid.value()).isEqualByComparingTo("1334.56");
		assertThat(paid.denominator()).isNull();
	}

	@Test
	void aZeroDenominatorGivesNoValueInsteadOfAnError() {
		IndicatorValue v = engine().evaluate(drugRatio(), CITY, NOV);

		assertThat(v.value()).isNull();
		assertThat(v.defined()).isFalse();
		assertThat(v.denominator()).isEqualByComparingTo("0");
	}

	@Test
	void anInstitutionGroupNarrowsOneElementToThePrimaryCareInstitutionsOfTheSelection() {
		// County A: P1 (primary) 700 visits, H1 (hospital) 300: 基层诊疗量占比 = 700 / 1,000 =
		// 70.0 %.
		// City: H2 adds 1,000 hospital visits: 700 / 2,000 = 35.0 %.
		facts.fact("ins.visit_count", "P1", "2026-11-02", "700", "med_type=11")
			.fact("ins.visit_count", "H1", "2026-11-02", "300", "med_type=11")
			.fact("ins.visit_count", "H2", "2026-11-02", "1000", "med_type=11");
		IndicatorDefinition primary = define("primary_share", "#{ins.visit_count[institution=primary]}",
				"#{ins.visit_count}", Factor.PERCENT);

		assertThat(engine().evaluate(primary, COUNTY_A, NOV).value()).isEqualByComparingTo("70.00");
		assertThat(engine().evaluate(primary, CITY, NOV).value()).isEqualByComparingTo("35.00");
	}

	@Test
	void aConditionChoosesBetweenTwoExpressions() {
		// 卫生材料 600 > 500: the numerator is 600 × 2 = 1,200; of fees 600 + 1,400 = 2,000 →
		// 60.00 %.
		facts.fact("ins.fee", "H1", "2026-11-02", "1400.00", "fee_category=05")
			.fact("ins.fee", "H1", "2026-11-02", "600.00", "fee_category=08");
		IndicatorDefinition d = define("doubled",
				"if(#{ins.fee[fee_category=08]} > 500, " + "#{ins.fee[fee_category=08]} * 2, 0)", "#{ins.fee}",
				Factor.PERCENT);

		assertThat(engine().evaluate(d, CITY, NOV).value()).isEqualByComparingTo("60.00");
	}

	@Test
	void indicatorsEvaluatedTogetherReadEachPeriodsFactsOnce() {
		facts.fact("ins.fee", "H1", "2026-11-02", "2000.00");
		IndicatorDefinition a = drugRatio();
		IndicatorDefinition b = define("fee_per_visit", "#{ins.fee}", "#{ins.visit_count}", Factor.NUMBER);
		IndicatorDefinition c = define("fee_growth", "#{ins.fee} - lastyear(#{ins.fee})", "lastyear(#{ins.fee})",
				Factor.PERCENT);

		engine().evaluate(List.of(a, b, c), CITY, NOV);

		// November 2026 and November 2025: two calls, whatever the number of indicators.
		assertThat(facts.calls).isEqualTo(2);
	}

	@Test
	void anExplanationListsEachComponentsTotalAndEachInstitutionsOwnValue() {
		facts.fact("ins.fee", "H1", "2026-11-03", "700.00", "fee_category=05")
			.fact("ins.fee", "H1", "2026-11-03", "300.00", "fee_category=09")
			.fact("ins.fee", "H2", "2026-11-20", "90.00", "fee_category=05")
			.fact("ins.fee", "H2", "2026-11-20", "10.00", "fee_category=09");

		Map<String, Selection> parts = new java.util.LinkedHashMap<>();
		parts.put("H1", new Selection.Institutions(Set.of("H1")));
		parts.put("H2", new Selection.Institutions(Set.of("H2")));

		Explanation e = engine().explain(drugRatio(), CITY, NOV, parts);

		assertThat(e.value().value()).isEqualByComparingTo("28.18");
		assertThat(e.numerator()).extracting(Explanation.ComponentTotal::slice, Explanation.ComponentTotal::total)
			.containsExactly(
					org.assertj.core.groups.Tuple.tuple(Map.of("fee_category", "09"), new BigDecimal("310.00")),
					org.assertj.core.groups.Tuple.tuple(Map.of("fee_category", "10"), BigDecimal.ZERO));
		assertThat(e.denominator()).singleElement()
			.satisfies(c -> assertThat(c.total()).isEqualByComparingTo("1100.00"));
		assertThat(e.parts()).extracting(p -> p.value().value())
			.usingElementComparator((a, b) -> ((BigDecimal) a).compareTo((BigDecimal) b))
			.containsExactly(new BigDecimal("30.00"), new BigDecimal("10.00"));
		// the hospitals' numerators add up to the city's: the explanation is complete
		assertThat(e.parts().stream().map(p -> p.value().numerator()).reduce(BigDecimal.ZERO, BigDecimal::add))
			.isEqualByComparingTo(e.value().numerator());
	}

	@Test
	void anExplanationOfGrowthShowsBothPeriodsComponents() {
		facts.fact("ins.fee", "H1", "2025-11-05", "100.00").fact("ins.fee", "H1", "2026-11-05", "150.00");
		IndicatorDefinition growth = define("fee_growth", "#{ins.fee} - lastyear(#{ins.fee})", "lastyear(#{ins.fee})",
				Factor.PERCENT);

		Explanation e = engine().explain(growth, CITY, NOV, Map.of());

		assertThat(e.value().value()).isEqualByComparingTo("50.00");
		assertThat(e.numerator()).extracting(c -> c.period().code(), Explanation.ComponentTotal::total)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("2026-11", new BigDecimal("150.00")),
					org.assertj.core.groups.Tuple.tuple("2025-11", new BigDecimal("100.00")));
		assertThat(LocalDate.of(2025, 11, 1)).isEqualTo(e.denominator().getFirst().period().first());
	}

}
