package org.sanyi.demo.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sanyi.registry.Institution;
import org.sanyi.registry.RegistryAdmin.NewRegion;
import org.sanyi.shared.facts.Fact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The demo city's statistics history at full scale: the volumes of a 2.5-million-person
 * city, the reform's trend (drug share ~35 % falling to ~28 %, medical service income and
 * primary care rising, shorter stays), amounts that add up, and the same facts for the
 * same seed.
 */
class StatisticsHistoryTest {

	static final Set<String> DRUGS = Set.of("09", "10", "11");

	/**
	 * 医疗服务收入 as Sanming counts it: fees other than drugs, consumables, examinations and
	 * laboratory tests.
	 */
	static final Set<String> SERVICES = Set.of("01", "02", "05", "06", "07", "12", "13");

	static StatisticsHistory history;

	static List<Fact> first;

	static List<Fact> last;

	@BeforeAll
	static void generate() {
		DemoRegion region = DemoRegionGenerator.generate(DemoCity.SEED, 1.0);
		List<Institution> institutions = region.institutions()
			.stream()
			.map(i -> new Institution(i.code(), i.name(), i.kind(), i.grade(), i.regionCode(), i.address(), i.beds(),
					i.ownership(), i.status(), ""))
			.toList();
		List<String> counties = region.regions()
			.stream()
			.filter(r -> DemoRegionGenerator.CITY_CODE.equals(r.parentCode()))
			.map(NewRegion::code)
			.toList();
		history = new StatisticsHistory(institutions, counties, DemoCity.SEED, YearMonth.of(2024, 11), 24);
		first = history.month(YearMonth.of(2024, 11));
		last = history.month(YearMonth.of(2026, 10));
	}

	@Test
	void drugShareFallsFromAboutThirtyFiveToAboutTwentyEightPercentAndServiceIncomeRises() {
		assertThat(share(first, DRUGS)).isCloseTo(0.35, within(0.02));
		assertThat(share(last, DRUGS)).isCloseTo(0.28, within(0.02));
		assertThat(share(last, SERVICES) - share(first, SERVICES)).isGreaterThan(0.05);
	}

	@Test
	void aCityOfTwoAndAHalfMillionHasAboutAMillionOutpatientVisitsAndFortyThousandDischargesAMonth() {
		double visits = sum(first,
				f -> f.element().equals("ins.visit.count") && f.dimensions().get("clr_type").equals("11"));
		double discharges = sum(first,
				f -> f.element().equals("ins.visit.count") && f.dimensions().get("clr_type").equals("21"));
		// China: about 6.5 outpatient visits and 0.2 admissions per person and year
		assertThat(visits * 12 / 2_500_000).isBetween(4.5, 8.0);
		assertThat(discharges * 12 / 2_500_000).isBetween(0.12, 0.28);
		double stayFirst = sum(first, f -> f.element().equals("ins.inpatient.days")) / discharges;
		double stayLast = sum(last, f -> f.element().equals("ins.inpatient.days"))
				/ sum(last, f -> f.element().equals("ins.visit.count") && f.dimensions().get("clr_type").equals("21"));
		assertThat(stayLast).isLessThan(stayFirst - 0.4);
	}

	/**
	 * The retail pharmacies report the employees' purchases only (clr_type 41, 310, their
	 * own county): about 3,600 a month at each active one, more in November than in June,
	 * at about 68 元; the account pays almost all the patients' part, the pool a share
	 * that grows; the pharmacies' fees are a few percent of the city's.
	 */
	@Test
	void theRetailPharmaciesReportTheEmployeesPurchases() {
		Predicate<Fact> pharmacy = f -> f.institution().startsWith("P");
		List<Fact> sales = first.stream().filter(pharmacy).toList();
		long pharmacies = sales.stream().map(Fact::institution).distinct().count();

		System.out.printf(
				"statistics history, 2024-11: %d pharmacies, %.0f purchases, %.2f yuan of fees (%.1f %% of the city's), fund %.2f%n",
				pharmacies, sum(sales, f -> f.element().equals("ins.settlement.count")),
				sum(sales, f -> f.element().equals("ins.fee")),
				100 * sum(sales, f -> f.element().equals("ins.fee")) / sum(first, f -> f.element().equals("ins.fee")),
				sum(sales, f -> f.element().equals("ins.fund_paid")));
		assertThat(pharmacies).isBetween(100L, 120L);
		assertThat(sales).allSatisfy(f -> {
			assertThat(f.dimensions()).containsEntry("clr_type", "41")
				.containsEntry("med_type", "41")
				.containsEntry("insutype", "310")
				.containsEntry("in_county", "Y");
			assertThat(f.dimensions().get("person_county")).isEqualTo(f.institution().substring(1, 7));
		});
		double purchases = sum(sales, f -> f.element().equals("ins.settlement.count"));
		double fees = sum(sales, f -> f.element().equals("ins.fee"));
		assertThat(purchases / pharmacies).isBetween(3_600 * 1.15 * 0.9, 3_600 * 1.15 * 1.1);
		assertThat(fees / purchases).isBetween(64.0, 72.0);
		assertThat(sum(sales, f -> f.element().equals("ins.fund_paid")) / fees).isBetween(0.035, 0.045);
		assertThat(sum(last.stream().filter(pharmacy).toList(), f -> f.element().equals("ins.fund_paid"))
				/ sum(last.stream().filter(pharmacy).toList(), f -> f.element().equals("ins.fee")))
			.isBetween(0.11, 0.13);
		assertThat(sum(sales, f -> f.element().equals("ins.account_paid"))
				/ sum(sales, f -> f.element().equals("ins.self_paid")))
			.isCloseTo(0.92, within(0.001));
		assertThat(fees / sum(first, f -> f.element().equals("ins.fee"))).isBetween(0.02, 0.08);
		assertThat(sum(history.month(YearMonth.of(2025, 6)),
				pharmacy.and(f -> f.element().equals("ins.settlement.count"))))
			.isLessThan(purchases * 0.85);
	}

