package org.sanyi.insurance;

import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.sanyi.HttpSession;
import org.sanyi.IntegrationTest;
import org.sanyi.insurance.StatementRecorder.Sent;
import org.sanyi.insurance.budget.engine.BudgetCalculator;
import org.sanyi.insurance.budget.BudgetJson;
import org.sanyi.insurance.reconciliation.ReconciliationService;
import org.sanyi.registry.Alliance;
import org.sanyi.registry.Membership;
import org.sanyi.registry.Registry;
import org.sanyi.shared.Money;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The global budget (总额付费) end to end on the demo city: the demo's budgets, advances and
 * 2025 clearing; the spend measured independently; a budget change approved by a second
 * officer and the advance that follows it; refusals that change nothing; data scope for
 * the county bureau and the lead hospital's clerk; exports; reconciliation.
 */
@IntegrationTest
class BudgetIT {

	private static final String PASSWORD = "Sanyi@2026";

	private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	BudgetAdmin budgets;

	@Autowired
	Registry registry;

	@Autowired
	ReconciliationService reconciliation;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	JdbcTemplate jdbcTemplate;

	@Test
	void theDemoHasBudgetsForBothYearsAdvancesAndAClearedYear() {
		long y2025 = count("select count(*) from ins_budget where budget_year = 2025 and status = 'APPROVED'");
		long y2026 = count("select count(*) from ins_budget where budget_year = 2026 and status = 'APPROVED'");
		assertThat(y2025).isPositive();
		assertThat(y2026).isPositive();
		assertThat(count("select count(*) from ins_budget_clearing where budget_year = 2025")).isEqualTo(y2025);
		assertThat(count("select count(*) from ins_budget_advance where budget_year = 2025")).isEqualTo(2 * y2025);
		assertThat(count("select count(*) from ins_budget_advance where budget_year = 2026 and month <= 10"))
			.isEqualTo(10 * y2026);
		// every clearing posted: the group's advances cleared, the adjustment on the
		// fund, postings balanced
		for (Map<String, Object> c : jdbc.sql("select * from ins_budget_clearing").query().listOfRows()) {
			String key = c.get("alliance_id") + ":" + c.get("fund_pay_type") + ":" + c.get("budget_year");
			assertThat(balance("GROUP_ADV", key)).isEqualByComparingTo("0");
			BigDecimal adjustment = ((BigDecimal) c.get("final_amount")).subtract((BigDecimal) c.get("spend"));
			assertThat(balance("GROUP_CLR", key)).isEqualByComparingTo(adjustment);
			assertThat(jdbc.sql("select coalesce(sum(amount), 0) from ins_ledger_entry where txn_id = :t")
				.param("t", c.get("txn_id"))
				.query(BigDecimal.class)
				.single()).isEqualByComparingTo("0");
		}
		// the sizing makes both outcomes appear
		assertThat(count("select count(*) from ins_budget_clearing where retained > 0")
				+ count("select count(*) from ins_budget_clearing where overspend > 0"))
			.isEqualTo(y2025);
		assertThat(reconciliation.run("MANUAL", "test").details()).isEmpty();
	}

