package org.sanyi.demo.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sanyi.insurance.InsuranceAdmin.CatalogueItem;
import org.sanyi.insurance.InsuranceAdmin.NewPerson;
import org.sanyi.insurance.InsuranceAdmin.RecordedVisit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The demo year's purchases at the designated retail pharmacies, at full scale with the
 * default sampling (0.5 % of residents, purchases thinned like outpatient visits): the
 * city's employees buy over-the-counter drugs with their account, as many as their ages
 * say, near home, colds in the cold months.
 */
class RetailPurchasesTest {

	static final double SHARE = 0.0002 / DemoActivityTest.SAMPLE;

	static DemoCity city;

	static List<RecordedVisit> purchases;

	static Map<String, NewPerson> persons = new HashMap<>();

	@BeforeAll
	static void generate() {
		city = DemoCity.at(1.0, DemoActivityTest.SAMPLE);
		purchases = RetailPurchases.generate(DemoCity.SEED, city.persons(), city.pharmacies(), city.catalogue(), SHARE);
		city.persons().forEach(p -> persons.put(p.psnNo(), p));
	}

	@Test
	void employeesOfTheCityBuyOverTheCounterDrugsWithTheirAccountOnly() {
		Set<String> otc = Set.of("ZA04BAA001", "XN02BEA001", "XA02BCA001", "XA11GAA001");
		Map<String, BigDecimal> prices = new HashMap<>();
		city.catalogue().forEach(i -> prices.put(i.code(), i.referencePrice()));

		assertThat(purchases).isNotEmpty().allSatisfy(v -> {
			NewPerson p = persons.get(v.psnNo());
			assertThat(v.medType()).isEqualTo("41");
			assertThat(v.insutype()).isEqualTo("310");
			assertThat(p.insuredRegion()).isEqualTo(InsuredPopulation.CITY);
			assertThat(OutpatientVisits.enrolled(p, v.begin().toLocalDate())).isTrue();
			assertThat(v.useAccount()).isTrue();
			assertThat(v.diagnoses()).isEmpty();
			assertThat(v.begin().toLocalDate()).isBetween(InsuredActivity.FIRST_DAY, InsuredActivity.LAST_DAY);
			assertThat(v.begin().getHour()).isBetween(8, 20);
			assertThat(v.lines()).isNotEmpty().hasSizeLessThanOrEqualTo(2).allSatisfy(l -> {
				assertThat(l.code()).isIn(otc);
				assertThat(l.unitPrice()).isEqualByComparingTo(prices.get(l.code()));
				assertThat(l.prdDays()).isNull();
			});
		});
	}

	/**
	 * As many as the employees' ages expect (4, 6 or 9 a year times the share), within a
	 * tenth: some 900 purchases at full scale.
	 */
	@Test
	void theCountFollowsTheEmployeesAges() {
		LocalDate mid = InsuredActivity.FIRST_DAY.plusDays(182);
		double expected = city.persons()
			.stream()
			.filter(p -> p.insuredRegion().equals(InsuredPopulation.CITY))
			.filter(p -> p.enrolments().stream().anyMatch(e -> "310".equals(e.insutype())))
			.mapToDouble(p -> RetailPurchases.perYear((int) ChronoUnit.YEARS.between(p.birthDate(), mid)) * SHARE)
			.sum();
		System.out.printf("demo retail pharmacy purchases: %d (expected %.0f)%n", purchases.size(), expected);

		assertThat((double) purchases.size()).isCloseTo(expected, within(expected * 0.1));
		assertThat(purchases.stream().map(RecordedVisit::psnNo).distinct().count()).isGreaterThan(purchases.size() / 2);
	}

	/** At a pharmacy of the buyer's county always, of their township when it has one. */
	@Test
	void employeesBuyNearHome() {
		Map<String, Facility> pharmacies = city.pharmacies().stream().collect(Collectors.toMap(Facility::code, f -> f));
		Set<String> townshipsWithOne = pharmacies.values()
			.stream()
			.map(f -> f.region().substring(0, 9))
			.collect(Collectors.toSet());
		Set<String> countiesWithOne = pharmacies.values().stream().map(Facility::county).collect(Collectors.toSet());

		for (RecordedVisit v : purchases) {
			Facility at = pharmacies.get(v.institutionCode());
			String home = persons.get(v.psnNo()).region();
			assertThat(at).as(v.institutionCode()).isNotNull();
			if (home.length() >= 9 && townshipsWithOne.contains(home.substring(0, 9))) {
				assertThat(at.region()).as(v.psnNo()).startsWith(home.substring(0, 9));
			}
			else if (countiesWithOne.contains(home.substring(0, 6))) {
				assertThat(at.county()).as(v.psnNo()).isEqualTo(home.substring(0, 6));
			}
		}
	}

	/** 连花清瘟 sells in the cold months: half the purchases then, a quarter otherwise. */
	@Test
	void coldsAreBoughtInTheColdMonths() {
		Map<Boolean, List<RecordedVisit>> byWinter = purchases.stream()
			.collect(Collectors.partitioningBy(v -> v.begin().getMonthValue() >= 11 || v.begin().getMonthValue() <= 3));
		double winter = coldShare(byWinter.get(true));
		double summer = coldShare(byWinter.get(false));

		assertThat(winter).isBetween(0.42, 0.58);
		assertThat(summer).isBetween(0.18, 0.32);
	}

	@Test
	void theSameSeedGivesTheSamePurchases() {
		assertThat(RetailPurchases.generate(DemoCity.SEED, city.persons(), city.pharmacies(), city.catalogue(), SHARE))
			.isEqualTo(purchases);
		assertThat(RetailPurchases.generate(DemoCity.SEED, city.persons(), List.of(), city.catalogue(), SHARE))
			.isEmpty();
	}

	private static double coldShare(List<RecordedVisit> visits) {
		return (double) visits.stream()
			.filter(v -> v.lines().stream().anyMatch(l -> l.code().equals("ZA04BAA001")))
			.count() / visits.size();
	}

}
