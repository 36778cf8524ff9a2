package org.sanyi.insurance;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.sanyi.HttpSession;
import org.sanyi.IntegrationTest;
import org.sanyi.insurance.InsuranceAdmin.NewPolicyVersion;
import org.sanyi.insurance.policy.PolicyService;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bureau's and the hospital clerk's pages: settlements narrowed to their scope,
 * detail, export, policy versions with the two-officer review, the ledger and the
 * reconciliation.
 */
@IntegrationTest
class InsurancePagesIT {

	private static final String PASSWORD = "Sanyi@2026";

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	InsuranceAdmin admin;

	@Autowired
	PolicyService policies;

	@Test
	void cityBureauListsExportsAndOpensSettlements() {
		HttpSession ybj = HttpSession.loggedIn(port, "ybj", PASSWORD);
		HttpResponse<String> list = ybj.get("/insurance/settlements?clrType=21");
		assertThat(list.statusCode()).isEqualTo(200);
		assertThat(list.body()).contains("结算查询").contains("共").contains("住院");
		String setlId = jdbc
			.sql("select setl_id from ins_settlement where clr_type = '21' and status = 'SETTLED' "
					+ "and hifp_pay > 0 order by setl_id limit 1")
			.query(String.class)
			.single();
		HttpResponse<String> detail = ybj.get("/insurance/settlements/" + setlId);
		assertThat(detail.statusCode()).isEqualTo(200);
		assertThat(detail.body()).contains("基金支付明细").contains("费用明细").contains("记账分录").contains("起付线");
		HttpResponse<byte[]> export = ybj.getBytes("/insurance/settlements/export?clrType=21");
		assertThat(export.statusCode()).isEqualTo(200);
		assertThat(new String(export.body(), 0, 2)).isEqualTo("PK");
		assertThat(ybj.get("/insurance/settlements?lang=en").body()).contains("Settlements");
		ybj.get("/insurance/settlements?lang=zh-CN");
	}

	@Test
	void readingTheSettlementListIsAuditedOnThePageAndTheApi() {
		HttpSession ybj = HttpSession.loggedIn(port, "ybj", PASSWORD);
		long before = listReads();
		assertThat(ybj.get("/insurance/settlements?q=audited-search").statusCode()).isEqualTo(200);
		assertThat(listReads()).isEqualTo(before + 1);
		assertThat(jdbc
			.sql("select detail from sec_audit_log where action = 'READ' and resource = 'insurance:settlement' "
					+ "and target = 'list' and username = 'ybj' order by id desc limit 1")
			.query(String.class)
			.single()).contains("audited-search");
		ybj.send(
				java.net.http.HttpRequest.newBuilder(java.net.URI.create(ybj.base() + "/api/insurance/settlements?q=x"))
					.build());
		assertThat(listReads()).isEqualTo(before + 2);
	}

	private long listReads() {
		return jdbc
			.sql("select count(*) from sec_audit_log where action = 'READ' and resource = 'insurance:settlement' "
					+ "and target = 'list' and username = 'ybj'")
			.query(Long.class)
			.single();
	}

	@Test
	void aCountyBureauAndAHospitalClerkSeeOnlyTheirOwnSettlements() {
		String elsewhere = jdbc
			.sql("select setl_id from ins_settlement where fixmedins_region not like '359921%' "
					+ "and person_region not like '359921%' limit 1")
			.query(String.class)
			.single();
		HttpSession county = HttpSession.loggedIn(port, "ybj_county", PASSWORD);
		assertThat(county.get("/insurance/settlements/" + elsewhere).statusCode()).isEqualTo(404);

		HttpSession clerk = HttpSession.loggedIn(port, "ybb", PASSWORD);
		String own = jdbc.sql("select setl_id from ins_settlement where fixmedins_code = 'H35990000001' limit 1")
			.query(String.class)
			.single();
		String other = jdbc.sql("select setl_id from ins_settlement where fixmedins_code <> 'H35990000001' limit 1")
			.query(String.class)
			.single();
		assertThat(clerk.get("/insurance/settlements/" + own).statusCode()).isEqualTo(200);
		assertThat(clerk.get("/insurance/settlements/" + other).statusCode()).isEqualTo(404);
		HttpResponse<String> list = clerk.get("/insurance/settlements");
		assertThat(list.body()).contains("青溪市第一医院").doesNotContain("云岫县总医院");
		assertThat(clerk.get("/insurance/statements").statusCode()).isEqualTo(200);
		assertThat(clerk.get("/insurance/policies").statusCode()).isEqualTo(403);
		assertThat(clerk.get("/insurance/ledger").statusCode()).isEqualTo(403);
	}

