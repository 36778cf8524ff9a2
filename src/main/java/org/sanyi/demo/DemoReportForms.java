package org.sanyi.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sanyi.demo.internal.DemoRegionGenerator;
import org.sanyi.demo.internal.StatisticsHistory;
import org.sanyi.registry.Institution;
import org.sanyi.registry.Registry;
import org.sanyi.shared.PlatformTime;
import org.sanyi.shared.facts.Fact;
import org.sanyi.shared.facts.ReportFormHistory;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The hospitals' monthly finance and operations reports for the last six months of the
 * statistics history (May to October 2026), handed over from the old system with their
 * submission and approval times. They agree with the history: a hospital's medical
 * revenue is its insured patients' fees (the history's) plus about a tenth from patients
 * outside the insurance, discharges and visits likewise, staff pay rises as a share of
 * expenses (the Sanming reform). Most hospitals report within the ten days; about one in
 * seven months is late; October's reports are partly still waiting for approval and one
 * hospital has not reported October at all; two slips are left for data quality to find
 * ({@link #slip}).
 */
@Component
@Order(510)
class DemoReportForms implements DemoStep {

	private static final Logger log = LoggerFactory.getLogger(DemoReportForms.class);

	static final String FORM = "hospital_monthly";

	static final int MONTHS = 6;

	/** The city health commission's demo officer approves. */
	static final String APPROVER = "wjw";

	private final Registry registry;

	private final ReportFormHistory reports;

	private final DemoStatisticsHistory history;

	private final DemoProperties properties;

	DemoReportForms(Registry registry, ReportFormHistory reports, DemoStatisticsHistory history,
			DemoProperties properties) {
		this.registry = registry;
		this.reports = reports;
		this.history = history;
		this.properties = properties;
	}

	@Override
	public String name() {
		return "hospital monthly reports (" + MONTHS + " months)";
	}

	@Override
	public boolean run() {
		List<Institution> hospitals = registry.institutionsUnderRegion(DemoRegionGenerator.CITY_CODE)
			.stream()
			.filter(i -> i.kind().isHospital())
			.toList();
		if (hospitals.isEmpty()
				|| reports.exists(FORM, hospitals.getFirst().code(), DemoStatisticsHistory.LAST.minusMonths(1))) {
			return false;
		}
		StatisticsHistory generator = history.generator();
		String missing = hospitals.getLast().code();
		int filed = 0;
		for (int back = MONTHS - 1; back >= 0; back--) {
			YearMonth month = DemoStatisticsHistory.LAST.minusMonths(back);
			Map<String, Insured> insured = insured(generator.month(month));
			for (Institution hospital : hospitals) {
				if (back == 0 && hospital.code().equals(missing) || reports.exists(FORM, hospital.code(), month)) {
					continue;
				}
				SplittableRandom dice = new SplittableRandom(
						properties.seed() ^ hospital.code().hashCode() * 31L ^ month.hashCode());
				Map<String, BigDecimal> values = ReportValues.of(hospital, month,
						insured.getOrDefault(hospital.code(), new Insured()), progress(month), dice);
				slip(hospitals.indexOf(hospital), back, values);
				boolean late = dice.nextInt(7) == 0;
				OffsetDateTime submitted = at(
						month.plusMonths(1).atDay(late ? 12 + dice.nextInt(8) : 2 + dice.nextInt(8)),
						9 + dice.nextInt(8));
				boolean waiting = back == 0 && dice.nextInt(3) == 0;
				OffsetDateTime approved = submitted.plusDays(1 + dice.nextInt(3)).withHour(15);
				reports.importReport(FORM, hospital.code(), month, values, clerk(hospital), submitted,
						waiting ? null : APPROVER, waiting ? null : approved);
				filed++;
			}
		}
		log.info("Demo hospital reports: {} monthly reports of {} hospitals", filed, hospitals.size());
		return filed > 0;
	}

	/**
	 * Two slips a real region's reports have, for data quality to find: the second
	 * hospital typed September's discharges with an extra zero (an outlier), the third
	 * reported more August bed days used than its beds allow (a rule violation).
	 */
	private static void slip(int hospital, int back, Map<String, BigDecimal> values) {
		if (hospital == 1 && back == 1) {
			values.put("discharges", values.get("discharges").multiply(BigDecimal.TEN));
		}
		if (hospital == 2 && back == 2) {
			values.put("bed_days_used",
					values.get("bed_days_open").multiply(new BigDecimal("1.25")).setScale(0, RoundingMode.HALF_UP));
		}
	}

	/** The month's place in the 24-month history, 0 to 1, as the history drifts. */
	private static double progress(YearMonth month) {
		YearMonth first = DemoStatisticsHistory.LAST.minusMonths(23);
		return (month.getYear() * 12 + month.getMonthValue() - first.getYear() * 12 - first.getMonthValue()) / 23.0;
	}

	private static OffsetDateTime at(java.time.LocalDate day, int hour) {
		return day.atTime(hour, 0).atZone(PlatformTime.zone()).toOffsetDateTime();
	}

	/** Who files in the old system: the hospital's statistics office, by its code. */
	private static String clerk(Institution hospital) {
		return "tjk_" + hospital.code().toLowerCase(java.util.Locale.ROOT);
	}

	/** The insured patients' month of one hospital, summed from the history's facts. */
	static final class Insured {

		final Map<String, BigDecimal> feeByCategory = new HashMap<>();

		long outpatientVisits;

		long discharges;

		long bedDays;

		BigDecimal fees() {
			return feeByCategory.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
		}

		BigDecimal fee(String... categories) {
			BigDecimal sum = BigDecimal.ZERO;
			for (String c : categories) {
				sum = sum.add(feeByCategory.getOrDefault(c, BigDecimal.ZERO));
			}
			return sum;
		}

	}

	private static Map<String, Insured> insured(List<Fact> facts) {
		Map<String, Insured> byInstitution = new LinkedHashMap<>();
		for (Fact fact : facts) {
			Insured i = byInstitution.computeIfAbsent(fact.institution(), c -> new Insured());
			switch (fact.element()) {
				case "ins.fee" -> i.feeByCategory.merge(fact.dimensions().getOrDefault("fee_category", "14"),
						fact.value(), BigDecimal::add);
				case "ins.visit.count" -> {
					String clrType = fact.dimensions().get("clr_type");
					if ("21".equals(clrType)) {
						i.discharges += fact.value().longValue();
					}
					else if ("11".equals(clrType)) {
						i.outpatientVisits += fact.value().longValue();
					}
				}
				case "ins.inpatient.days" -> i.bedDays += fact.value().longValue();
				default -> {
				}
			}
		}
		return byInstitution;
	}

	static BigDecimal yuan(BigDecimal amount, double factor) {
		return amount.multiply(BigDecimal.valueOf(factor)).setScale(2, RoundingMode.HALF_UP);
	}

}
