package org.sanyi.demo.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.sanyi.insurance.InsuranceAdmin.Diagnosis;
import org.sanyi.insurance.InsuranceAdmin.NewPerson;
import org.sanyi.insurance.InsuranceAdmin.RecordedLine;
import org.sanyi.insurance.InsuranceAdmin.RecordedVisit;
import org.sanyi.registry.Institution.Kind;

/**
 * Outpatient visits of one person: general visits (med_type 11) at the village clinic,
 * the township or community health centre, the county's hospitals or the city's, some
 * acute ones at a hospital through its emergency department (13), and chronic-disease
 * visits (14) for hypertension and diabetes from 45 on. A maternal-and-child hospital
 * sees children and women (antenatal care, gynaecology), a TCM hospital bills TCM items,
 * a village clinic the basic ones.
 */
final class OutpatientVisits {

	private static final List<Diagnosis> ADULT = List.of(new Diagnosis("J06.900", "急性上呼吸道感染"),
			new Diagnosis("J20.900", "急性支气管炎"), new Diagnosis("K29.700", "胃炎"), new Diagnosis("M54.500", "下背痛"),
			new Diagnosis("I10.x00", "高血压"), new Diagnosis("E11.900", "2型糖尿病"), new Diagnosis("L30.900", "皮炎"));

	private static final List<Diagnosis> CHILD = List.of(new Diagnosis("J06.900", "急性上呼吸道感染"),
			new Diagnosis("J20.900", "急性支气管炎"), new Diagnosis("A09.900", "胃肠炎和结肠炎"), new Diagnosis("L30.900", "皮炎"));

	private static final List<Diagnosis> WOMEN = List.of(new Diagnosis("Z34.900", "正常妊娠监督"),
			new Diagnosis("N76.000", "急性阴道炎"), new Diagnosis("N73.900", "女性盆腔炎性疾病"));

	private static final List<Diagnosis> TCM = List.of(new Diagnosis("M54.500", "下背痛"), new Diagnosis("K29.700", "胃炎"),
			new Diagnosis("J06.900", "急性上呼吸道感染"), new Diagnosis("G47.000", "失眠"), new Diagnosis("M17.900", "膝关节病"));

	private final Dice dice;

	private final Map<String, BigDecimal> prices;

	/**
	 * Village clinics by township, health centres by township, hospitals by county, the
	 * city's hospitals.
	 */
	private final Map<String, List<Facility>> clinics = new HashMap<>();

	private final Map<String, List<Facility>> centres = new HashMap<>();

	private final Map<String, List<Facility>> countyHospitals = new HashMap<>();

	private final List<Facility> cityHospitals = new ArrayList<>();

	OutpatientVisits(Dice dice, Map<String, BigDecimal> prices, List<Facility> facilities) {
		this.dice = dice;
		this.prices = prices;
		for (Facility f : facilities) {
			switch (f.kind()) {
				case VILLAGE_CLINIC ->
					clinics.computeIfAbsent(f.region().substring(0, 9), k -> new ArrayList<>()).add(f);
				case TOWNSHIP_HEALTH_CENTRE, COMMUNITY_HEALTH_CENTRE ->
					centres.computeIfAbsent(f.region().substring(0, 9), k -> new ArrayList<>()).add(f);
				case PHARMACY -> {
				}
				default -> (f.cityLevel() ? cityHospitals
						: countyHospitals.computeIfAbsent(f.county(), k -> new ArrayList<>()))
					.add(f);
			}
		}
	}

	/**
	 * Real outpatient visits per person and year by age (China: about 6.5 on average).
	 */
	static double visitsPerYear(int age) {
		return age < 7 ? 8 : age < 18 ? 3.5 : age < 45 ? 4 : age < 60 ? 6.5 : 11;
	}

	RecordedVisit visit(NewPerson p, LocalDateTime begin) {
		int age = java.time.Period.between(p.birthDate(), begin.toLocalDate()).getYears();
		String insutype = p.enrolments().getFirst().insutype();
		boolean child = age < 15;
		boolean woman = p.sex().equals("2") && age >= 18 && age <= 50;
		Facility at = facility(p, child || woman);
		if (at.kind() == Kind.MATERNAL_CHILD) {
			return child ? general(p, insutype, at, begin, dice.pick(CHILD)) : women(p, insutype, at, begin);
		}
		if (age >= 45 && dice.chance(0.3) && at.kind() != Kind.VILLAGE_CLINIC) {
			return chronic(p, insutype, at, begin);
		}
		if (at.kind() == Kind.TCM_HOSPITAL && !child) {
			return tcm(p, insutype, at, begin);
		}
		return general(p, insutype, at, begin, dice.pick(child ? CHILD : ADULT));
	}

