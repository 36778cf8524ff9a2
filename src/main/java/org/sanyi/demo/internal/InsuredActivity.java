package org.sanyi.demo.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.sanyi.insurance.InsuranceAdmin.CatalogueItem;
import org.sanyi.insurance.InsuranceAdmin.Diagnosis;
import org.sanyi.insurance.InsuranceAdmin.NewPerson;
import org.sanyi.insurance.InsuranceAdmin.RecordedLine;
import org.sanyi.insurance.InsuranceAdmin.RecordedVisit;

/**
 * A year of medical activity of the insured sample (1 November 2025 to 31 October 2026, so both the 2025 and 2026
 * policy versions apply): general outpatient visits at village clinics, health centres and hospitals, chronic
 * disease visits (hypertension, diabetes) for the over-45s, and admissions, some surgical (gallstones, hip fracture
 * with an implant above its price cap, myocardial infarction with a stent), with fee lines from the catalogue at its
 * reference prices. {@code settlementsPerPerson} sets the volume (about that many settlements per person and year).
 * A pure function of its inputs.
 */
public final class InsuredActivity {

	public static final LocalDate FIRST_DAY = LocalDate.of(2025, 11, 1);

	public static final LocalDate LAST_DAY = LocalDate.of(2026, 10, 31);

	private static final List<Diagnosis> OUTPATIENT = List.of(new Diagnosis("J06.900", "急性上呼吸道感染"),
			new Diagnosis("J20.900", "急性支气管炎"), new Diagnosis("K29.700", "胃炎"), new Diagnosis("M54.500", "下背痛"),
			new Diagnosis("I10.x00", "高血压"), new Diagnosis("E11.900", "2型糖尿病"), new Diagnosis("L30.900", "皮炎"));

	private static final List<Diagnosis> INPATIENT = List.of(new Diagnosis("J18.900", "肺炎"),
			new Diagnosis("I63.900", "脑梗死"), new Diagnosis("K80.200", "胆囊结石"), new Diagnosis("S72.000", "股骨颈骨折"),
			new Diagnosis("I21.900", "急性心肌梗死"), new Diagnosis("C50.900", "乳腺恶性肿瘤"),
			new Diagnosis("N20.000", "肾结石"));

	private InsuredActivity() {
	}

	/** A treating institution: code, whether a hospital, its level (1-3) and the county it serves ({@code 3599xx}). */
	public record Facility(String code, boolean hospital, int level, String county) {
	}

	public static List<RecordedVisit> generate(long seed, List<NewPerson> persons, List<Facility> facilities,
			List<CatalogueItem> catalogue, double settlementsPerPerson) {
		Dice dice = new Dice(seed ^ 0xAC7L);
		Map<String, BigDecimal> prices = new HashMap<>();
		catalogue.forEach(item -> prices.put(item.code(), item.referencePrice()));
		Map<String, List<Facility>> primary = new HashMap<>();
		Map<String, List<Facility>> hospitals = new HashMap<>();
		List<Facility> city = new ArrayList<>();
		for (Facility f : facilities) {
			if (f.county().equals("359900")) {
				city.add(f);
			}
			else {
				(f.hospital() ? hospitals : primary).computeIfAbsent(f.county(), k -> new ArrayList<>()).add(f);
			}
		}
		int days = (int) ChronoUnit.DAYS.between(FIRST_DAY, LAST_DAY) + 1;
		List<RecordedVisit> visits = new ArrayList<>();
		for (NewPerson person : persons) {
			int age = Math.max(0, (int) ChronoUnit.YEARS.between(person.birthDate(), LocalDate.of(2026, 5, 1)));
			double expected = settlementsPerPerson * (age >= 60 ? 2.0 : age < 14 ? 0.8 : 0.9);
			int count = (int) expected + (dice.chance(expected - Math.floor(expected)) ? 1 : 0);
			String county = person.region().substring(0, 6);
			boolean local = person.insuredRegion().equals(InsuredPopulation.CITY);
			String insutype = person.enrolments().getFirst().insutype();
			for (int i = 0; i < count; i++) {
				LocalDateTime begin = FIRST_DAY.plusDays(dice.between(0, days - 1)).atTime(dice.between(8, 17),
						dice.between(0, 59));
				double roll = dice.uniform(0, 1);
				boolean inpatient = roll < (age >= 60 ? 0.16 : 0.09);
				boolean chronic = !inpatient && age >= 45 && roll < 0.25;
				Facility at = facility(dice, inpatient, local ? county : null, primary, hospitals, city);
				RecordedVisit visit = inpatient ? admission(dice, person, insutype, at, begin, prices)
						: chronic ? chronicVisit(dice, person, insutype, at, begin, prices)
								: outpatient(dice, person, insutype, at, begin, prices);
				if (!visit.end().toLocalDate().isAfter(LAST_DAY)) {
					visits.add(visit);
				}
			}
		}
		return visits;
	}

	private static Facility facility(Dice dice, boolean inpatient, String county, Map<String, List<Facility>> primary,
			Map<String, List<Facility>> hospitals, List<Facility> city) {
		double roll = dice.uniform(0, 1);
		if (county == null) {
			return dice.pick(city);
		}
		List<Facility> near = primary.getOrDefault(county, List.of());
		List<Facility> countyHospitals = hospitals.getOrDefault(county, List.of());
		if (inpatient) {
			return roll < 0.55 && !countyHospitals.isEmpty() ? dice.pick(countyHospitals) : dice.pick(city);
		}
		if (roll < 0.5 && !near.isEmpty()) {
			return dice.pick(near);
		}
		return roll < 0.85 && !countyHospitals.isEmpty() ? dice.pick(countyHospitals) : dice.pick(city);
	}

