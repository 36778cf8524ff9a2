package org.sanyi.demo.internal;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Period;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sanyi.demo.internal.CaseTemplate.CaseProcedure;
import org.sanyi.drg.grouper.DrgGrouper;
import org.sanyi.drg.grouper.DrgRecord;
import org.sanyi.drg.grouper.DrgResult;
import org.sanyi.drg.grouper.DrgScheme;
import org.sanyi.drg.grouper.DrgSchemeLoader;
import org.sanyi.insurance.InsuranceAdmin.CatalogueItem;
import org.sanyi.insurance.InsuranceAdmin.Diagnosis;
import org.sanyi.insurance.InsuranceAdmin.NewPerson;
import org.sanyi.insurance.InsuranceAdmin.RecordedVisit;
import org.sanyi.registry.Institution.Kind;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo year at full scale with the default sampling ratios (0.5 % of residents and
 * discharges, 0.02 % of outpatient visits), generated without Spring: the clinical
 * invariants of the issue "one demo population" hold, and the case mix of the big
 * hospitals is stable from month to month.
 */
class DemoActivityTest {

	static final double SAMPLE = 0.005;

	static final String STENT = "C04010501403018200098000014";

	static DemoCity city;

	static InsuredActivity.Year year;

	static DrgScheme scheme;

	static DrgGrouper grouper;

	@BeforeAll
	static void generate() throws IOException {
		city = DemoCity.at(1.0, SAMPLE);
		year = city.year(SAMPLE, 0.0002);
		scheme = DrgSchemeLoader.load(Path.of("src/main/resources/drg/demo-scheme"));
		grouper = new DrgGrouper(scheme);
	}

	@Test
	void theSameSeedGivesTheSameYear() {
		InsuredActivity.Year again = city.year(SAMPLE, 0.0002);
		assertThat(again.visits()).isEqualTo(year.visits());
		assertThat(again.inpatient().keySet()).isEqualTo(year.inpatient().keySet());
	}

	/**
	 * 门诊患者抗菌药物使用率 of the demo year: the outpatient visits (not inpatient) whose lines
	 * include a systemic antibacterial (a 西药 code of class J01) are a realistic share,
	 * under the 20 % target; colds and bronchitis are not all given antibiotics.
	 */
	@Test
	void theOutpatientAntibacterialShareIsUnderTheTarget() {
		List<RecordedVisit> outpatient = year.visits()
			.stream()
			.filter(v -> !v.medType().startsWith("2") && !v.medType().equals("52"))
			.toList();
		long antibacterial = outpatient.stream()
			.filter(v -> v.lines().stream().anyMatch(l -> l.code().startsWith("XJ01")))
			.count();
		double share = 100.0 * antibacterial / outpatient.size();
		System.out.printf("demo outpatient antibacterial use: %d of %d visits, %.2f %%%n", antibacterial,
				outpatient.size(), share);
		assertThat(outpatient).hasSizeGreaterThan(1_000);
		assertThat(share).isBetween(8.0, 20.0);
	}

	@Test
	void aCoronaryStentIsPlacedOnlyWithAPciInACardiologyDepartment() {
		List<InpatientCase> withStent = stays().stream()
			.filter(c -> c.visit().lines().stream().anyMatch(l -> l.code().equals(STENT)))
			.toList();
		assertThat(withStent).hasSizeGreaterThan(40);
		for (InpatientCase c : withStent) {
			Facility at = city.facility(c.visit().institutionCode());
			assertThat(c.procedures().getFirst().code()).as(c.key()).isIn("36.0600", "36.0700");
			assertThat(c.department()).as(c.key()).isEqualTo("A03.04");
			assertThat(at.departments()).as(c.key()).contains("03.04");
			assertThat(at.kind()).isEqualTo(Kind.GENERAL_HOSPITAL);
		}
		assertThat(stays().stream()
			.filter(c -> c.procedures().stream().anyMatch(p -> p.code().startsWith("36.0")))
			.allMatch(withStent::contains)).isTrue();
	}

