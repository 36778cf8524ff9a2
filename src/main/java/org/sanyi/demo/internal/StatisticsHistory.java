package org.sanyi.demo.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.sanyi.registry.Institution;
import org.sanyi.registry.Institution.Kind;
import org.sanyi.shared.facts.Dimensions;
import org.sanyi.shared.facts.Fact;

/**
 * Two years of monthly aggregates of a real city's institutions, as its old statistics
 * system would hand them over when the region goes live: for every hospital, health
 * centre and village clinic, each month's outpatient visits and discharges (at full
 * volume, not sampled: a hospital discharges its beds' real yearly turnover, a 1,800-bed
 * 三甲 about 5,100 a month), bed days, medical fees by national charge category, fund and
 * patient shares, by 险种 and the patients' county. The reform shows in the trend: the drug
 * share of fees falls from about 35 % to 28 % over the 24 months, the share of medical
 * service income (床位、诊察、治疗、手术、护理) rises, the primary-care share of visits grows and stays
 * shorten. The designated retail pharmacies report the employees' purchases (定点药店购药,
 * {@code clr_type} 41): some 3,600 a month at an average pharmacy, about 68 元 each, more
 * in the cold months, paid by the personal account but for the pooled share of external
 * prescriptions, which grows from 4 % to 12 % as outpatient pooling reaches the
 * pharmacies. A pure function of the institutions, the months and the seed; each month's
 * aggregates carry the month's first day.
 */
public final class StatisticsHistory {

	/** The facts' source: the statistics system the history comes from. */
	public static final String SOURCE = "statistics-history";

	private final List<Institution> institutions;

	private final List<String> counties;

	private final long seed;

	private final YearMonth first;

	private final int months;

	/**
	 * @param institutions the region's institutions (a suspended pharmacy reports
	 * nothing)
	 * @param counties the region's county codes, where the city's own hospitals' patients
	 * live
	 * @param first the first month
	 * @param months how many months
	 */
	public StatisticsHistory(List<Institution> institutions, List<String> counties, long seed, YearMonth first,
			int months) {
		this.institutions = institutions.stream()
			.filter(i -> i.kind() != Kind.PHARMACY || i.status() == Institution.Status.ACTIVE)
			.toList();
		this.counties = List.copyOf(counties);
		this.seed = seed;
		this.first = first;
		this.months = months;
	}

	public List<YearMonth> months() {
		List<YearMonth> all = new ArrayList<>(months);
		for (int i = 0; i < months; i++) {
			all.add(first.plusMonths(i));
		}
		return all;
	}

	/** The report key of a month: {@code statistics-history:2025-03}. */
	public static String key(YearMonth month) {
		return SOURCE + ":" + month;
	}

	/** Every fact of one month, institution by institution. */
	public List<Fact> month(YearMonth month) {
		double progress = months <= 1 ? 1
				: (double) (month.getYear() * 12 + month.getMonthValue() - first.getYear() * 12 - first.getMonthValue())
						/ (months - 1);
		double season = SEASON[month.getMonthValue() - 1];
		List<Fact> facts = new ArrayList<>();
		for (Institution institution : institutions) {
			SplittableRandom dice = new SplittableRandom(seed ^ ((long) institution.code().hashCode() << 20)
					^ (month.getYear() * 100L + month.getMonthValue()));
			if (institution.kind() == Kind.PHARMACY) {
				pharmacy(facts, institution, month, progress, dice);
				continue;
			}
			Profile profile = Profile.of(institution);
			for (Map.Entry<String, Double> county : patientCounties(institution).entrySet()) {
				for (String insutype : new String[] { "310", "390" }) {
					double share = county.getValue()
							* (insutype.equals("310") ? profile.employeeShare() : 1 - profile.employeeShare());
					Slice slice = new Slice(institution, month, insutype, county.getKey(), countyOf(institution));
					double outpatient = profile.outpatientVisits(institution, progress) * season * share
							* (0.97 + 0.06 * dice.nextDouble());
					slice.outpatient(facts, outpatient, profile, progress, dice);
					double discharges = profile.discharges(institution) * season * share * (1 + 0.02 * progress * 2)
							* (0.97 + 0.06 * dice.nextDouble());
					slice.inpatient(facts, discharges, profile, progress, dice);
				}
			}
		}
		return facts;
	}

