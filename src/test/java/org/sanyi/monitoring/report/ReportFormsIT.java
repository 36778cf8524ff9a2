package org.sanyi.monitoring.report;

import java.io.StringReader;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.sanyi.HttpSession;
import org.sanyi.IntegrationTest;
import org.sanyi.monitoring.analysis.IndicatorQueries;
import org.sanyi.monitoring.analysis.IndicatorQueries.Snapshot;
import org.sanyi.monitoring.engine.FactTotals.Selection;
import org.sanyi.monitoring.engine.IndicatorValue;
import org.sanyi.monitoring.engine.Period;
import org.sanyi.monitoring.report.ReportRejected.CellError;
import org.sanyi.security.DataScope;
import org.sanyi.shared.BusinessException;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A hospital's monthly report: refused whole on any bad cell, submitted, approved by a
 * regulator of its region, locked, and read by the indicator engine.
 */
@IntegrationTest
public class ReportFormsIT {

	static final String HOSPITAL = "H35990000001";

	static final DataScope CLERK = DataScope.institution(HOSPITAL, "359900");

	static final DataScope CITY = DataScope.region("359900");

	static final String FORM = ReportService.HOSPITAL_MONTHLY;

	@LocalServerPort
	int port;

	@Autowired
	ReportService reports;

	@Autowired
	IndicatorQueries queries;

	@Autowired
	JdbcClient jdbc;

	/**
	 * A complete, consistent month: staff 3,000,000 of 10,000,000 business expenses,
	 * 2,500 staff.
	 */
	public static Map<String, String> month() {
		Map<String, String> v = new HashMap<>();
		v.put("revenue_total", "130000000");
		v.put("revenue_medical", "125000000.00");
		v.put("revenue_drug", "35000000");
		v.put("revenue_consumable", "15000000");
		v.put("revenue_service", "45000000");
		v.put("expense_business", "10000000");
		v.put("expense_staff", "3000000");
		v.put("staff_count", "2500");
		v.put("beds_open", "1200");
		v.put("bed_days_open", "37200");
		v.put("bed_days_used", "33480");
		v.put("outpatient_visits", "80000");
		v.put("discharges", "4000");
		v.put("surgery_grade1", "200");
		v.put("surgery_grade2", "400");
		v.put("surgery_grade3", "300");
		v.put("surgery_grade4", "100");
		return v;
	}

	long countReports(String period) {
		return jdbc.sql("select count(*) from mon_report where institution = :i and period = :p")
			.param("i", HOSPITAL)
			.param("p", period)
			.query(Long.class)
			.single();
	}

	@Test
	void aReportWithANegativeCountAndTextInANumberCellIsRefusedWholeNamingEachCell() {
		Map<String, String> bad = month();
		bad.put("discharges", "-4");
		bad.put("revenue_drug", "三千万");

		assertThatThrownBy(() -> reports.save(FORM, HOSPITAL, "2025-01", bad, true, "ybb", CLERK))
			.isInstanceOfSatisfying(ReportRejected.class, ex -> {
				assertThat(ex.error()).isEqualTo(ReportErrors.REPORT_REJECTED);
				assertThat(ex.errors()).extracting(CellError::cell, CellError::error)
					.containsExactlyInAnyOrder(
							org.assertj.core.groups.Tuple.tuple("discharges", ReportErrors.CELL_NEGATIVE),
							org.assertj.core.groups.Tuple.tuple("revenue_drug", ReportErrors.CELL_NOT_A_NUMBER));
			});
		assertThat(countReports("2025-01")).isZero();
	}