	/**
	 * Where: half of a local person's visits stay in the township (clinic or health
	 * centre), most others go to the county's hospitals, some to the city's; the
	 * neighbouring region's insured come to the city's hospitals. Only children and women
	 * go to a maternal-and-child hospital.
	 */
	private Facility facility(NewPerson p, boolean mchPatient) {
		double roll = dice.uniform(0, 1);
		List<Facility> city = mchPatient ? cityHospitals
				: cityHospitals.stream().filter(f -> f.kind() != Kind.MATERNAL_CHILD).toList();
		if (!p.insuredRegion().equals(InsuredPopulation.CITY) || p.region().length() < 9) {
			return dice.pick(city);
		}
		String township = p.region().substring(0, 9);
		List<Facility> hospitals = countyHospitals.getOrDefault(p.region().substring(0, 6), List.of())
			.stream()
			.filter(f -> mchPatient || f.kind() != Kind.MATERNAL_CHILD)
			.toList();
		if (roll < 0.25 && clinics.containsKey(township)) {
			return dice.pick(clinics.get(township));
		}
		if (roll < 0.52 && centres.containsKey(township)) {
			return dice.pick(centres.get(township));
		}
		if (roll < 0.85 && !hospitals.isEmpty()) {
			return dice.pick(hospitals);
		}
		return dice.pick(city);
	}

	private RecordedVisit general(NewPerson p, String insutype, Facility at, LocalDateTime begin, Diagnosis d) {
		Lines lines = new Lines(prices);
		String consultation = at.kind() == Kind.VILLAGE_CLINIC || at.primaryCare() ? "001109000010000"
				: at.level() >= 3 && dice.chance(0.4) ? "110200002" : "110200001";
		boolean emergency = emergency(p, at, begin, d);
		lines.add(emergency ? "110300001" : consultation, 1);
		if (dice.chance(0.1) && !at.primaryCare() && at.kind() != Kind.VILLAGE_CLINIC) {
			lines.add("110100001", 1);
		}
		switch (d.code().substring(0, 3)) {
			case "J06", "J20" -> {
				int tablets = dice.between(12, 24);
				if (antibacterial(p, begin, d)) {
					lines.drug("XJ01CRA001", tablets, 4);
				}
				lines.drug("XN02BEA001", dice.between(6, 12), 3);
				if (dice.chance(0.5)) {
					lines.drug("ZA04BAA001", 24, 12);
				}
				if (dice.chance(0.3)) {
					lines.add("XR05CBA001", 1, 3);
				}
			}
			case "A09" -> {
				lines.add("XA07BCA001A008010101924", 1, 3);
				lines.add("XA07CAA001A008010101961", 1, 3);
			}
			case "K29" -> lines.drug("XA02BCA001", dice.between(14, 28), 2);
			case "M54" -> {
				lines.drug("XN02BEA001", 12, 3);
				if (dice.chance(0.3) && at.level() >= 2) {
					lines.add("210400001", 1);
				}
			}
			case "I10" -> {
				lines.drug("XC08CAA001", 30, 1);
				lines.drug("XC09CAA001", 28, 1);
			}
			case "E11" -> {
				lines.drug("XA10BAA001", 60, 2);
				lines.add("250401001", 1);
			}
			default -> lines.drug("XA11GAA001", 30, 5);
		}
		if (dice.chance(0.3) && at.kind() != Kind.VILLAGE_CLINIC) {
			lines.add("250101001", 1);
		}
		if (dice.chance(0.1) && at.kind() != Kind.VILLAGE_CLINIC) {
			lines.add("210300001", 1);
		}
		return visit(at, p, insutype, emergency ? "13" : "11", begin, d, lines, 0.9);
	}

	/**
	 * Whether an acute visit at a hospital (a cold, bronchitis or gastroenteritis, which
	 * is what an emergency department sees most after hours) came through the emergency
	 * department (急诊, med_type 13, 急诊诊查费): about one in six of them. Decided by the visit
	 * itself (person and time, its own key), so that the generator's draws stay as they
	 * were.
	 */
	private static boolean emergency(NewPerson p, Facility at, LocalDateTime begin, Diagnosis d) {
		if (at.kind() == Kind.VILLAGE_CLINIC || at.primaryCare() || at.kind() == Kind.TCM_HOSPITAL) {
			return false;
		}
		String chapter = d.code().substring(0, 3);
		if (!chapter.equals("J06") && !chapter.equals("J20") && !chapter.equals("A09")) {
			return false;
		}
		return Math.floorMod(("急诊|" + p.psnNo() + '|' + begin).hashCode(), 100) < 16;
	}

	/**
	 * Whether a cold or bronchitis visit is given amoxicillin–clavulanate: a quarter of
	 * 急性上呼吸道感染 (mostly viral) and two in five 急性支气管炎, as prescribing looks under the
	 * stewardship targets (outpatient antibacterial use ≤ 20 %), not every one. Decided
	 * by the visit itself (person and time), so that the generator's draws, and with them
	 * every other visit of the year, stay as they were.
	 */
	private static boolean antibacterial(NewPerson p, LocalDateTime begin, Diagnosis d) {
		int percent = d.code().startsWith("J20") ? 60 : 40;
		return Math.floorMod((p.psnNo() + '|' + begin).hashCode(), 100) < percent;
	}