	@Test
	void maternalAndChildHospitalsTreatOnlyWomenAndChildren() {
		Set<String> mch = city.facilities()
			.stream()
			.filter(f -> f.kind() == Kind.MATERNAL_CHILD)
			.map(Facility::code)
			.collect(Collectors.toSet());
		Map<String, NewPerson> persons = new HashMap<>();
		city.persons().forEach(p -> persons.put(p.psnNo(), p));
		List<RecordedVisit> atMch = year.visits().stream().filter(v -> mch.contains(v.institutionCode())).toList();
		assertThat(atMch).hasSizeGreaterThan(300);
		for (RecordedVisit v : atMch) {
			NewPerson p = persons.get(v.psnNo());
			int age = Period.between(p.birthDate(), v.begin().toLocalDate()).getYears();
			assertThat(p.sex().equals("2") || age < 15)
				.as("%s, %s aged %d at %s", v.psnNo(), p.sex(), age, v.institutionCode())
				.isTrue();
		}
	}

	@Test
	void townshipHealthCentresAdmitSimpleMedicalCasesOnly() {
		for (InpatientCase c : stays()) {
			Facility at = city.facility(c.visit().institutionCode());
			if (at.primaryCare()) {
				assertThat(c.procedures()).as(c.key()).isEmpty();
				assertThat(c.template().frequencyIn(CaseTemplate.Setting.PRIMARY)).isPositive();
			}
		}
	}

	@Test
	void fewerThanThreePercentOfTheSettlementListsAreUngroupable() {
		int lists = 0;
		int ungroupable = 0;
		for (InpatientCase c : stays()) {
			Facility at = city.facility(c.visit().institutionCode());
			if (Facility.paidByDrg(at.kind(), at.level())) {
				lists++;
				DrgResult result = group(c);
				if (result == null || !result.grouped()) {
					ungroupable++;
					assertThat(c.template().adrg()).as(c.key()).isEqualTo("0000");
				}
				else {
					assertThat(result.adrg()).as(c.key()).isEqualTo(c.template().adrg());
				}
			}
		}
		assertThat(lists).isGreaterThan(2000);
		assertThat(100.0 * ungroupable / lists).isLessThan(3.0).isGreaterThan(0.5);
	}

	@Test
	void everyInstitutionDischargesItsStatedSampleOfTheBeds() {
		Map<String, Integer> stays = new HashMap<>();
		stays().forEach(c -> stays.merge(c.visit().institutionCode(), 1, Integer::sum));
		for (Facility f : city.facilities()) {
			double expected = InpatientCases.expectedPerYear(f, SAMPLE);
			int actual = stays.getOrDefault(f.code(), 0);
			assertThat((double) actual).as(f.code()).isBetween(expected * 0.9 - 2, expected * 1.1 + 2);
		}
		// a 1,800-bed 三甲 hospital discharges about 5,100 a month; half a percent of that
		assertThat(stays.get(DemoRegionGenerator.CITY_FIRST_HOSPITAL) / 12.0).isBetween(24.0, 27.0);
	}

	@Test
	void stayCostsFitTheCaseAndTheHospital() {
		assertThat(meanCost("PCI_AMI", 3)).isBetween(30_000.0, 60_000.0);
		assertThat(meanCost("PCI_ANGINA", 3)).isBetween(25_000.0, 50_000.0);
		assertThat(meanCost("DELIVERY", 2)).isBetween(3_000.0, 6_000.0);
		assertThat(meanCost("PNEUMONIA", 3)).isBetween(6_000.0, 12_000.0);
		assertThat(meanCost("PNEUMONIA", 1)).isLessThan(meanCost("PNEUMONIA", 3));
		assertThat(meanCost("CHOLECYSTECTOMY", 3)).isBetween(9_000.0, 18_000.0);
		assertThat(meanCost("HIP_REPLACEMENT", 3)).isBetween(15_000.0, 40_000.0);
	}

