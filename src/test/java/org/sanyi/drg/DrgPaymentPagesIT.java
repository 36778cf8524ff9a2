package org.sanyi.drg;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.sanyi.HttpSession;
import org.sanyi.IntegrationTest;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The DRG payment pages over HTTP: data scope (a hospital sees its own lists and report,
 * a bureau its region, a regulator the report but no patient lists), reading a list is
 * audited, the weights/base-rate version proposed by one officer and approved by another
 * (the proposer may not), a bad proposal changes nothing, the month settled as an action,
 * Excel exports.
 */
@IntegrationTest
class DrgPaymentPagesIT {

	static final String PASSWORD = "Sanyi@2026";

	static final String CITY_HOSPITAL = "H35990000001";

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void hospitalSeesOnlyItsOwnListsAndReport() {
		String own = jdbc
			.sql("select setl_list_id from drg_setl_list where institution_code = :i and current_version "
					+ "and status = 'SUCCESS' order by id limit 1")
			.param("i", CITY_HOSPITAL)
			.query(String.class)
			.single();
		String other = jdbc
			.sql("select setl_list_id from drg_setl_list where institution_code <> :i and current_version "
					+ "order by id limit 1")
			.param("i", CITY_HOSPITAL)
			.query(String.class)
			.single();
		HttpSession ybb = HttpSession.loggedIn(port, "ybb", PASSWORD);
		HttpResponse<String> list = ybb.get("/drg/cases");
		assertThat(list.statusCode()).isEqualTo(200);
		assertThat(list.body()).contains(own.substring(0, 8)).doesNotContain(other);
		HttpResponse<String> detail = ybb.get("/drg/cases/" + own);
		assertThat(detail.statusCode()).isEqualTo(200);
		assertThat(detail.body()).contains("分组过程", "DRG 基金支付", "支付标准");
		assertThat(jdbc
			.sql("select count(*) from sec_audit_log where username = 'ybb' and action = 'READ' "
					+ "and resource = 'drg:case' and target = :t")
			.param("t", own)
			.query(Long.class)
			.single()).isEqualTo(1);
		assertThat(ybb.get("/drg/cases/" + other).statusCode()).isEqualTo(404);
		HttpResponse<String> report = ybb.get("/drg/report?institution=H35992100001");
		assertThat(report.statusCode()).isEqualTo(200);
		assertThat(report.body()).contains("青溪市第一医院").doesNotContain("云岫县总医院");
		assertThat(ybb.postForm("/drg/report/settle", Map.of("month", "2026-10")).statusCode()).isEqualTo(403);

		HttpSession regulator = HttpSession.loggedIn(port, "wjw", PASSWORD);
		assertThat(regulator.get("/drg/report").statusCode()).isEqualTo(200);
		assertThat(regulator.get("/drg/cases").statusCode()).isEqualTo(403);
		assertThat(HttpSession.loggedIn(port, "resident", PASSWORD).get("/drg/report").statusCode()).isEqualTo(403);
	}