	/** Antenatal care or gynaecology at a maternal-and-child hospital. */
	private RecordedVisit women(NewPerson p, String insutype, Facility at, LocalDateTime begin) {
		Diagnosis d = dice.pick(WOMEN);
		Lines lines = new Lines(prices);
		lines.add("110200001", 1);
		if (d.code().equals("Z34.900")) {
			lines.add("002208000010000", 1);
			lines.add("002501010150000", 1);
			lines.add("002501020010000", 1);
			if (dice.chance(0.3)) {
				lines.add("XB03BBA001A001010103108", 1);
			}
		}
		else {
			lines.add("XJ01XDA001A001010100370", 1);
			lines.add("002501020010000", 1);
			if (dice.chance(0.5)) {
				lines.add("002202010010000", 1);
			}
		}
		return visit(at, p, insutype, "11", begin, d, lines, 0.9);
	}

	/** A TCM hospital's visit: 辨证论治, decoction or acupuncture and massage. */
	private RecordedVisit tcm(NewPerson p, String insutype, Facility at, LocalDateTime begin) {
		Diagnosis d = dice.pick(TCM);
		Lines lines = new Lines(prices);
		lines.add("110200001", 1);
		lines.add("480000001", 1);
		if (d.code().startsWith("M")) {
			lines.add("004100000010000", dice.between(1, 3));
			if (dice.chance(0.6)) {
				lines.add("004200000010000", dice.between(1, 3));
			}
			if (dice.chance(0.4)) {
				lines.add("004300000010000", 1);
			}
		}
		else {
			int doses = dice.between(5, 7);
			lines.add("T00100001", 15 * doses);
			lines.add("T00700001", 12 * doses);
			lines.add("T00800001", 10 * doses);
			lines.add("T00600001", 6 * doses);
			lines.add("T99000001", doses);
			if (dice.chance(0.3)) {
				lines.add("ZA01AAA001A005010103811", 1);
			}
		}
		return visit(at, p, insutype, "11", begin, d, lines, 0.9);
	}

	private RecordedVisit chronic(NewPerson p, String insutype, Facility at, LocalDateTime begin) {
		boolean hypertension = dice.chance(0.6);
		Lines lines = new Lines(prices);
		lines.add(at.primaryCare() ? "001109000010000" : "110200001", 1);
		int days = dice.pick(List.of(30, 60, 90));
		if (hypertension) {
			lines.add("XC08CAA001", days, days);
			lines.add("XC09CAA001", days, days);
			lines.add("XB01ACA001", days, days);
		}
		else {
			lines.add("XA10BAA001", days * 2, days);
			lines.add("XC10AAA001", days, days);
			lines.add("250401001", 1);
		}
		if (at.kind() == Kind.TCM_HOSPITAL) {
			lines.add("ZA12BAA002A070010103848", 1);
		}
		Diagnosis d = hypertension ? new Diagnosis("I10.x00", "高血压") : new Diagnosis("E11.900", "2型糖尿病");
		return new RecordedVisit(at.code(), p.psnNo(), insutype, "14", begin, begin.plusMinutes(40), List.of(d),
				lines.lines, useAccount(insutype, 0.9));
	}

	private RecordedVisit visit(Facility at, NewPerson p, String insutype, String medType, LocalDateTime begin,
			Diagnosis d, Lines lines, double account) {
		return new RecordedVisit(at.code(), p.psnNo(), insutype, medType, begin,
				begin.plusMinutes(dice.between(20, 90)), List.of(d), lines.lines, useAccount(insutype, account));
	}

	private boolean useAccount(String insutype, double probability) {
		return "310".equals(insutype) && dice.chance(probability);
	}

	/** Whether the person is enrolled (status 1) in the year of the date. */
	static boolean enrolled(NewPerson p, LocalDate date) {
		return p.enrolments().stream().anyMatch(e -> e.year() == date.getYear() && e.status().equals("1"));
	}

	/** Fee lines at the catalogue's reference prices. */
	private static final class Lines {

		final List<RecordedLine> lines = new ArrayList<>();

		private final Map<String, BigDecimal> prices;

		Lines(Map<String, BigDecimal> prices) {
			this.prices = prices;
		}

		void add(String code, int quantity) {
			add(code, quantity, null);
		}

		/**
		 * A drug line whose days supplied ({@code prd_days}, as the HIS sends them)
		 * follow from the units taken a day.
		 */
		void drug(String code, int quantity, int perDay) {
			add(code, quantity, (quantity + perDay - 1) / perDay);
		}

		/**
		 * A line supplying {@code days} days ({@code null}: not a drug, no days said).
		 */
		void add(String code, int quantity, Integer days) {
			BigDecimal price = prices.get(code);
			if (price != null) {
				lines.add(new RecordedLine(code, BigDecimal.valueOf(quantity), price, days));
			}
		}

	}

}