	@Test
	void theReconciliationFindsAnAdvanceWithoutItsPostingAndATamperedGroupAccount() {
		Map<String, Object> advance = jdbc
			.sql("select * from ins_budget_advance a where budget_year = 2026 and month = 1 "
					+ "and not exists (select 1 from ins_budget_advance b where b.alliance_id = a.alliance_id "
					+ "and b.fund_pay_type = a.fund_pay_type and b.budget_year = 2026 and b.month = 12) "
					+ "order by alliance_id, fund_pay_type limit 1")
			.query()
			.singleRow();
		String key = advance.get("alliance_id") + ":" + advance.get("fund_pay_type") + ":2026";
		ReconciliationService.Run damaged = new TransactionTemplate(transactions).execute(status -> {
			jdbc.sql(
					"insert into ins_budget_advance (alliance_id, fund_pay_type, budget_year, month, budget_id, amount, "
							+ "txn_id, posting_date, posted_by) values (:a, :f, 2026, 12, :b, 10.00, 'BA:TEST', current_date, 'test')")
				.param("a", advance.get("alliance_id"))
				.param("f", advance.get("fund_pay_type"))
				.param("b", advance.get("budget_id"))
				.update();
			jdbc.sql("insert into ins_ledger_entry (txn_id, txn_kind, account_kind, account_key, region, amount, "
					+ "posting_date) values ('BA:TEST2', 'BUDGET_ADV', 'GROUP_ADV', :k, '359900', 5.00, current_date), "
					+ "('BA:TEST2', 'BUDGET_ADV', 'FUND_ADV', '390100:359900', '359900', -5.00, current_date)")
				.param("k", key)
				.update();
			ReconciliationService.Run run = reconciliation.run("MANUAL", "test");
			status.setRollbackOnly();
			return run;
		});
		assertThat(damaged.details()).extracting(ReconciliationService.Problem::check).containsOnly("BUDGET");
		assertThat(damaged.details()).extracting(ReconciliationService.Problem::key)
			.contains("advance BA:TEST", "held " + key);
	}

	@Test
	void spendIsTheFundPaymentsAtTheMembersOnTheDaysTheyWereMembersWithReversals() {
		Alliance group = registry.allianceByCode("YGT-359921").orElseThrow();
		List<Membership> memberships = registry.memberships(group.id());
		assertThat(memberships).allMatch(m -> m.leftOn() == null && m.joinedOn().isBefore(LocalDate.of(2025, 1, 1)));
		List<String> codes = memberships.stream().map(Membership::institutionCode).toList();
		BigDecimal expected = jdbc.sql("""
				select coalesce(sum(f.fund_payamt), 0) from ins_settlement s join ins_settlement_fund f using (setl_id)
				where f.fund_pay_type = '390100' and s.insuplc_admdvs = '359900' and s.fixmedins_code in (:codes)
				  and s.setl_date between '2026-01-01' and '2026-12-31'
				""").param("codes", codes).query(BigDecimal.class).single();
		BigDecimal measured = budgets.monthlySpend("YGT-359921", "390100", 2026)
			.values()
			.stream()
			.reduce(BigDecimal.ZERO, BigDecimal::add);
		assertThat(measured).isEqualByComparingTo(expected).isPositive();
		HttpSession ybj = HttpSession.loggedIn(port, "ybj", PASSWORD);
		long id = budgetId("YGT-359921", "390100", 2026);
		String page = ybj.get("/insurance/budgets/" + id).body();
		assertThat(page).contains("云岫县总医院")
			.contains("budget-chart")
			.contains("月度明细")
			.contains(String.format(java.util.Locale.ROOT, "%,.2f", measured));
	}

