package org.sanyi.monitoring.facts;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.sanyi.HttpSession;
import org.sanyi.IntegrationTest;
import org.sanyi.insurance.BudgetAdmin;
import org.sanyi.insurance.BudgetFacts;
import org.sanyi.monitoring.analysis.Area;
import org.sanyi.monitoring.analysis.Areas;
import org.sanyi.monitoring.analysis.IndicatorQueries;
import org.sanyi.monitoring.engine.FactTotals.Selection;
import org.sanyi.monitoring.engine.IndicatorValue;
import org.sanyi.monitoring.engine.Period;
import org.sanyi.security.DataScope;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The global budgets reach monitoring as facts (insurance's {@link BudgetFacts}, through
 * {@code FactsReported}): every approved budget's monthly plan and its members' spend on
 * the group's lead institution, counted exactly once; 总额预算执行率 of a group is its spend
 * over its budget, both funds summed before dividing; an approved new version replaces
 * the amounts on the platform; the bureau finds the figure among its fund indicators.
 */
@IntegrationTest
class BudgetFactsIT {

	private static final String PASSWORD = "Sanyi@2026";

	/** BudgetIT changes this group's employees' budget; this test uses another. */
	private static final String OTHER_TEST_GROUP = "YGT-359921";

	/** What insurance has reported, by element, lead institution and month. */
	private static final String REPORTED = """
			select element, institution, budget_year, month, sum(value) as v from ins_budget_fact
			group by 1, 2, 3, 4 having sum(value) <> 0 order by 1, 2, 3, 4""";

	/** What monitoring has counted, the same way. */
	private static final String COUNTED = """
			select element, institution, extract(year from day)::int as y, extract(month from day)::int as m,
			       sum(value) as v
			from mon_fact where element in ('ins.budget', 'ins.budget.spend')
			group by 1, 2, 3, 4 having sum(value) <> 0 order by 1, 2, 3, 4""";

	@LocalServerPort
	int port;

	@Autowired
	BudgetAdmin budgets;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	IndicatorQueries indicators;

	@Autowired
	Areas areas;

	@Test
	void everyApprovedBudgetAndItsSpendAreCountedOnTheLeadInstitutionExactlyOnce() throws InterruptedException {
		budgets.reportFacts();
		// what insurance reported is what monitoring counts, element by element and month
		assertThat(awaitEqual(() -> rows(COUNTED), rows(REPORTED))).isEqualTo(rows(REPORTED));
		// the plan of the year is the approved amounts
		BigDecimal approved2026 = jdbc
			.sql("select sum(amount) from ins_budget where status = 'APPROVED' and budget_year = 2026")
			.query(BigDecimal.class)
			.single();
		BigDecimal planned2026 = jdbc
			.sql("select sum(value) from mon_fact where element = 'ins.budget' and day >= '2026-01-01' "
					+ "and day < '2027-01-01'")
			.query(BigDecimal.class)
			.single();
		assertThat(planned2026).isEqualByComparingTo(approved2026);
		// nothing changed since: nothing more to report
		assertThat(budgets.reportFacts()).isZero();
	}

	@Test
	void budgetExecutionOfAGroupIsItsSpendOverItsBudgetBothFundsSummedBeforeDividing() throws InterruptedException {
		budgets.reportFacts();
		awaitEqual(() -> rows(COUNTED), rows(REPORTED));
		String group = jdbc
			.sql("select min(alliance_code) from ins_budget where status = 'APPROVED' and budget_year = 2026 "
					+ "and alliance_code like 'YGT-%' and alliance_code <> :g")
			.param("g", OTHER_TEST_GROUP)
			.query(String.class)
			.single();
		Area area = areas.resolve("A" + group, DataScope.all());
		Period year = Period.parse("2026");
		Selection.Institutions members = (Selection.Institutions) areas.selection(area, year);
		// every approved budget booked on a member: its spend by insurance's own measure
		BigDecimal spend = BigDecimal.ZERO;
		BigDecimal budget = BigDecimal.ZERO;
		for (Map<String, Object> b : jdbc
			.sql("select alliance_code, fund_pay_type, amount, lead_institution from ins_budget "
					+ "where status = 'APPROVED' and budget_year = 2026")
			.query()
			.listOfRows()) {
			if (members.codes().contains((String) b.get("lead_institution"))) {
				budget = budget.add((BigDecimal) b.get("amount"));
				for (BigDecimal month : budgets
					.monthlySpend((String) b.get("alliance_code"), (String) b.get("fund_pay_type"), 2026)
					.values()) {
					spend = spend.add(month);
				}
			}
		}
		assertThat(budget).isPositive();
		BigDecimal expected = spend.multiply(BigDecimal.valueOf(100)).divide(budget, 2, RoundingMode.HALF_UP);

		IndicatorQueries.Snapshot snapshot = indicators.snapshot();
		IndicatorValue value = snapshot.values(snapshot.select(List.of("budget_execution")), members, year)
			.get("budget_execution");

		assertThat(value.value()).isEqualByComparingTo(expected);
		assertThat(value.numerator()).isEqualByComparingTo(spend);
		assertThat(value.denominator()).isEqualByComparingTo(budget);
	}

