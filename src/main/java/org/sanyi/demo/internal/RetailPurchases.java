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
import org.sanyi.insurance.InsuranceAdmin.NewPerson;
import org.sanyi.insurance.InsuranceAdmin.RecordedLine;
import org.sanyi.insurance.InsuranceAdmin.RecordedVisit;

/**
 * Purchases at the designated retail pharmacies (定点零售药店购药, med_type 41) of the insured
 * sample: the city's employees (职工医保, 310) buying over-the-counter drugs with their
 * personal account — a cold, a cough, the stomach, pain, vitamins — at a pharmacy of
 * their township, else of their county. No external prescription: the pool pays nothing,
 * the account what it holds, cash the rest. Residents (390) have no account and pay such
 * a purchase in cash without settling it; the neighbouring region's insured buy at home.
 * <p>
 * And the month's supply of a hypertensive or diabetic patient of 45 or more, employee or
 * resident, filled at a pharmacy on the hospital's external prescription (外配处方): pooled
 * as a primary-care outpatient visit, the account (employees) or cash paying the rest.
 * Drawn with dice of their own (one for each kind), so the rest of the year stays as it
 * was generated.
 */
public final class RetailPurchases {

	/** Over-the-counter baskets: one drug or two, as a counter sells them. */
	enum Basket {

		/** 连花清瘟胶囊 (中成药), often with 对乙酰氨基酚片. */
		COLD,
		/** 对乙酰氨基酚片 alone (headache, toothache, a fever). */
		PAIN,
		/** 奥美拉唑肠溶胶囊, a fortnight's box. */
		STOMACH,
		/** 维生素C片 (乙类 self-paid in full: the account pays it, the pool never). */
		VITAMIN

	}

	private final Dice dice;

	private final Map<String, BigDecimal> prices;

	/** Active pharmacies by township (9 digits) and by county (6 digits). */
	private final Map<String, List<Facility>> byTownship = new HashMap<>();

	private final Map<String, List<Facility>> byCounty = new HashMap<>();

	private final List<Facility> all;

	private RetailPurchases(Dice dice, Map<String, BigDecimal> prices, List<Facility> pharmacies) {
		this.dice = dice;
		this.prices = prices;
		this.all = List.copyOf(pharmacies);
		for (Facility f : pharmacies) {
			byTownship
				.computeIfAbsent(f.region().substring(0, Math.min(9, f.region().length())), k -> new ArrayList<>())
				.add(f);
			byCounty.computeIfAbsent(f.county(), k -> new ArrayList<>()).add(f);
		}
	}

	/** What a chronic patient's external prescription is for. */
	enum Condition {

		/** 苯磺酸氨氯地平片 and 缬沙坦胶囊, with 阿司匹林肠溶片 for most. */
		HYPERTENSION,
		/** 盐酸二甲双胍片 twice a day and 阿托伐他汀钙片. */
		DIABETES

	}

	/**
	 * The share of people of an age with hypertension and with diabetes (45–59: 30 % and
	 * 10 %; 60 and over: 55 % and 20 %, the order of China's surveys), of whom
	 * {@link #FILLED_OUTSIDE} fill their prescriptions at a pharmacy.
	 */
	static double[] prevalence(int age) {
		return age < 45 ? new double[] { 0, 0 } : age < 60 ? new double[] { 0.30, 0.10 } : new double[] { 0.55, 0.20 };
	}

	/**
	 * Of the chronic patients, those whose hospital writes their monthly supply as an
	 * external prescription filled at a pharmacy near home — an estimate of this demo.
	 */
	static final double FILLED_OUTSIDE = 0.10;

	/** A month's supply a fill, every 27 to 32 days: twelve a year. */
	static final int FILL_DAYS = 30;

	/**
	 * Personal-account purchases a year of an employee by age: about 4 under 45, 6 to 59,
	 * 9 from 60 (retirees buy most) — an estimate of this demo, not a published figure.
	 */
	static double perYear(int age) {
		return age < 45 ? 4 : age < 60 ? 6 : 9;
	}