	@Test
	void aBudgetChangeIsApprovedByASecondOfficerAndLaterAdvancesFollowIt() {
		long base = budgetId("YGT-359921", "310100", 2026);
		HttpSession ybj = HttpSession.loggedIn(port, "ybj", PASSWORD);
		String form = ybj.get("/insurance/budgets/" + base + "/edit").body();
		assertThat(form).contains("name=\"amount\"").contains("5:100; 60").contains("10:50; 0");
		BigDecimal oldAmount = jdbc.sql("select amount from ins_budget where id = :id")
			.param("id", base)
			.query(BigDecimal.class)
			.single();
		BigDecimal newAmount = oldAmount.add(new BigDecimal("120000.00"));
		Map<String, String> fields = new HashMap<>(
				Map.of("amount", newAmount.toPlainString(), "startMonth", "1", "advanceRule", "EQUAL", "advanceRatio",
						"90", "surplus", "5:100; 60", "overspend", "10:50; 0", "summary", "年中调整：新增胸痛中心病例"));
		HttpResponse<String> proposed = ybj.postForm("/insurance/budgets/" + base + "/edit", fields);
		assertThat(proposed.statusCode()).isEqualTo(302);
		long created = idFrom(proposed);
		assertThat(status(created)).isEqualTo("PENDING");
		assertThat(status(base)).isEqualTo("APPROVED");

		// the proposer cannot approve; nothing changes
		ybj.get("/insurance/budgets/" + created);
		ybj.postForm("/insurance/budgets/" + created + "/approve", Map.of("note", "自己审"));
		assertThat(ybj.get("/insurance/budgets/" + created).body()).contains("INS-0077");
		assertThat(status(created)).isEqualTo("PENDING");

		HttpSession reviewer = HttpSession.loggedIn(port, "ybj_audit", PASSWORD);
		reviewer.get("/insurance/budgets/" + created);
		assertThat(reviewer.postForm("/insurance/budgets/" + created + "/approve", Map.of("note", "同意")).statusCode())
			.isEqualTo(302);
		assertThat(status(created)).isEqualTo("APPROVED");
		assertThat(status(base)).isEqualTo("SUPERSEDED");

		// the advances due now catch up with the new budget, once
		LocalDate today = LocalDate.now(ZONE);
		int month = today.getYear() > 2026 ? 12 : today.getMonthValue();
		ybj.get("/insurance/budgets/" + created);
		assertThat(ybj.postForm("/insurance/budgets/" + created + "/advance", Map.of()).statusCode()).isEqualTo(302);
		long allianceId = registry.allianceByCode("YGT-359921").orElseThrow().id();
		BigDecimal advanced = jdbc
			.sql("select sum(amount) from ins_budget_advance where alliance_id = :a "
					+ "and fund_pay_type = '310100' and budget_year = 2026")
			.param("a", allianceId)
			.query(BigDecimal.class)
			.single();
		String terms = jdbc.sql("select terms::text from ins_budget where id = :id")
			.param("id", created)
			.query(String.class)
			.single();
		Money target = BudgetCalculator.cumulativeAdvance(BudgetJson.read(newAmount, terms), month);
		assertThat(advanced).isEqualByComparingTo(target.amount());
		String txn = String.format("BA:%d:310100:2026%02d", allianceId, month);
		BigDecimal posted = jdbc
			.sql("select coalesce(sum(amount), 0) from ins_ledger_entry where txn_id = :t "
					+ "and account_kind = 'GROUP_ADV'")
			.param("t", txn)
			.query(BigDecimal.class)
			.single();
		assertThat(posted).isPositive();
		assertThat(ybj.get("/insurance/budgets/" + created).body()).containsPattern("已预拨 [1-9]\\d* 个月");
		long before = count("select count(*) from ins_ledger_entry");
		ybj.postForm("/insurance/budgets/" + created + "/advance", Map.of());
		assertThat(count("select count(*) from ins_ledger_entry")).isEqualTo(before);
		assertThat(ybj.get("/insurance/budgets/" + created).body()).contains("已预拨 0 个月");
		assertThat(reconciliation.run("MANUAL", "test").details()).isEmpty();
	}

