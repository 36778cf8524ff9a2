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
 * say, near home, colds in the cold months; chronic patients fill their hospitals'
 * external prescriptions.
 */
class RetailPurchasesTest {

	static final double SHARE = 0.0002 / DemoActivityTest.SAMPLE;

	static DemoCity city;

	/** The over-the-counter purchases (no external prescription). */
	static List<RecordedVisit> purchases;

	/** The fills of external prescriptions. */
	static List<RecordedVisit> fills;

	static Map<String, NewPerson> persons = new HashMap<>();

	@BeforeAll
	static void generate() {
		city = DemoCity.at(1.0, DemoActivityTest.SAMPLE);
		List<RecordedVisit> all = RetailPurchases.generate(DemoCity.SEED, city.persons(), city.pharmacies(),
				city.catalogue(), SHARE);
		purchases = all.stream().filter(v -> v.externalRx() == null).toList();
		fills = all.stream().filter(v -> v.externalRx() != null).toList();
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

	/**
	 * Hypertensive and diabetic patients of 45 or more, employees and residents, fill a
	 * month's supply at a pharmacy on their hospital's prescription: each line carries
	 * the days it supplies, the number is the fill's own; a patient of the sample fills
	 * every 27–32 days (the sample thins patients, not fills), and as many patients fill
	 * as the prevalence by age expects (a tenth of the patients, at the share).
	 */
	@Test
	void chronicPatientsFillTheirHospitalsPrescriptionsAtAPharmacy() {
		LocalDate mid = InsuredActivity.FIRST_DAY.plusDays(182);
		Set<String> drugs = Set.of("XC08CAA001", "XC09CAA001", "XB01ACA001", "XA10BAA001", "XC10AAA001");
		assertThat(fills).isNotEmpty().allSatisfy(v -> {
			NewPerson p = persons.get(v.psnNo());
			assertThat(v.medType()).isEqualTo("41");
			assertThat(v.insutype()).isIn("310", "390");
			assertThat(v.useAccount()).isEqualTo(v.insutype().equals("310"));
			assertThat(p.insuredRegion()).isEqualTo(InsuredPopulation.CITY);
			assertThat(OutpatientVisits.enrolled(p, v.begin().toLocalDate())).isTrue();
			assertThat(ChronoUnit.YEARS.between(p.birthDate(), mid)).isGreaterThanOrEqualTo(45);
			assertThat(v.externalRx()).matches("CF\\d{12}");
			assertThat(v.lines()).hasSizeBetween(2, 3).allSatisfy(l -> {
				assertThat(l.code()).isIn(drugs);
				assertThat(l.prdDays()).isEqualTo(RetailPurchases.FILL_DAYS);
			});
		});
		assertThat(fills.stream().map(RecordedVisit::externalRx).distinct().count()).isEqualTo(fills.size());
		assertThat(fills).anySatisfy(v -> assertThat(v.insutype()).isEqualTo("390"));
		Map<String, List<LocalDate>> byPatient = fills.stream()
			.collect(Collectors.groupingBy(RecordedVisit::psnNo,
					Collectors.mapping(v -> v.begin().toLocalDate(), Collectors.toList())));
		byPatient.forEach((psn, days) -> {
			List<LocalDate> sorted = days.stream().sorted().toList();
			for (int i = 1; i < sorted.size(); i++) {
				assertThat(ChronoUnit.DAYS.between(sorted.get(i - 1), sorted.get(i))).as(psn).isBetween(27L, 32L);
			}
		});
		assertThat(byPatient.values().stream().mapToInt(List::size).max().orElse(0)).isGreaterThanOrEqualTo(11);
		double expected = city.persons()
			.stream()
			.filter(p -> p.insuredRegion().equals(InsuredPopulation.CITY))
			.mapToDouble(p -> {
				double[] prevalence = RetailPurchases.prevalence((int) ChronoUnit.YEARS.between(p.birthDate(), mid));
				return (prevalence[0] + prevalence[1]) * RetailPurchases.FILLED_OUTSIDE * SHARE;
			})
			.sum();
		System.out.printf("demo external prescription fills: %d of %d patients (expected %.1f)%n", fills.size(),
				byPatient.size(), expected);
		// a few dozen patients at most: within three standard deviations of a Poisson
		// count
		assertThat((double) byPatient.size()).isCloseTo(expected, within(3 * Math.sqrt(expected)));
	}

	@Test
	void theSameSeedGivesTheSamePurchases() {
		assertThat(RetailPurchases.generate(DemoCity.SEED, city.persons(), city.pharmacies(), city.catalogue(), SHARE))
			.isEqualTo(java.util.stream.Stream.concat(purchases.stream(), fills.stream()).toList());
		assertThat(RetailPurchases.generate(DemoCity.SEED, city.persons(), List.of(), city.catalogue(), SHARE))
			.isEmpty();
	}

	private static double coldShare(List<RecordedVisit> visits) {
		return (double) visits.stream()
			.filter(v -> v.lines().stream().anyMatch(l -> l.code().equals("ZA04BAA001")))
			.count() / visits.size();
	}

}