	@Test
	void aPolicyChangeIsANewVersionThatASecondOfficerApproves() throws Exception {
		var demo = org.sanyi.insurance.policy.PolicyJsonTestAccess.demoParameters("359900-390-2026");
		long base = admin.importPolicy(new NewPolicyVersion("359990-390-2026", "359990", "390",
				LocalDate.of(2026, 1, 1), null, demo, "测试统筹区"));
		LocalDate from = LocalDate.now().plusDays(10);
		HttpSession ybj = HttpSession.loggedIn(port, "ybj", PASSWORD);
		assertThat(ybj.get("/insurance/policies").body()).contains("359990-390-2026");
		long cityPolicy = jdbc.sql("select id from ins_policy_version where code = '359900-390-2026'")
			.query(Long.class)
			.single();
		assertThat(ybj.get("/insurance/policies/" + cityPolicy).body()).contains("调整参数").contains("600.00 元；300.00 元");
		assertThat(ybj.get("/insurance/policies/" + base + "/edit").body()).contains("name=\"d0\"")
			.contains("600.00, 300.00");

		HttpResponse<String> bad = ybj.postForm("/insurance/policies/" + base + "/edit",
				Map.of("effectiveFrom", from.toString(), "summary", "错误示例", "r1", "ninety"));
		assertThat(bad.statusCode()).isEqualTo(200);
		assertThat(bad.body()).contains("INS-0052");
		// the form came back with its refusal: the audit log says so, not SUCCESS
		assertThat(jdbc
			.sql("select outcome from sec_audit_log where username = 'ybj' and action = 'WRITE' "
					+ "and resource = :r order by id desc limit 1")
			.param("r", "POST /insurance/policies/" + base + "/edit")
			.query(String.class)
			.single()).isEqualTo("FAILED:REFUSED");

		HttpResponse<String> proposed = ybj.postForm("/insurance/policies/" + base + "/edit", Map.of("effectiveFrom",
				from.toString(), "summary", "三级医院住院起付线 600→500，住院报销 90%→95%", "d0", "500, 250", "r1", "95"));
		assertThat(proposed.statusCode()).isEqualTo(302);
		String location = java.net.URI.create(proposed.headers().firstValue("Location").orElseThrow()).getPath();
		long created = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
		HttpResponse<String> pending = ybj.get("/insurance/policies/" + created);
		assertThat(pending.body()).contains("待审核")
			.contains("500.00 元；250.00 元")
			.contains("600.00 元；300.00 元")
			.contains("须由另一名经办人审核");
		assertThat(ybj.postForm("/insurance/policies/" + created + "/approve", Map.of("note", "自己审")).statusCode())
			.isEqualTo(403);
		// one pending version per region and scheme: a second proposal is refused and
		// stores nothing
		long versions = jdbc.sql("select count(*) from ins_policy_version").query(Long.class).single();
		HttpResponse<String> second = ybj.postForm("/insurance/policies/" + base + "/edit",
				Map.of("effectiveFrom", from.plusDays(1).toString(), "summary", "第二个待审核版本", "d0", "500, 250"));
		assertThat(second.statusCode()).isEqualTo(200);
		assertThat(second.body()).contains("INS-0105").contains("359990-390-" + from.toString().replace("-", ""));
		assertThat(jdbc.sql("select count(*) from ins_policy_version").query(Long.class).single()).isEqualTo(versions);

		HttpSession reviewer = HttpSession.loggedIn(port, "ybj_audit", PASSWORD);
		reviewer.get("/insurance/policies/" + created);
		assertThat(reviewer.postForm("/insurance/policies/" + created + "/approve", Map.of("note", "同意")).statusCode())
			.isEqualTo(302);

		assertThat(jdbc.sql("select status from ins_policy_version where id = :id")
			.param("id", created)
			.query(String.class)
			.single()).isEqualTo("APPROVED");
		assertThat(jdbc.sql("select effective_to from ins_policy_version where id = :id")
			.param("id", base)
			.query(LocalDate.class)
			.single()).isEqualTo(from.minusDays(1));
		assertThat(policies.inForce("359990", "390", from).code())
			.isEqualTo("359990-390-" + from.toString().replace("-", ""));
		assertThat(policies.inForce("359990", "390", from.minusDays(1)).code()).isEqualTo("359990-390-2026");
		assertThat(policies.inForce("359990", "390", from).ratios().get(1).ratio()).isEqualByComparingTo("0.95");
	}

	@Test
	void theLedgerAndTheReconciliationPagesShowBalancesAndRuns() {
		HttpSession ybj = HttpSession.loggedIn(port, "ybj", PASSWORD);
		HttpResponse<String> ledger = ybj.get("/insurance/ledger");
		assertThat(ledger.statusCode()).isEqualTo(200);
		assertThat(ledger.body()).contains("基金收支").contains("390100").contains("结余").contains("fund-chart");
		ybj.get("/insurance/reconciliation");
		HttpResponse<String> run = ybj.postForm("/insurance/reconciliation/run", Map.of());
		assertThat(run.statusCode()).isEqualTo(302);
		java.net.URI location = java.net.URI.create(run.headers().firstValue("Location").orElseThrow());
		HttpResponse<String> page = ybj.get(location.getPath() + "?" + location.getQuery());
		assertThat(page.body()).contains("对账结果").contains("一致");
	}

}