	@Test
	void badInputIsRefusedWithItsCodeAndChangesNothing() {
		HttpSession ybj = HttpSession.loggedIn(port, "ybj", PASSWORD);
		assertThat(ybj.get("/insurance/budgets/new").body()).contains("云岫县紧密型县域医共体");
		long versions = count("select count(*) from ins_budget");
		Map<String, String> good = Map.of("alliance", "YLJT-02", "fund", "390100", "year", "2026", "amount",
				"1,000,000.00", "startMonth", "1", "advanceRule", "EQUAL", "advanceRatio", "90", "surplus", "5:100; 60",
				"overspend", "10:50; 0", "summary", "测试");
		assertThat(propose(ybj, good, Map.of("alliance", "ZKLM-XT"))).contains("INS-0070");
		assertThat(propose(ybj, good, Map.of("fund", "390200"))).contains("INS-0071");
		assertThat(propose(ybj, good, Map.of("amount", "一百万"))).contains("INS-0072").contains("预算金额");
		assertThat(propose(ybj, good, Map.of("amount", "100.001"))).contains("INS-0072");
		assertThat(propose(ybj, good, Map.of("advanceRule", "SCHEDULE", "schedule", "10,10,10"))).contains("INS-0073");
		assertThat(propose(ybj, good, Map.of("surplus", "5:100; 3:60; 50"))).contains("INS-0074").contains("结余留用");
		assertThat(propose(ybj, good, Map.of())).contains("INS-0075");
		assertThat(count("select count(*) from ins_budget")).isEqualTo(versions);

		long cleared = jdbc.sql("select budget_id from ins_budget_clearing order by budget_id limit 1")
			.query(Long.class)
			.single();
		long ledger = count("select count(*) from ins_ledger_entry");
		ybj.get("/insurance/budgets/" + cleared);
		ybj.postForm("/insurance/budgets/" + cleared + "/clear", Map.of());
		BigDecimal finalAmount = jdbc.sql("select final_amount from ins_budget_clearing where budget_id = :id")
			.param("id", cleared)
			.query(BigDecimal.class)
			.single();
		assertThat(ybj.get("/insurance/budgets/" + cleared).body()).contains("INS-0078")
			.contains("年终清算结果")
			.contains(String.format(java.util.Locale.ROOT, "%,.2f", finalAmount));
		if (LocalDate.now(ZONE).getYear() == 2026) {
			long running = budgetId("YGT-359921", "390100", 2026);
			ybj.get("/insurance/budgets/" + running);
			ybj.postForm("/insurance/budgets/" + running + "/clear", Map.of());
			assertThat(ybj.get("/insurance/budgets/" + running).body()).contains("INS-0081");
		}
		assertThat(count("select count(*) from ins_ledger_entry")).isEqualTo(ledger);
	}

	@Test
	void theCountyBureauAndTheLeadHospitalClerkSeeOnlyTheirGroups() {
		HttpSession county = HttpSession.loggedIn(port, "ybj_county", PASSWORD);
		String list = county.get("/insurance/budgets").body();
		assertThat(list).contains("云岫县紧密型县域医共体").doesNotContain("第一医院医疗集团");
		// budgets belong to the city's pooling region: the county bureau reads them,
		// proposes none
		assertThat(list).doesNotContain("/insurance/budgets/new");
		assertThat(HttpSession.loggedIn(port, "ybj", PASSWORD).get("/insurance/budgets").body())
			.contains("/insurance/budgets/new");
		long own = budgetId("YGT-359921", "390100", 2026);
		assertThat(county.get("/insurance/budgets/" + own).statusCode()).isEqualTo(200);
		assertThat(county.get("/insurance/budgets/" + own + "/edit").statusCode()).isEqualTo(404);
		long cityGroup = budgetId("YLJT-01", "390100", 2026);
		assertThat(county.get("/insurance/budgets/" + cityGroup).statusCode()).isEqualTo(404);
		HttpResponse<String> api = county.get("/api/insurance/budgets?year=2026");
		assertThat(api.statusCode()).isEqualTo(200);
		assertThat(api.body()).contains("YGT-359921-390100-2026").doesNotContain("YLJT-01");
		assertThat(county.get("/api/insurance/budgets/" + cityGroup).statusCode()).isEqualTo(404);
		assertThat(county.get("/api/insurance/budgets/" + own).body()).contains("\"months\"").contains("\"members\"");

		HttpSession clerk = HttpSession.loggedIn(port, "ybb", PASSWORD);
		String clerkList = clerk.get("/insurance/budgets").body();
		assertThat(clerkList).contains("第一医院医疗集团").doesNotContain("云岫县紧密型县域医共体");
		assertThat(clerk.get("/insurance/budgets/" + cityGroup).body()).contains("成员机构基金支出")
			.doesNotContain("/advance\"");
		assertThat(clerk.get("/insurance/budgets/" + own).statusCode()).isEqualTo(404);
		assertThat(clerk.postForm("/insurance/budgets/" + cityGroup + "/advance", Map.of()).statusCode())
			.isEqualTo(403);
		HttpResponse<byte[]> export = clerk.getBytes("/insurance/budgets/" + cityGroup + "/export");
		assertThat(export.statusCode()).isEqualTo(200);
		assertThat(new String(export.body(), 0, 2)).isEqualTo("PK");
		HttpResponse<byte[]> all = HttpSession.loggedIn(port, "ybj", PASSWORD)
			.getBytes("/insurance/budgets/export?year=2026");
		assertThat(new String(all.body(), 0, 2)).isEqualTo("PK");
		assertThat(
				count("select count(*) from sec_audit_log where action = 'EXPORT' and resource = 'insurance:budget'"))
			.isGreaterThanOrEqualTo(2);
	}

