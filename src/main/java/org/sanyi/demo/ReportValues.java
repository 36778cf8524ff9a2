package org.sanyi.demo;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;

import org.sanyi.registry.Institution;

/**
 * One hospital's monthly report drawn from its insured month: patients outside the
 * insurance add 8–12 % to revenue and activity; 医疗服务收入 is what remains of medical revenue
 * after drugs, consumables, examinations and tests; staff expenses grow from about 30 %
 * to 36 % of business expenses over the history; surgery grades and research follow the
 * hospital's level. Plausible orders of magnitude, not any real hospital's.
 */
final class ReportValues {

	private ReportValues() {
	}

	static Map<String, BigDecimal> of(Institution hospital, YearMonth month, DemoReportForms.Insured insured,
			double progress, SplittableRandom dice) {
		int level = hospital.grade().level();
		double uninsured = 1.08 + 0.04 * dice.nextDouble();
		BigDecimal medical = DemoReportForms.yuan(insured.fees(), uninsured);
		BigDecimal drugs = DemoReportForms.yuan(insured.fee("09", "10", "11"), uninsured);
		BigDecimal consumables = DemoReportForms.yuan(insured.fee("08"), uninsured);
		BigDecimal examsAndTests = DemoReportForms.yuan(insured.fee("03", "04"), uninsured);
		BigDecimal service = medical.subtract(drugs).subtract(consumables).subtract(examsAndTests);
		BigDecimal business = DemoReportForms.yuan(medical, 0.95 + 0.04 * dice.nextDouble());
		BigDecimal staffPay = DemoReportForms.yuan(business, 0.30 + 0.06 * progress + 0.01 * dice.nextDouble());
		long staff = Math.max(5, Math.round(hospital.beds() * (level >= 3 ? 1.6 : 1.3)));
		long discharges = Math.round(insured.discharges * uninsured);
		long bedDaysOpen = (long) hospital.beds() * month.lengthOfMonth();
		long bedDaysUsed = Math.min(Math.round(insured.bedDays * uninsured), Math.round(bedDaysOpen * 1.05));
		double surgical = level >= 3 ? 0.34 : level == 2 ? 0.24 : 0.12;
		double[] grades = level >= 3 ? new double[] { 0.15, 0.30, 0.35, 0.20 }
				: level == 2 ? new double[] { 0.25, 0.40, 0.30, 0.05 } : new double[] { 0.55, 0.40, 0.05, 0 };
		Map<String, BigDecimal> values = new LinkedHashMap<>();
		values.put("revenue_total", DemoReportForms.yuan(medical, 1.05 + 0.03 * dice.nextDouble()));
		values.put("revenue_medical", medical);
		values.put("revenue_drug", drugs);
		values.put("revenue_consumable", consumables);
		values.put("revenue_service", service.max(BigDecimal.ZERO));
		values.put("expense_business", business);
		values.put("expense_staff", staffPay);
		values.put("staff_count", BigDecimal.valueOf(staff));
		values.put("beds_open", BigDecimal.valueOf(hospital.beds()));
		values.put("bed_days_open", BigDecimal.valueOf(bedDaysOpen));
		values.put("bed_days_used", BigDecimal.valueOf(bedDaysUsed));
		values.put("outpatient_visits", BigDecimal.valueOf(Math.round(insured.outpatientVisits * uninsured)));
		values.put("discharges", BigDecimal.valueOf(discharges));
		for (int g = 1; g <= 4; g++) {
			values.put("surgery_grade" + g, BigDecimal
				.valueOf(Math.round(discharges * surgical * grades[g - 1] * (0.95 + 0.1 * dice.nextDouble()))));
		}
		if (level >= 2) {
			double size = level >= 3 ? 1 : 0.15;
			values.put("research_funding",
					DemoReportForms.yuan(BigDecimal.valueOf(600_000), size * (0.4 + dice.nextDouble())));
			values.put("research_papers", BigDecimal.valueOf(Math.round(size * (6 + 12 * dice.nextDouble()))));
			values.put("research_projects", BigDecimal.valueOf(Math.round(size * (1 + 3 * dice.nextDouble()))));
		}
		return values;
	}

}