	/**
	 * A retail pharmacy's month: its employees' purchases, the pharmacy's size its own
	 * (0.85–1.15 of the average) month after month.
	 */
	private void pharmacy(List<Fact> facts, Institution pharmacy, YearMonth month, double progress,
			SplittableRandom dice) {
		double size = 0.85 + 0.3 * new SplittableRandom(seed ^ pharmacy.code().hashCode()).nextDouble();
		double purchases = PHARMACY_PURCHASES * size * PURCHASE_SEASON[month.getMonthValue() - 1]
				* (0.97 + 0.06 * dice.nextDouble());
		long n = Math.round(purchases);
		String county = countyOf(pharmacy);
		if (n > 0) {
			Slice employees = new Slice(pharmacy, month, "310", county, county);
			employees.add(facts, employees.dims("41"), n, 0, PURCHASE_AMOUNT,
					n * (1 - 0.03 * progress) * (0.97 + 0.06 * dice.nextDouble()), PURCHASE_MIX, 0.04 + 0.08 * progress,
					0.92, dice, List.of());
		}
	}

	/** An average pharmacy's insured purchases a month. */
	static final double PHARMACY_PURCHASES = 3_600;

	/**
	 * An average purchase (over-the-counter boxes, a chronic patient's month now and
	 * then).
	 */
	private static final BigDecimal PURCHASE_AMOUNT = new BigDecimal("68.00");

	/** 西药, 中成药, 中药饮片 of a pharmacy's sales. */
	private static final Map<String, Double> PURCHASE_MIX = new java.util.TreeMap<>(
			Map.of("09", 0.58, "11", 0.36, "10", 0.06));

	/** Purchases a month relative to the year's average: colds in winter. */
	private static final double[] PURCHASE_SEASON = { 1.15, 1.0, 1.05, 0.95, 0.92, 0.9, 0.92, 0.93, 0.95, 0.98, 1.08,
			1.15 };

	/**
	 * Discharges a month relative to the year's average: more in winter, fewer around the
	 * Spring Festival.
	 */
	private static final double[] SEASON = { 1.0, 0.92, 1.02, 1.0, 1.0, 0.97, 0.98, 0.99, 1.0, 0.98, 1.06, 1.08 };

	/**
	 * Where an institution's patients live, with shares: its own county mostly; the
	 * city's hospitals serve all.
	 */
	private Map<String, Double> patientCounties(Institution institution) {
		String own = countyOf(institution);
		Map<String, Double> shares = new LinkedHashMap<>();
		int at = counties.indexOf(own);
		if (at < 0) {
			double total = 0;
			for (int i = 0; i < counties.size(); i++) {
				total += 1 + (i % 4) * 0.25;
			}
			for (int i = 0; i < counties.size(); i++) {
				shares.put(counties.get(i), (1 + (i % 4) * 0.25) / total);
			}
			return shares;
		}
		if (institution.kind() == Kind.VILLAGE_CLINIC || counties.size() == 1) {
			shares.put(own, 1.0);
			return shares;
		}
		shares.put(own, 0.92);
		shares.put(counties.get((at + 1) % counties.size()), 0.08);
		return shares;
	}

	private static String countyOf(Institution institution) {
		String region = institution.regionCode();
		return region.length() > 6 ? region.substring(0, 6) : region;
	}