	@Test
	void theBudgetListReadsSpendAdvancesAndClearingsOnceForAllBudgetsAndTheMembersOnceAGroup() {
		HttpSession admin = HttpSession.loggedIn(port, "admin", PASSWORD);
		long listed = count("select count(*) from ins_budget where status in ('APPROVED', 'PENDING')");
		long groups = count(
				"select count(distinct alliance_id) from ins_budget where status in ('APPROVED', 'PENDING')");
		List<Sent> sent;
		try (StatementRecorder recorder = StatementRecorder.start(jdbcTemplate,
				(DataSourceTransactionManager) transactions)) {
			HttpResponse<String> response = admin.get("/api/insurance/budgets");
			assertThat(response.statusCode()).isEqualTo(200);
			assertThat(response.body()).contains("\"total\":" + listed);
			sent = recorder.ofThreadThatSent("from ins_budget_advance");
		}
		assertThat(listed).isGreaterThan(groups);
		// the versions, the spend of every listed budget, the advances and the clearings:
		// four, however many budgets
		assertThat(sent.stream().filter(s -> s.sql().contains("ins_budget") || s.sql().contains("ins_settlement")))
			.hasSize(4);
		assertThat(sent.stream().filter(s -> s.sql().contains("reg_alliance_member"))).hasSize((int) groups);
	}

	private String propose(HttpSession session, Map<String, String> good, Map<String, String> change) {
		Map<String, String> fields = new HashMap<>(good);
		fields.putAll(change);
		session.get("/insurance/budgets/new");
		HttpResponse<String> response = session.postForm("/insurance/budgets/new", fields);
		assertThat(response.statusCode()).isEqualTo(200);
		return response.body();
	}

	private long budgetId(String group, String fund, int year) {
		return jdbc
			.sql("select id from ins_budget where alliance_code = :g and fund_pay_type = :f and budget_year = :y "
					+ "and status = 'APPROVED'")
			.param("g", group)
			.param("f", fund)
			.param("y", year)
			.query(Long.class)
			.single();
	}

	private String status(long id) {
		return jdbc.sql("select status from ins_budget where id = :id").param("id", id).query(String.class).single();
	}

	private BigDecimal balance(String kind, String key) {
		return jdbc
			.sql("select coalesce(sum(amount), 0) from ins_ledger_entry where account_kind = :k and account_key = :a")
			.param("k", kind)
			.param("a", key)
			.query(BigDecimal.class)
			.single();
	}

	private long count(String sql) {
		return jdbc.sql(sql).query(Long.class).single();
	}

	private static long idFrom(HttpResponse<String> redirect) {
		String path = URI.create(redirect.headers().firstValue("Location").orElseThrow()).getPath();
		return Long.parseLong(path.substring(path.lastIndexOf('/') + 1));
	}

}