	@Test
	void theCitysFirstHospitalDischargesItsBedsRealTurnover() {
		double discharges = sum(first, f -> f.institution().equals("H35990000001")
				&& f.element().equals("ins.visit.count") && f.dimensions().get("clr_type").equals("21"));
		assertThat(discharges).isBetween(4_000.0, 6_500.0);
	}

	@Test
	void primaryCareTakesAGrowingShareOfVisits() {
		assertThat(primaryShare(last)).isGreaterThan(primaryShare(first) + 0.03);
	}

	@Test
	void fundAndPatientSharesAddUpToTheFeesAndTheSameSeedGivesTheSameFacts() {
		double fees = sum(first, f -> f.element().equals("ins.fee"));
		double fund = sum(first, f -> f.element().equals("ins.fund_paid"));
		double self = sum(first, f -> f.element().equals("ins.self_paid"));
		assertThat(fund + self).isCloseTo(fees, within(0.5));
		assertThat(first).allSatisfy(f -> assertThat(f.value().scale()).isLessThanOrEqualTo(2));
		assertThat(history.month(YearMonth.of(2024, 11))).isEqualTo(first);
	}

	@Test
	void dischargesAreReportedByIcdChapterCirculatoryAndRespiratoryFirstAndOutpatientVisitsAreNot() {
		Predicate<Fact> discharges = f -> f.element().equals("ins.visit.count")
				&& f.dimensions().get("clr_type").equals("21");
		assertThat(first.stream().filter(discharges)).allMatch(f -> f.dimensions().containsKey("icd_chapter"));
		assertThat(first.stream()
			.filter(f -> f.element().equals("ins.visit.count") && f.dimensions().get("clr_type").equals("11")))
			.noneMatch(f -> f.dimensions().containsKey("icd_chapter"));
		double all = sum(first, discharges);
		double circulatory = sum(first, discharges.and(f -> f.dimensions().get("icd_chapter").equals("09")));
		double respiratory = sum(first, discharges.and(f -> f.dimensions().get("icd_chapter").equals("10")));
		double neoplasms = sum(first, discharges.and(f -> f.dimensions().get("icd_chapter").equals("02")));
		assertThat(circulatory / all).isBetween(0.12, 0.22);
		assertThat(respiratory / all).isBetween(0.10, 0.22);
		assertThat(neoplasms / all).isBetween(0.04, 0.12);
		assertThat(first.stream().filter(discharges).map(f -> f.dimensions().get("icd_chapter")).distinct())
			.hasSizeGreaterThan(15);
	}

	@Test
	void aWholeIsApportionedIntoPartsThatAddUpExactly() {
		assertThat(ChapterMix.apportion(10, new double[] { 1, 1, 1 })).containsExactly(4, 3, 3);
		assertThat(ChapterMix.apportion(7, new double[] { 0, 5, 2 })).containsExactly(0, 5, 2);
		assertThat(ChapterMix.apportion(new BigDecimal("100.01"), new double[] { 1, 1 }))
			.containsExactly(new BigDecimal("50.01"), new BigDecimal("50.00"));
		long[] parts = ChapterMix.apportion(12_345, new double[] { 3.3, 1.7, 0.2, 9.1 });
		assertThat(java.util.Arrays.stream(parts).sum()).isEqualTo(12_345);
	}

	private static double primaryShare(List<Fact> facts) {
		Predicate<Fact> visits = f -> f.element().equals("ins.visit.count")
				&& f.dimensions().get("clr_type").equals("11");
		return sum(facts, visits.and(f -> primary(f.institution()))) / sum(facts, visits);
	}

	/**
	 * The generator's primary-care institutions are the township, community and village
	 * ones (code ranges).
	 */
	private static boolean primary(String code) {
		return PRIMARY.contains(code);
	}

	static final Set<String> PRIMARY = new java.util.HashSet<>();

	static {
		DemoRegionGenerator.generate(DemoCity.SEED, 1.0)
			.institutions()
			.stream()
			.filter(i -> i.kind() == Institution.Kind.TOWNSHIP_HEALTH_CENTRE
					|| i.kind() == Institution.Kind.COMMUNITY_HEALTH_CENTRE
					|| i.kind() == Institution.Kind.VILLAGE_CLINIC)
			.forEach(i -> PRIMARY.add(i.code()));
	}

	/** A share of 医疗收入: the fees of the medical institutions (no pharmacy's sales). */
	private static double share(List<Fact> facts, Set<String> categories) {
		Predicate<Fact> income = f -> f.element().equals("ins.fee") && !f.dimensions().get("clr_type").equals("41");
		return sum(facts, income.and(f -> categories.contains(f.dimensions().get("fee_category"))))
				/ sum(facts, income);
	}

	private static double sum(List<Fact> facts, Predicate<Fact> which) {
		return facts.stream()
			.filter(which)
			.map(Fact::value)
			.reduce(BigDecimal.ZERO, BigDecimal::add)
			.setScale(2, RoundingMode.HALF_UP)
			.doubleValue();
	}

}
