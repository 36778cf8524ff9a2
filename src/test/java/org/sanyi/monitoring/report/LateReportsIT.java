package org.sanyi.monitoring.report;

import java.net.http.HttpResponse;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.sanyi.HttpSession;
import org.sanyi.IntegrationTest;
import org.sanyi.registry.Institution;
import org.sanyi.registry.Registry;
import org.sanyi.shared.PlatformTime;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 逾期未报 on the demo city: the hospital that has not reported October is listed with its
 * deadline and the days since; a month reported on time is not; a county regulator sees
 * only the county's hospitals; months before the area's first report are not counted.
 */
@IntegrationTest
class LateReportsIT {

	static final String FORM = ReportService.HOSPITAL_MONTHLY;

	@LocalServerPort
	int port;

	@Autowired
	ReportService reports;

	@Autowired
	Registry registry;

	List<Institution> hospitals(String region) {
		return registry.institutionsUnderRegion(region)
			.stream()
			.filter(i -> i.kind().isHospital())
			.sorted(Comparator.comparing(Institution::code))
			.toList();
	}

	@Test
	void theCityRegulatorSeesTheHospitalMissingOctoberWithItsDeadlineAndDaysOverdue() {
		Institution missing = hospitals("359900").getLast();
		ReportForm form = reports.form(FORM);
		YearMonth october = YearMonth.of(2026, 10);
		long days = java.time.temporal.ChronoUnit.DAYS.between(form.deadline(october), PlatformTime.today());
		assertThat(reports.filed(FORM, missing.code(), october).report()).isEmpty();

		HttpResponse<String> page = HttpSession.loggedIn(port, "wjw", "Sanyi@2026").get("/monitoring/reports/late");

		assertThat(page.statusCode()).isEqualTo(200);
		String body = page.body();
		assertThat(body).contains("逾期未报", missing.name(), form.deadline(october).toString());
		String row = java.util.Arrays.stream(body.split("<tr"))
			.filter(r -> r.contains(missing.code()) && r.contains(">2026-10<"))
			.findFirst()
			.orElseThrow();
		assertThat(row).contains("未报", ">" + days + "<", "/monitoring/reports/" + missing.code() + "/2026-10");
		// the demo's reports start in May 2026: April is nobody's overdue month
		assertThat(body).doesNotContain(">2026-04<").contains("2026-05");
	}

	@Test
	void aCountyRegulatorSeesOnlyTheCountysHospitalsAndNothingOutsideItsScope() {
		HttpSession county = HttpSession.loggedIn(port, "wjw_county", "Sanyi@2026");
		List<String> outside = hospitals("359900").stream()
			.filter(h -> !h.regionCode().startsWith("359921"))
			.map(Institution::code)
			.toList();

		HttpResponse<String> page = county.get("/monitoring/reports/late");

		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("逾期未报");
		outside.forEach(code -> assertThat(page.body()).doesNotContain(code));
		assertThat(county.get("/monitoring/reports/late?area=R359900").statusCode()).isEqualTo(404);
	}

	@Test
	void theApprovedReportsOfTheGridsSixMonthsExportToExcelOneLinePerHospitalAndMonth() throws Exception {
		long approved = reports.inRegion(FORM, "3599", YearMonth.of(2026, 5), YearMonth.of(2026, 10))
			.stream()
			.filter(r -> r.status() == ReportStatus.APPROVED)
			.count();
		ReportFormRepository.Approved some = reports
			.approvedValues(FORM, "3599", YearMonth.of(2026, 10), YearMonth.of(2026, 10))
			.stream()
			.filter(v -> v.cellCode().equals("discharges"))
			.findFirst()
			.orElseThrow();

		HttpResponse<byte[]> xlsx = HttpSession.loggedIn(port, "wjw", "Sanyi@2026")
			.getBytes("/monitoring/reports/export?month=2026-10");

		assertThat(xlsx.statusCode()).isEqualTo(200);
		try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx.body()))) {
			var sheet = book.getSheetAt(0);
			assertThat(sheet.getLastRowNum()).isEqualTo((int) approved);
			var header = sheet.getRow(0);
			int discharges = -1;
			for (int c = 0; c < header.getLastCellNum(); c++) {
				if (header.getCell(c).getStringCellValue().endsWith("(discharges)")) {
					discharges = c;
				}
			}
			assertThat(discharges).isPositive();
			boolean found = false;
			for (int r = 1; r <= sheet.getLastRowNum(); r++) {
				var row = sheet.getRow(r);
				if (row.getCell(1).getStringCellValue().equals(some.institution())
						&& row.getCell(2).getStringCellValue().equals("2026-10")) {
					assertThat(row.getCell(discharges).getNumericCellValue()).isEqualTo(some.value().doubleValue());
					found = true;
				}
			}
			assertThat(found).isTrue();
		}
	}

}