	@Test
	void newWeightsAndPointValueAreProposedThenApprovedBySecondOfficer() {
		HttpSession ybj = HttpSession.loggedIn(port, "ybj", PASSWORD);
		ybj.get("/drg/params");
		long before = jdbc.sql("select count(*) from drg_param_version").query(Long.class).single();
		HttpResponse<String> bad = ybj.postForm("/drg/params",
				Map.of("regionCode", "359900", "effectiveFrom", "2027-01-01", "baseFrom", "2025-11-01", "baseTo",
						"2026-10-31", "method", "POINT", "budget", "5000000.00", "lowFactor", "1.5"));
		assertThat(bad.statusCode()).isEqualTo(200);
		assertThat(bad.body()).contains("DRG-0025", "低倍率界值应在 0 至 1 之间");
		assertThat(jdbc.sql("select count(*) from drg_param_version").query(Long.class).single()).isEqualTo(before);

		HttpResponse<String> proposed = ybj.postForm("/drg/params",
				Map.of("regionCode", "359900", "effectiveFrom", "2027-01-01", "baseFrom", "2025-11-01", "baseTo",
						"2026-10-31", "method", "POINT", "budget", "5000000.00", "trim", "LOG_SIGMA", "trimFactor", "3",
						"minCases", "3", "summary", "2027 年点数法"));
		assertThat(proposed.statusCode()).isEqualTo(302);
		String path = URI.create(proposed.headers().firstValue("Location").orElseThrow()).getPath();
		long id = Long.parseLong(path.substring(path.lastIndexOf('/') + 1));
		Map<String, Object> v = jdbc
			.sql("select status, method, point_value, base_rate, expected_rw, based_on "
					+ "from drg_param_version where id = :id")
			.param("id", id)
			.query()
			.singleRow();
		assertThat(v).containsEntry("status", "PENDING").containsEntry("method", "POINT");
		java.math.BigDecimal expected = (java.math.BigDecimal) v.get("expected_rw");
		java.math.BigDecimal point = new java.math.BigDecimal("5000000.00")
			.divide(expected.multiply(java.math.BigDecimal.valueOf(100)), 4, java.math.RoundingMode.HALF_UP);
		assertThat((java.math.BigDecimal) v.get("point_value")).isEqualByComparingTo(point);
		assertThat((java.math.BigDecimal) v.get("base_rate")).isEqualByComparingTo(
				point.multiply(java.math.BigDecimal.valueOf(100)).setScale(2, java.math.RoundingMode.HALF_UP));
		assertThat(v.get("based_on")).isNotNull();
		assertThat(ybj.get(path).body()).contains("待审核", "病组权重", "须由另一名经办人审核");

		assertThat(ybj.postForm(path + "/approve", Map.of("note", "自己审")).statusCode()).isEqualTo(403);
		// one pending version per region: a second proposal is refused and stores nothing
		long versions = jdbc.sql("select count(*) from drg_param_version").query(Long.class).single();
		HttpResponse<String> second = ybj.postForm("/drg/params", Map.of("regionCode", "359900", "effectiveFrom",
				"2027-07-01", "method", "RATE", "baseRate", "10000.00", "summary", "第二个待审核版本"));
		assertThat(second.statusCode()).isEqualTo(200);
		assertThat(second.body()).contains("DRG-0033");
		assertThat(jdbc.sql("select count(*) from drg_param_version").query(Long.class).single()).isEqualTo(versions);
		HttpSession reviewer = HttpSession.loggedIn(port, "ybj_audit", PASSWORD);
		reviewer.get(path);
		assertThat(reviewer.postForm(path + "/approve", Map.of("note", "同意")).statusCode()).isEqualTo(302);
		assertThat(jdbc.sql("select effective_to from drg_param_version where code = '359900-DRG-20260101'")
			.query(String.class)
			.single()).isEqualTo("2026-12-31");
		assertThat(jdbc.sql("select reviewed_by from drg_param_version where id = :id")
			.param("id", id)
			.query(String.class)
			.single()).isEqualTo("ybj_audit");
	}

	@Test
	void bureauSettlesAMonthAndExports() {
		HttpSession ybj = HttpSession.loggedIn(port, "ybj", PASSWORD);
		ybj.get("/drg/report");
		HttpResponse<String> settled = ybj.postForm("/drg/report/settle", Map.of("month", "2026-10"));
		assertThat(settled.statusCode()).isEqualTo(302);
		assertThat(jdbc.sql("select count(*) from drg_month where month = '2026-10-01' and settled_by = 'ybj'")
			.query(Long.class)
			.single()).isGreaterThan(0);
		HttpResponse<String> future = ybj.postForm("/drg/report/settle", Map.of("month", "2099-01"));
		assertThat(future.statusCode()).isEqualTo(400);
		assertThat(future.body()).contains("DRG-0032");

		HttpResponse<byte[]> cases = ybj.getBytes("/drg/cases/export?institution=" + CITY_HOSPITAL);
		assertThat(cases.statusCode()).isEqualTo(200);
		assertThat(new String(cases.body(), 0, 2)).isEqualTo("PK");
		HttpResponse<byte[]> report = ybj.getBytes("/drg/report/export?institution=" + CITY_HOSPITAL);
		assertThat(report.statusCode()).isEqualTo(200);
		assertThat(new String(report.body(), 0, 2)).isEqualTo("PK");
		assertThat(jdbc
			.sql("select count(*) from sec_audit_log where username = 'ybj' and action = 'EXPORT' "
					+ "and resource like 'drg:%'")
			.query(Long.class)
			.single()).isEqualTo(2);
	}

}
