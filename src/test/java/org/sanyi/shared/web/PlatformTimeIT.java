package org.sanyi.shared.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.sanyi.HttpSession;
import org.sanyi.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One event reads the same on every page: the audit log, its Excel export, the resident's
 * 查阅记录, settlements, DRG uploads and code-system imports all show Beijing time (the
 * platform zone), never UTC.
 */
@IntegrationTest
class PlatformTimeIT {

	/** 19:15 in Beijing, 11:15 UTC: a page in UTC would say 11:15. */
	private static final String EVENT = "2026-03-01T11:15:00Z";

	private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void auditLogAndItsExportShowBeijingTime() throws IOException {
		jdbc.sql(
				"""
						insert into sec_audit_log (at, username, role_code, region_code, action, resource, target, detail, ip, outcome)
						values (cast(:at as timestamptz), 'ybj', 'INSURANCE_OFFICER', '359900', 'READ', 'insurance:settlement',
						        'TZ-CHECK-1', null, '127.0.0.1', 'SUCCESS')""")
			.param("at", EVENT)
			.update();
		var ybj = HttpSession.loggedIn(port, "ybj", "Sanyi@2026");

		String page = ybj.get("/security/audit?target=TZ-CHECK-1").body();
		byte[] xlsx = ybj.getBytes("/security/audit/export?target=TZ-CHECK-1").body();

		assertThat(page).contains("2026-03-01 19:15:00").doesNotContain("11:15:00").contains("时间（北京时间）");
		try (var book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			var sheet = book.getSheetAt(0);
			assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("时间（北京时间）");
			assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("2026-03-01 19:15:00");
		}
	}

	@Test
	void residentsAccessLogShowsBeijingTime() {
		jdbc.sql(
				"""
						insert into idn_access (at, resident_id, username, display_name, institution_code, basis)
						values (cast(:at as timestamptz), 'demo-resident-1', 'doctor', '时区核对员', 'H35992100001', 'REGISTERED')""")
			.param("at", EVENT)
			.update();
		var resident = HttpSession.loggedIn(port, "resident", "Sanyi@2026");

		String page = resident.get("/portal/access").body();

		assertThat(page).contains("时间均为北京时间");
		String item = page.substring(page.indexOf("时区核对员") - 300, page.indexOf("时区核对员"));
		assertThat(item).contains("2026-03-01 19:15").doesNotContain("11:15");
	}

	@Test
	void settlementsUploadsAndImportsShowTheSameInstantInBeijingTime() {
		var ybj = HttpSession.loggedIn(port, "ybj", "Sanyi@2026");
		var settlement = jdbc.sql("select setl_id, setl_time from ins_settlement order by setl_id limit 1")
			.query((rs, n) -> new Object[] { rs.getString(1), rs.getObject(2, OffsetDateTime.class) })
			.single();
		var upload = jdbc
			.sql("select setl_list_id, uploaded_at from drg_setl_list where current_version order by id limit 1")
			.query((rs, n) -> new Object[] { rs.getString(1), rs.getObject(2, OffsetDateTime.class) })
			.single();

		assertThat(ybj.get("/insurance/settlements/" + settlement[0]).body())
			.contains(beijing(settlement[1], "yyyy-MM-dd HH:mm:ss"));
		assertThat(ybj.get("/drg/cases/" + upload[0]).body()).contains(beijing(upload[1], "yyyy-MM-dd HH:mm"));
		OffsetDateTime imported = jdbc.sql("select max(imported_at) from term_code_system where code = 'ICD10-YB'")
			.query(OffsetDateTime.class)
			.single();
		assertThat(ybj.get("/terminology/systems").body()).contains(beijing(imported, "yyyy-MM-dd HH:mm"));
	}

	private static String beijing(Object time, String pattern) {
		return ((OffsetDateTime) time).atZoneSameInstant(BEIJING).format(DateTimeFormatter.ofPattern(pattern));
	}

}