	/** One slice of one institution's month: its facts carry the same dimensions. */
	private record Slice(Institution institution, YearMonth month, String insutype, String personCounty,
			String institutionCounty) {

		Map<String, String> dims(String clrType) {
			Map<String, String> d = new HashMap<>();
			d.put(Dimensions.INSUTYPE, insutype);
			d.put(Dimensions.CLR_TYPE, clrType);
			d.put(Dimensions.MED_TYPE, clrType);
			d.put(Dimensions.PERSON_COUNTY, personCounty);
			d.put(Dimensions.IN_COUNTY, personCounty.equals(institutionCounty) ? "Y" : "N");
			d.put(Dimensions.IN_REGION, "Y");
			return d;
		}

		void outpatient(List<Fact> facts, double visits, Profile profile, double progress, SplittableRandom dice) {
			long n = Math.round(visits);
			if (n == 0) {
				return;
			}
			double drift = (insutype.equals("310") ? 1.1 : 1.0) * (1 + 0.015 * progress)
					* (0.96 + 0.08 * dice.nextDouble());
			add(facts, dims("11"), n, 0, profile.outpatientCost(), n * drift, FeeMix.outpatient(profile, progress),
					profile.fundShare(insutype, false), 0.5, dice, List.of());
		}

		void inpatient(List<Fact> facts, double discharges, Profile profile, double progress, SplittableRandom dice) {
			long n = Math.round(discharges);
			if (n == 0) {
				return;
			}
			double stay = profile.stay(progress) * (0.97 + 0.06 * dice.nextDouble());
			double drift = (insutype.equals("310") ? 1.1 : 1.0) * (1 - 0.04 * progress)
					* (0.96 + 0.08 * dice.nextDouble());
			add(facts, dims("21"), n, Math.round(n * stay), profile.inpatientCost(), n * drift,
					FeeMix.inpatient(profile, progress), profile.fundShare(insutype, true), 0.5, dice,
					ChapterMix.inpatient(profile, month.getMonthValue()));
		}

		/**
		 * The facts of {@code visits} visits or stays whose fees are {@code typical} ×
		 * {@code times}, split by {@code mix}; the fund pays about {@code fundShare} of
		 * them, employees pay {@code accountShare} of the rest from their account. With
		 * {@code chapters} (discharges), the visits, bed days and fund paid are further
		 * split by the ICD-10 chapter of the main diagnosis, parts adding up exactly to
		 * the whole.
		 */
		private void add(List<Fact> facts, Map<String, String> dims, long visits, long bedDays, BigDecimal typical,
				double times, Map<String, Double> mix, double fundShare, double accountShare, SplittableRandom dice,
				List<ChapterMix.Share> chapters) {
			var day = month.atDay(1);
			String code = institution.code();
			facts.add(new Fact("ins.settlement.count", code, day, dims, BigDecimal.valueOf(visits)));
			BigDecimal total = BigDecimal.ZERO.setScale(2);
			for (Map.Entry<String, Double> category : mix.entrySet()) {
				BigDecimal amount = yuan(typical, times * category.getValue());
				if (amount.signum() > 0) {
					Map<String, String> byCategory = new HashMap<>(dims);
					byCategory.put(Dimensions.FEE_CATEGORY, category.getKey());
					facts.add(new Fact("ins.fee", code, day, byCategory, amount));
					total = total.add(amount);
				}
			}
			BigDecimal fund = yuan(total, fundShare * (0.98 + 0.04 * dice.nextDouble()));
			BigDecimal self = total.subtract(fund);
			BigDecimal account = insutype.equals("310") ? yuan(self, accountShare) : BigDecimal.ZERO.setScale(2);
			if (chapters.isEmpty()) {
				facts.add(new Fact("ins.visit.count", code, day, dims, BigDecimal.valueOf(visits)));
				if (bedDays > 0) {
					facts.add(new Fact("ins.inpatient.days", code, day, dims, BigDecimal.valueOf(bedDays)));
				}
				facts.add(new Fact("ins.fund_paid", code, day, dims, fund));
			}
			else {
				byChapter(facts, dims, visits, bedDays, fund, chapters);
			}
			facts.add(new Fact("ins.self_paid", code, day, dims, self));
			if (account.signum() > 0) {
				facts.add(new Fact("ins.account_paid", code, day, dims, account));
			}
			facts.add(new Fact("ins.cash_paid", code, day, dims, self.subtract(account)));
		}

		/** Visits, bed days and fund paid by chapter (zeros are not reported). */
		private void byChapter(List<Fact> facts, Map<String, String> dims, long visits, long bedDays, BigDecimal fund,
				List<ChapterMix.Share> chapters) {
			double[] caseWeights = chapters.stream().mapToDouble(ChapterMix.Share::cases).toArray();
			long[] cases = ChapterMix.apportion(visits, caseWeights);
			double[] dayWeights = new double[cases.length];
			double[] fundWeights = new double[cases.length];
			for (int i = 0; i < cases.length; i++) {
				dayWeights[i] = cases[i] * chapters.get(i).stayFactor();
				fundWeights[i] = cases[i] * chapters.get(i).costFactor();
			}
			long[] days = ChapterMix.apportion(bedDays, dayWeights);
			BigDecimal[] funds = ChapterMix.apportion(fund, fundWeights);
			var day = month.atDay(1);
			String code = institution.code();
			for (int i = 0; i < cases.length; i++) {
				Map<String, String> chapter = new HashMap<>(dims);
				chapter.put(Dimensions.ICD_CHAPTER, chapters.get(i).chapter());
				if (cases[i] > 0) {
					facts.add(new Fact("ins.visit.count", code, day, chapter, BigDecimal.valueOf(cases[i])));
				}
				if (days[i] > 0) {
					facts.add(new Fact("ins.inpatient.days", code, day, chapter, BigDecimal.valueOf(days[i])));
				}
				if (funds[i].signum() > 0) {
					facts.add(new Fact("ins.fund_paid", code, day, chapter, funds[i]));
				}
			}
		}

		/** {@code base} × {@code factor} in yuan, rounded half up to the fen. */
		private static BigDecimal yuan(BigDecimal base, double factor) {
			return base.multiply(BigDecimal.valueOf(factor)).setScale(2, RoundingMode.HALF_UP);
		}

	}

}