	@Test
	void theCaseMixOfTheLargestHospitalsIsStableFromMonthToMonth() {
		Map<String, Double> weights = weights();
		for (String hospital : List.of("H35990000001", "H35990000002")) {
			Map<YearMonth, double[]> months = new TreeMap<>();
			for (InpatientCase c : stays()) {
				String drg = drgOf(c);
				if (c.visit().institutionCode().equals(hospital) && weights.containsKey(drg)) {
					double[] m = months.computeIfAbsent(YearMonth.from(c.discharge()), k -> new double[2]);
					m[0] += weights.get(drg);
					m[1]++;
				}
			}
			double[] cmi = months.values().stream().mapToDouble(m -> m[0] / m[1]).toArray();
			assertThat(cmi).hasSize(12);
			assertThat(coefficientOfVariation(cmi)).as(hospital).isLessThan(0.15);
		}
	}

	/**
	 * 结算率 is the DRG payment over the payment by item of the same cases. With the base
	 * rate at the mean cost of a grouped stay (as the bureau sets it from the budget), a
	 * case's DRG payment is its group's mean cost; the month's rate is what the groups'
	 * means pay for the month's cases over what they cost.
	 */
	@Test
	void theSettleRateOfTheLargestHospitalsIsStableFromMonthToMonth() {
		Map<String, Double> weights = weights();
		double base = meanGroupedCost();
		for (String hospital : List.of("H35990000001", "H35990000002")) {
			Map<YearMonth, double[]> months = new TreeMap<>();
			for (InpatientCase c : stays()) {
				String drg = drgOf(c);
				if (c.visit().institutionCode().equals(hospital) && weights.containsKey(drg)) {
					double[] m = months.computeIfAbsent(YearMonth.from(c.discharge()), k -> new double[2]);
					m[0] += weights.get(drg) * base;
					m[1] += cost(c);
				}
			}
			double[] rate = months.values().stream().mapToDouble(m -> m[0] / m[1]).toArray();
			assertThat(rate).hasSize(12);
			assertThat(coefficientOfVariation(rate)).as(hospital).isLessThan(0.15);
		}
	}

	@Test
	void everyCodeIsInTheTerminologySeedTheSchemeOrTheCatalogue() throws IOException {
		Set<String> icd10 = codes("src/main/resources/seed/terminology/icd10.csv");
		Set<String> icd9 = codes("src/main/resources/seed/terminology/icd9.csv");
		Set<String> departments = codes("src/main/resources/seed/terminology/dept.csv");
		Set<String> catalogue = city.catalogue().stream().map(CatalogueItem::code).collect(Collectors.toSet());
		for (CaseTemplate t : CaseTemplate.load()) {
			List<String> diagnoses = new ArrayList<>(List.of(t.diagnosis().code()));
			t.ccDiagnoses().forEach(d -> diagnoses.add(d.code()));
			t.mccDiagnoses().forEach(d -> diagnoses.add(d.code()));
			assertThat(icd10).as(t.key()).containsAll(diagnoses);
			assertThat(departments).as(t.key()).contains(t.department());
			for (CaseProcedure p : java.util.stream.Stream.of(t.procedure(), t.secondProcedure())
				.filter(java.util.Objects::nonNull)
				.toList()) {
				assertThat(icd9).as(t.key()).contains(p.code());
			}
			if (t.grouped()) {
				// a code the scheme does not know makes the whole list ungroupable
				diagnoses.forEach(d -> assertThat(scheme.isKnownDiagnosis(d)).as(t.key() + " " + d).isTrue());
				if (t.secondProcedure() != null) {
					assertThat(scheme.isKnownProcedure(t.secondProcedure().code())).as(t.key()).isTrue();
				}
			}
			t.fees()
				.forEach(profile -> assertThat(FeeProfiles.load().has(profile)).as(t.key() + " " + profile).isTrue());
		}
		assertThat(catalogue).containsAll(FeeProfiles.load().codes());
	}