	private static RecordedVisit outpatient(Dice dice, NewPerson p, String insutype, Facility at, LocalDateTime begin,
			Map<String, BigDecimal> prices) {
		Diagnosis d = dice.pick(OUTPATIENT);
		Lines lines = new Lines(prices);
		lines.add(at.level() >= 3 && dice.chance(0.4) ? "110200002" : "110200001", 1);
		if (dice.chance(0.1)) {
			lines.add("110100001", 1);
		}
		switch (d.code().substring(0, 3)) {
			case "J06", "J20" -> {
				lines.add("XJ01CRA001", dice.between(12, 24));
				lines.add("XN02BEA001", dice.between(6, 12));
				if (dice.chance(0.5)) {
					lines.add("ZA04BAA001", 24);
				}
				if (dice.chance(0.3)) {
					lines.add("XR05CBA001", 1);
				}
			}
			case "K29" -> lines.add("XA02BCA001", dice.between(14, 28));
			case "M54" -> {
				lines.add("XN02BEA001", 12);
				if (dice.chance(0.3)) {
					lines.add("210400001", 1);
				}
			}
			case "I10" -> {
				lines.add("XC08CAA001", 30);
				lines.add("XC09CAA001", 28);
			}
			case "E11" -> {
				lines.add("XA10BAA001", 60);
				lines.add("250401001", 1);
			}
			default -> lines.add("XA11GAA001", 30);
		}
		if (dice.chance(0.3)) {
			lines.add("250101001", 1);
		}
		if (dice.chance(0.1)) {
			lines.add("210300001", 1);
		}
		return new RecordedVisit(at.code(), p.psnNo(), insutype, "11", begin, begin.plusMinutes(dice.between(20, 90)),
				List.of(d), lines.lines, useAccount(dice, insutype, 0.9));
	}

	private static RecordedVisit chronicVisit(Dice dice, NewPerson p, String insutype, Facility at,
			LocalDateTime begin, Map<String, BigDecimal> prices) {
		boolean hypertension = dice.chance(0.6);
		Lines lines = new Lines(prices);
		lines.add("110200001", 1);
		int days = dice.pick(List.of(30, 60, 90));
		if (hypertension) {
			lines.add("XC08CAA001", days);
			lines.add("XC09CAA001", days);
			lines.add("XB01ACA001", days);
		}
		else {
			lines.add("XA10BAA001", days * 2);
			lines.add("XC10AAA001", days);
			lines.add("250401001", 1);
		}
		Diagnosis d = hypertension ? new Diagnosis("I10.x00", "高血压") : new Diagnosis("E11.900", "2型糖尿病");
		return new RecordedVisit(at.code(), p.psnNo(), insutype, "14", begin, begin.plusMinutes(40), List.of(d),
				lines.lines, useAccount(dice, insutype, 0.9));
	}

	private static RecordedVisit admission(Dice dice, NewPerson p, String insutype, Facility at, LocalDateTime begin,
			Map<String, BigDecimal> prices) {
		Diagnosis d = dice.pick(INPATIENT);
		int stay = d.code().startsWith("I63") ? dice.between(9, 16) : dice.between(3, 10);
		Lines lines = new Lines(prices);
		lines.add(dice.chance(0.1) ? "110900003" : "110900001", stay);
		lines.add(stay > 7 ? "120100002" : "120100001", stay);
		lines.add("310701001", stay);
		lines.add("C01010001", stay);
		lines.add("250101001", 2);
		lines.add("250301001", 1);
		lines.add("250302001", 1);
		lines.add(dice.chance(0.5) ? "210200001" : "230500001", 1);
		lines.add("XJ01DDA001", stay * 2);
		switch (d.code().substring(0, 3)) {
			case "K80" -> {
				lines.add("330600001", 1);
				lines.add("330100001", 1);
				lines.add("C04010001", 1);
			}
			case "S72" -> {
				lines.add("331501001", 1);
				lines.add("330100001", 1);
				lines.add("C02010001", 1);
			}
			case "I21" -> {
				lines.add("330801001", 1);
				lines.add("C03010001", dice.between(1, 2));
				lines.add("XB01ACA001", 30);
			}
			case "C50" -> lines.add("XL01FDA001", 2);
			default -> lines.add("XA02BCA001", stay);
		}
		if (dice.chance(0.2)) {
			lines.add("XV06DXA001", dice.between(1, 4));
		}
		return new RecordedVisit(at.code(), p.psnNo(), insutype, "21", begin,
				begin.plusDays(stay).withHour(dice.between(9, 11)), List.of(d), lines.lines,
				useAccount(dice, insutype, 0.4));
	}

	private static boolean useAccount(Dice dice, String insutype, double probability) {
		return "310".equals(insutype) && dice.chance(probability);
	}

	/** Fee lines at the catalogue's reference prices. */
	private static final class Lines {

		final List<RecordedLine> lines = new ArrayList<>();

		private final Map<String, BigDecimal> prices;

		Lines(Map<String, BigDecimal> prices) {
			this.prices = prices;
		}

		void add(String code, int quantity) {
			BigDecimal price = prices.get(code);
			if (price != null) {
				lines.add(new RecordedLine(code, BigDecimal.valueOf(quantity), price));
			}
		}

	}

}