	@Test
	void anApprovedReportIsLockedAndItsValuesComputeTheStaffIndicators() {
		long id = reports.save(FORM, HOSPITAL, "2025-02", month(), true, "ybb", CLERK);
		assertThatThrownBy(() -> reports.approve(id, "wjw_county", DataScope.region("359921"))).isInstanceOfSatisfying(
				BusinessException.class, ex -> assertThat(ex.error()).isEqualTo(ReportErrors.REPORT_NOT_FOUND));

		reports.approve(id, "wjw", CITY);

		assertThat(reports.report(id).orElseThrow().status()).isEqualTo(ReportStatus.APPROVED);
		Map<String, String> changed = month();
		changed.put("discharges", "4100");
		assertThatThrownBy(() -> reports.save(FORM, HOSPITAL, "2025-02", changed, false, "ybb", CLERK))
			.isInstanceOfSatisfying(ReportRejected.class, ex -> assertThat(ex.errors()).extracting(CellError::error)
				.containsExactly(ReportErrors.REPORT_LOCKED));
		assertThatThrownBy(
				() -> jdbc.sql("update mon_report_value set value = 1 where report_id = :r").param("r", id).update())
			.hasMessageContaining("locked");
		Snapshot snapshot = queries.snapshot();
		Map<String, IndicatorValue> values = snapshot.values(
				snapshot.select(List.of("staff_expense_ratio", "staff_average_pay", "bed_occupancy",
						"grade4_surgery_ratio", "surgery_patient_ratio")),
				new Selection.Institutions(Set.of(HOSPITAL)), Period.month(YearMonth.of(2025, 2)));
		// 3,000,000 / 10,000,000 = 30 %; 3,000,000 × 12 / 2,500 = 14,400 yuan a year;
		// 33,480 / 37,200 = 90 %; 100 / 1,000 = 10 %; 1,000 / 4,000 = 25 %
		assertThat(values.get("staff_expense_ratio").value()).isEqualByComparingTo("30.00");
		assertThat(values.get("staff_average_pay").value()).isEqualByComparingTo("14400.00");
		assertThat(values.get("bed_occupancy").value()).isEqualByComparingTo("90.00");
		assertThat(values.get("grade4_surgery_ratio").value()).isEqualByComparingTo("10.00");
		assertThat(values.get("surgery_patient_ratio").value()).isEqualByComparingTo("25.00");
	}

	@Test
	void aReportSentBackCanBeCorrectedAndSubmittedAgain() {
		long id = reports.save(FORM, HOSPITAL, "2025-03", month(), true, "ybb", CLERK);
		assertThatThrownBy(() -> reports.reject(id, "wjw", " ", CITY)).isInstanceOfSatisfying(BusinessException.class,
				ex -> assertThat(ex.error()).isEqualTo(ReportErrors.REPORT_NOTE_REQUIRED));

		reports.reject(id, "wjw", "人员支出与财务月报不一致，请核对", CITY);
		Map<String, String> corrected = month();
		corrected.put("expense_staff", "3100000");
		reports.save(FORM, HOSPITAL, "2025-03", corrected, true, "ybb", CLERK);

		var filed = reports.filed(FORM, HOSPITAL, YearMonth.of(2025, 3));
		assertThat(filed.report().orElseThrow().status()).isEqualTo(ReportStatus.SUBMITTED);
		assertThat(filed.values().get("expense_staff")).isEqualByComparingTo("3100000");
	}