	static List<InpatientCase> stays() {
		return List.copyOf(year.inpatient().values());
	}

	/**
	 * The case as the DRG module groups its settlement list; null when a code is unknown
	 * to the scheme (the module stores such a list as 0000, paid by item).
	 */
	static DrgResult group(InpatientCase c) {
		List<String> diagnoses = c.diagnoses().stream().map(Diagnosis::code).toList();
		List<String> procedures = c.procedures().stream().map(CaseProcedure::code).toList();
		if (diagnoses.stream().anyMatch(d -> !scheme.isKnownDiagnosis(d))
				|| procedures.stream().anyMatch(p -> !scheme.isKnownProcedure(p))) {
			return null;
		}
		int age = Period.between(c.patient().birthDate(), c.admission()).getYears();
		int days = (int) (c.discharge().toEpochDay() - c.admission().toEpochDay());
		return grouper.group(new DrgRecord(c.patient().sex(), age,
				(int) (c.admission().toEpochDay() - c.patient().birthDate().toEpochDay()), 0, c.department(), days, "1",
				diagnoses, procedures));
	}

	static String drgOf(InpatientCase c) {
		DrgResult r = group(c);
		return r != null && r.grouped() ? r.drg() : null;
	}

	/**
	 * Relative weights as the bureau computes them: a group's mean cost over the mean of
	 * all grouped stays.
	 */
	static Map<String, Double> weights() {
		Map<String, double[]> sums = new HashMap<>();
		double total = 0;
		int n = 0;
		for (InpatientCase c : stays()) {
			Facility at = city.facility(c.visit().institutionCode());
			String drg = drgOf(c);
			if (drg != null && Facility.paidByDrg(at.kind(), at.level())) {
				double cost = cost(c);
				double[] s = sums.computeIfAbsent(drg, k -> new double[2]);
				s[0] += cost;
				s[1]++;
				total += cost;
				n++;
			}
		}
		double mean = total / n;
		Map<String, Double> weights = new HashMap<>();
		sums.forEach((drg, s) -> weights.put(drg, s[0] / s[1] / mean));
		return weights;
	}

	static double meanGroupedCost() {
		return stays().stream()
			.filter(c -> drgOf(c) != null)
			.filter(c -> Facility.paidByDrg(city.facility(c.visit().institutionCode()).kind(),
					city.facility(c.visit().institutionCode()).level()))
			.mapToDouble(DemoActivityTest::cost)
			.average()
			.orElseThrow();
	}

	static double cost(InpatientCase c) {
		return c.visit()
			.lines()
			.stream()
			.map(l -> l.quantity().multiply(l.unitPrice()))
			.reduce(BigDecimal.ZERO, BigDecimal::add)
			.doubleValue();
	}

	static double meanCost(String template, int level) {
		return stays().stream()
			.filter(c -> c.template().key().equals(template))
			.filter(c -> city.facility(c.visit().institutionCode()).level() == level
					&& !city.facility(c.visit().institutionCode()).primaryCare()
					|| level == 1 && city.facility(c.visit().institutionCode()).primaryCare())
			.mapToDouble(DemoActivityTest::cost)
			.average()
			.orElseThrow();
	}

	static double coefficientOfVariation(double[] values) {
		double mean = java.util.Arrays.stream(values).average().orElseThrow();
		double variance = java.util.Arrays.stream(values).map(v -> (v - mean) * (v - mean)).sum() / (values.length - 1);
		return Math.sqrt(variance) / mean;
	}

	static Set<String> codes(String file) throws IOException {
		Set<String> codes = new HashSet<>();
		for (String line : Files.readAllLines(Path.of(file)).subList(1, Files.readAllLines(Path.of(file)).size())) {
			codes.add(line.substring(0, line.indexOf(',')));
		}
		return codes;
	}

}