	@Test
	void anApprovedNewVersionReplacesTheBudgetOnThePlatformAndTheBureauSeesTheFigure() throws InterruptedException {
		String group = jdbc
			.sql("select max(alliance_code) from ins_budget where status = 'APPROVED' and budget_year = 2026 "
					+ "and fund_pay_type = '390100' and alliance_code <> :g")
			.param("g", OTHER_TEST_GROUP)
			.query(String.class)
			.single();
		Map<String, Object> base = jdbc
			.sql("select id, amount, lead_institution from ins_budget where status = 'APPROVED' "
					+ "and budget_year = 2026 and fund_pay_type = '390100' and alliance_code = :g")
			.param("g", group)
			.query()
			.singleRow();
		BigDecimal newAmount = ((BigDecimal) base.get("amount")).add(new BigDecimal("240000.00"));
		HttpSession ybj = HttpSession.loggedIn(port, "ybj", PASSWORD);
		ybj.get("/insurance/budgets/" + base.get("id") + "/edit");
		HttpResponse<String> proposed = ybj.postForm("/insurance/budgets/" + base.get("id") + "/edit",
				new HashMap<>(Map.of("amount", newAmount.toPlainString(), "startMonth", "1", "advanceRule", "EQUAL",
						"advanceRatio", "90", "surplus", "5:100; 60", "overspend", "10:50; 0", "summary",
						"年中调整：居民门诊统筹扩面")));
		assertThat(proposed.statusCode()).isEqualTo(302);
		String created = URI.create(proposed.headers().firstValue("Location").orElseThrow())
			.getPath()
			.replaceAll(".*/", "");
		String lead = (String) base.get("lead_institution");
		String planned = "select coalesce(sum(value), 0) from mon_fact where element = 'ins.budget' "
				+ "and institution = '" + lead + "' and dims ->> 'insutype' = '390' and day >= '2026-01-01' "
				+ "and day < '2027-01-01'";
		BigDecimal before = jdbc.sql(planned).query(BigDecimal.class).single();

		HttpSession reviewer = HttpSession.loggedIn(port, "ybj_audit", PASSWORD);
		reviewer.get("/insurance/budgets/" + created);
		assertThat(reviewer.postForm("/insurance/budgets/" + created + "/approve", Map.of("note", "同意")).statusCode())
			.isEqualTo(302);

		BigDecimal after = awaitEqual(() -> jdbc.sql(planned).query(BigDecimal.class).single().setScale(2),
				before.add(new BigDecimal("240000.00")).setScale(2));
		assertThat(after).isEqualByComparingTo(before.add(new BigDecimal("240000.00")));

		String page = ybj.get("/monitoring/indicators?set=FUND&area=A" + group + "&period=2026").body();
		assertThat(page).contains("总额预算执行率");
	}

	@Test
	void theBigScreenShowsTheCitysBudgetExecutionOfTheYearSoFar() throws InterruptedException {
		budgets.reportFacts();
		awaitEqual(() -> rows(COUNTED), rows(REPORTED));
		HttpSession wjw = HttpSession.loggedIn(port, "wjw", PASSWORD);

		String part = wjw.get("/monitoring/screen/part/counters?area=R359900").body();

		int year = Integer.parseInt(part.replaceAll("(?s).*?(\\d{4}) 年总额预算执行进度.*", "$1"));
		Period period = Period.year(year);
		IndicatorQueries.Snapshot snapshot = indicators.snapshot();
		IndicatorValue value = snapshot
			.values(snapshot.select(List.of("budget_execution")),
					areas.selection(areas.resolve("R359900", DataScope.all()), period), period)
			.get("budget_execution");
		assertThat(value.defined()).isTrue();
		assertThat(part).contains(">" + value.value().toPlainString() + "%<");
	}

	private List<List<Object>> rows(String sql) {
		return jdbc.sql(sql)
			.query()
			.listOfRows()
			.stream()
			.map(r -> r.values()
				.stream()
				.map(v -> v instanceof BigDecimal d ? (Object) d.stripTrailingZeros().toPlainString()
						: (Object) String.valueOf(v))
				.toList())
			.toList();
	}

	/** Monitoring counts facts after the reporting transaction: wait for them. */
	private static <T> T awaitEqual(Supplier<T> actual, T expected) throws InterruptedException {
		long end = System.nanoTime() + Duration.ofSeconds(30).toNanos();
		T now = actual.get();
		while (!now.equals(expected) && System.nanoTime() < end) {
			Thread.sleep(200);
			now = actual.get();
		}
		return now;
	}

}
