package org.sanyi.pages;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Map;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.sanyi.HttpSession;
import org.sanyi.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a bureau officer met going page by page: an export that silently stopped at 500
 * rows, a county ledger whose tables were empty under a full chart, fund accounts shown
 * as raw double-entry signs, a bureau able to retire the national ICD-10, and links to
 * pages the viewer may not open.
 */
@IntegrationTest
class PagesFollowUpIT {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void auditExportWritesEverythingInScopeUpToItsCapAndSaysWhenItStops() throws IOException {
		insertAuditRows("EXPORT-ALL", 600);
		insertAuditRows("EXPORT-CAP", 1203);
		var ybj = HttpSession.loggedIn(port, "ybj", "Sanyi@2026");

		try (var all = workbook(ybj.getBytes("/security/audit/export?target=EXPORT-ALL").body());
				var capped = workbook(ybj.getBytes("/security/audit/export?target=EXPORT-CAP").body())) {
			assertThat(all.getSheetAt(0).getLastRowNum()).isEqualTo(600);
			// 1,000 is the test profile's cap (sanyi.audit.export-max-rows); the note
			// sits below the rows
			var sheet = capped.getSheetAt(0);
			assertThat(sheet.getRow(1000).getCell(7).getStringCellValue()).isEqualTo("10.0.0.1");
			assertThat(sheet.getRow(1002).getCell(0).getStringCellValue()).contains("1,000").contains("1,203");
		}
		assertThat(ybj.get("/security/audit").body()).contains("单次最多导出 1,000 条");
	}

	@Test
	void countyLedgerTablesShowTheCountysSpendingLikeItsChart() {
		var county = HttpSession.loggedIn(port, "ybj_county", "Sanyi@2026");

		String page = county.get("/insurance/ledger").body();

		String funds = page.substring(page.indexOf("基金收支"), page.indexOf("个人账户"));
		assertThat(funds).doesNotContain("暂无数据").contains("城乡居民基本医疗保险基金");
		assertThat(page).contains("本县无独立基金");
		String due = page.substring(page.indexOf("应付定点机构"), page.indexOf("异地就医清算"));
		assertThat(due).doesNotContain("暂无数据");
	}

	@Test
	void cityLedgerShowsIncomeExpenditureAndBalanceWithTheSignsAFinanceOfficerExpects() {
		var ybj = HttpSession.loggedIn(port, "ybj", "Sanyi@2026");

		String page = ybj.get("/insurance/ledger").body();

		assertThat(page).contains("金额单位：元").contains("结余").contains("征缴收入");
		String collections = page.substring(page.indexOf("征缴收入"), page.indexOf("个人账户"));
		assertThat(collections).containsPattern(">\\d{1,3}(,\\d{3})*\\.\\d{2}<").doesNotContainPattern(">-\\d");
	}

	@Test
	void aRegionalOfficerCannotRetireTheNationalIcd10AndSeesNoButton() {
		String version = jdbc
			.sql("select version from term_code_system where code = 'ICD10-YB' and status = 'ACTIVE' "
					+ "order by effective_from desc limit 1")
			.query(String.class)
			.single();
		var ybj = HttpSession.loggedIn(port, "ybj", "Sanyi@2026");
		var admin = HttpSession.loggedIn(port, "admin", "Sanyi@2026");

		String ybjPage = ybj.get("/terminology/systems").body();
		var refused = ybj.postForm("/terminology/systems/ICD10-YB/versions/" + version + "/retire", Map.of());

		assertThat(ybjPage).doesNotContain("/terminology/systems/ICD10-YB/versions/" + version + "/retire")
			.contains("国家标准编码");
		assertThat(refused.statusCode()).isEqualTo(403);
		assertThat(refused.body()).contains("TERM-0010").contains("平台管理员");
		assertThat(jdbc.sql("select status from term_code_system where code = 'ICD10-YB' and version = :v")
			.param("v", version)
			.query(String.class)
			.single()).isEqualTo("ACTIVE");
		assertThat(admin.get("/terminology/systems").body())
			.contains("/terminology/systems/ICD10-YB/versions/" + version + "/retire");
	}

	@Test
	void theDrgReportLinksSettlementListsOnlyForViewersWhoMayOpenThem() {
		String report = jdbc.sql("""
				select '/drg/report?institution=' || m.institution_code || '&month=' || to_char(m.month, 'YYYY-MM')
				from drg_month m join drg_month_case c on c.month_id = m.id
				where c.kind <> 'NORMAL' and m.institution_region like '3599%' order by m.id desc limit 1""")
			.query(String.class)
			.single();
		var wjw = HttpSession.loggedIn(port, "wjw", "Sanyi@2026");
		var ybj = HttpSession.loggedIn(port, "ybj", "Sanyi@2026");

		String wjwReport = wjw.get(report).body();
		String ybjReport = ybj.get(report).body();

		assertThat(ybjReport).contains("href=\"/drg/cases/");
		assertThat(wjwReport).doesNotContain("href=\"/drg/cases/").containsPattern("SL\\d+");
	}

	private void insertAuditRows(String target, int count) {
		jdbc.sql(
				"""
						insert into sec_audit_log (username, role_code, region_code, action, resource, target, ip, outcome)
						select 'ybj', 'INSURANCE_OFFICER', '359900', 'READ', 'insurance:settlement', :target, '10.0.0.1', 'SUCCESS'
						from generate_series(1, :n)""")
			.param("target", target)
			.param("n", count)
			.update();
	}

	private static XSSFWorkbook workbook(byte[] xlsx) throws IOException {
		return new XSSFWorkbook(new ByteArrayInputStream(xlsx));
	}

}