	/**
	 * The year's purchases of the sample, at the outpatient sampling {@code share} (the
	 * same thinning as the outpatient visits).
	 */
	public static List<RecordedVisit> generate(long seed, List<NewPerson> persons, List<Facility> pharmacies,
			List<CatalogueItem> catalogue, double share) {
		if (pharmacies.isEmpty()) {
			return List.of();
		}
		var purchases = new RetailPurchases(new Dice(seed ^ 0x41L), InsuredActivity.prices(catalogue), pharmacies);
		int days = (int) ChronoUnit.DAYS.between(InsuredActivity.FIRST_DAY, InsuredActivity.LAST_DAY) + 1;
		LocalDate midYear = InsuredActivity.FIRST_DAY.plusDays(days / 2);
		List<RecordedVisit> visits = new ArrayList<>();
		for (NewPerson person : persons) {
			if (!InsuredPopulation.CITY.equals(person.insuredRegion()) || person.region().length() < 6
					|| person.enrolments().stream().noneMatch(e -> "310".equals(e.insutype()))) {
				continue;
			}
			int age = Math.max(0, (int) ChronoUnit.YEARS.between(person.birthDate(), midYear));
			double expected = perYear(age) * share;
			int count = (int) expected + (purchases.dice.chance(expected - Math.floor(expected)) ? 1 : 0);
			for (int i = 0; i < count; i++) {
				LocalDateTime at = InsuredActivity.FIRST_DAY.plusDays(purchases.dice.between(0, days - 1))
					.atTime(purchases.dice.between(8, 20), purchases.dice.between(0, 59));
				RecordedVisit sale = purchases.sale(person, at);
				if (employee(person, at.toLocalDate()) && !sale.lines().isEmpty()) {
					visits.add(sale);
				}
			}
		}
		var fills = new RetailPurchases(new Dice(seed ^ 0x4152L), purchases.prices, pharmacies);
		for (NewPerson person : persons) {
			if (!InsuredPopulation.CITY.equals(person.insuredRegion()) || person.region().length() < 6) {
				continue;
			}
			int age = Math.max(0, (int) ChronoUnit.YEARS.between(person.birthDate(), midYear));
			double[] p = prevalence(age);
			// the sample thins the patients, not their fills: a patient of the sample
			// fills
			// every month, so the year's deductible is met as a real patient's is
			int kind = fills.dice.weighted(new int[] { (int) Math.round(p[0] * FILLED_OUTSIDE * share * 1_000_000),
					(int) Math.round(p[1] * FILLED_OUTSIDE * share * 1_000_000),
					(int) Math.round((1 - (p[0] + p[1]) * FILLED_OUTSIDE * share) * 1_000_000) });
			if (kind == 2) {
				continue;
			}
			for (LocalDate day = InsuredActivity.FIRST_DAY.plusDays(fills.dice.between(0, FILL_DAYS - 1)); !day.isAfter(
					InsuredActivity.LAST_DAY); day = day.plusDays(fills.dice.between(FILL_DAYS - 3, FILL_DAYS + 2))) {
				LocalDateTime at = day.atTime(fills.dice.between(8, 20), fills.dice.between(0, 59));
				String insutype = insutype(person, day);
				RecordedVisit fill = fills.fill(person, insutype, at, Condition.values()[kind]);
				if (insutype != null && !fill.lines().isEmpty()) {
					visits.add(fill);
				}
			}
		}
		return visits;
	}

	/**
	 * The scheme the person is enrolled in (status 1) in the year of the date, or null.
	 */
	private static String insutype(NewPerson p, LocalDate date) {
		return p.enrolments()
			.stream()
			.filter(e -> e.year() == date.getYear() && e.status().equals("1"))
			.map(e -> e.insutype())
			.findFirst()
			.orElse(null);
	}

	/** The hospital's prescription numbers (处方号) the fills name, one a fill. */
	private int prescriptions;

	/**
	 * A month's supply on an external prescription: every line carries its number, the
	 * days it supplies said; an employee's account pays what the pool leaves.
	 */
	private RecordedVisit fill(NewPerson p, String insutype, LocalDateTime at, Condition condition) {
		Facility pharmacy = pharmacy(p);
		List<RecordedLine> lines = new ArrayList<>();
		switch (condition) {
			case HYPERTENSION -> {
				supply(lines, "XC08CAA001", 1);
				supply(lines, "XC09CAA001", 1);
				if (dice.chance(0.7)) {
					supply(lines, "XB01ACA001", 1);
				}
			}
			case DIABETES -> {
				supply(lines, "XA10BAA001", 2);
				supply(lines, "XC10AAA001", 1);
			}
		}
		String rxno = String.format("CF%s%06d", at.toLocalDate().toString().substring(2).replace("-", ""),
				++prescriptions);
		return new RecordedVisit(pharmacy.code(), p.psnNo(), insutype, "41", at, at.plusMinutes(dice.between(5, 15)),
				List.of(), lines, "310".equals(insutype), null, rxno);
	}

	private void supply(List<RecordedLine> lines, String code, int daily) {
		add(lines, code, daily * FILL_DAYS, FILL_DAYS);
	}

	/** Enrolled (status 1) as an employee in the year of the date. */
	private static boolean employee(NewPerson p, LocalDate date) {
		return p.enrolments()
			.stream()
			.anyMatch(e -> e.year() == date.getYear() && e.status().equals("1") && "310".equals(e.insutype()));
	}

	private RecordedVisit sale(NewPerson p, LocalDateTime at) {
		Facility pharmacy = pharmacy(p);
		List<RecordedLine> lines = new ArrayList<>();
		switch (basket(at.toLocalDate())) {
			case COLD -> {
				add(lines, "ZA04BAA001", 24, null);
				if (dice.chance(0.5)) {
					add(lines, "XN02BEA001", 20, null);
				}
			}
			case PAIN -> add(lines, "XN02BEA001", 20, null);
			case STOMACH -> add(lines, "XA02BCA001", 14, null);
			case VITAMIN -> add(lines, "XA11GAA001", 100, null);
		}
		return new RecordedVisit(pharmacy.code(), p.psnNo(), "310", "41", at, at.plusMinutes(dice.between(3, 12)),
				List.of(), lines, true);
	}

	/**
	 * Colds in the cold months (November to March) make half the purchases, a quarter in
	 * the others.
	 */
	private Basket basket(LocalDate day) {
		boolean winter = day.getMonthValue() >= 11 || day.getMonthValue() <= 3;
		return Basket.values()[dice.weighted(winter ? new int[] { 50, 20, 18, 12 } : new int[] { 25, 30, 27, 18 })];
	}

	/** A pharmacy of the person's township, else of their county, else any. */
	private Facility pharmacy(NewPerson p) {
		String region = p.region();
		List<Facility> near = region.length() >= 9 ? byTownship.get(region.substring(0, 9)) : null;
		if (near == null) {
			near = byCounty.get(region.substring(0, 6));
		}
		return dice.pick(near == null ? all : near);
	}

	/**
	 * A line of the catalogue's item at its price, for {@code days} (null: not said);
	 * none when the catalogue lacks it.
	 */
	private void add(List<RecordedLine> lines, String code, int quantity, Integer days) {
		BigDecimal price = prices.get(code);
		if (price != null) {
			lines.add(new RecordedLine(code, BigDecimal.valueOf(quantity), price, days));
		}
	}

}