	@Test
	void aCsvImportWithBadCellsSavesNothingAndNamesLineAndCell() {
		String header = "period," + String.join(",", month().keySet());
		String good = "2025-05," + String.join(",", month().values());
		Map<String, String> text = month();
		text.put("staff_count", "两千五");
		String bad = "2025-06," + String.join(",", text.values());

		assertThatThrownBy(() -> reports.importCsv(FORM, HOSPITAL,
				new StringReader(header + "\n" + good + "\n" + bad + "\n2025-13,1\n"), "ybb", CLERK))
			.isInstanceOfSatisfying(ReportRejected.class,
					ex -> assertThat(ex.errors()).extracting(CellError::line, CellError::cell, CellError::error)
						.containsExactly(
								org.assertj.core.groups.Tuple.tuple(3, "staff_count", ReportErrors.CELL_NOT_A_NUMBER),
								org.assertj.core.groups.Tuple.tuple(4, null, ReportErrors.REPORT_PERIOD_INVALID)));
		assertThat(countReports("2025-05")).isZero();

		List<String> imported = reports.importCsv(FORM, HOSPITAL,
				new StringReader(header + "\n" + good + "\n" + "2025-06," + String.join(",", month().values()) + "\n"),
				"ybb", CLERK);

		assertThat(imported).containsExactly("2025-05", "2025-06");
		assertThat(reports.filed(FORM, HOSPITAL, YearMonth.of(2025, 6)).report().orElseThrow().status())
			.isEqualTo(ReportStatus.SUBMITTED);
		assertThatThrownBy(() -> reports.importCsv(FORM, HOSPITAL,
				new StringReader("period,discharges,unknown_cell\n2025-05,1,2\n"), "ybb", CLERK))
			.isInstanceOfSatisfying(ReportRejected.class, ex -> assertThat(ex.errors()).extracting(CellError::error)
				.contains(ReportErrors.REPORT_UNKNOWN_COLUMN, ReportErrors.REPORT_LOCKED));
	}

	@Test
	void aClerkFillsOnlyTheirOwnHospitalAndNoMonthThatHasNotEnded() {
		assertThatThrownBy(() -> reports.save(FORM, "H35992100001", "2025-04", month(), false, "ybb", CLERK))
			.isInstanceOfSatisfying(BusinessException.class,
					ex -> assertThat(ex.error()).isEqualTo(ReportErrors.REPORT_NOT_FOUND));
		String thisMonth = YearMonth.now().toString();
		assertThatThrownBy(() -> reports.save(FORM, HOSPITAL, thisMonth, month(), false, "ybb", CLERK))
			.isInstanceOfSatisfying(ReportRejected.class, ex -> assertThat(ex.errors()).extracting(CellError::error)
				.containsExactly(ReportErrors.REPORT_PERIOD_INVALID));
	}

	@Test
	void theDemoHasSixMonthsOfReportsOneHospitalMissingOctober() {
		var form = reports.form(FORM);
		List<ReportFormRepository.Report> all = reports.inRegion(FORM, "3599", YearMonth.of(2026, 5),
				YearMonth.of(2026, 10));
		assertThat(all).isNotEmpty();
		assertThat(all).anyMatch(r -> r.status() == ReportStatus.APPROVED);
		long hospitals = all.stream().map(ReportFormRepository.Report::institution).distinct().count();
		assertThat(all.stream().filter(r -> r.period().equals("2026-10")).count()).isEqualTo(hospitals - 1);
		assertThat(all).anyMatch(r -> r.submittedAt()
			.atZoneSameInstant(org.sanyi.shared.PlatformTime.zone())
			.toLocalDate()
			.isAfter(form.deadline(YearMonth.parse(r.period()))));
	}

	@Test
	void theClerkSeesTheFormAndCellErrorsOnThePageTheRegulatorTheGrid() {
		HttpSession clerk = HttpSession.loggedIn(port, "ybb", "Sanyi@2026");
		assertThat(clerk.get("/monitoring/reports").body()).contains("医院财务与业务运行月报", "导入报表");
		Map<String, String> bad = month();
		bad.put("bed_days_used", "1.5");
		clerk.postForm("/monitoring/reports/" + HOSPITAL + "/2025-07", bad);
		assertThat(clerk.get("/monitoring/reports/" + HOSPITAL + "/2025-07").body()).contains("MON-0100", "MON-0103",
				"实际占用总床日数");
		assertThat(countReports("2025-07")).isZero();

		HttpSession regulator = HttpSession.loggedIn(port, "wjw", "Sanyi@2026");
		assertThat(regulator.get("/monitoring/reports").body()).contains("上报完整性与及时性", "各医院上报情况", "待审核");
		assertThat(regulator.get("/monitoring/reports/" + HOSPITAL + "/2026-09").body()).contains("已审核");
	}

}
