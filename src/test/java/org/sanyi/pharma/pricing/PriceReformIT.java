package org.sanyi.pharma.pricing;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.sanyi.HttpSession;
import org.sanyi.IntegrationTest;
import org.sanyi.pharma.engine.FeeGroup;
import org.sanyi.pharma.engine.PriceReform;
import org.sanyi.security.DataScope;
import org.sanyi.terminology.Terminology;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 腾笼换鸟 on the demo city: the demo's scenario over its year, a bad field refused by name
 * with nothing saved, scenarios compared, and a publication approved by a second officer
 * becoming the region's service price version.
 */
@IntegrationTest
class PriceReformIT {

	@LocalServerPort
	int port;

	@Autowired
	Scenarios scenarios;

	@Autowired
	Terminology terminology;

	@Autowired
	JdbcClient jdbc;

	static Map<String, String> fields(String name) {
		Map<String, String> f = new LinkedHashMap<>();
		f.put("region", "359900");
		f.put("name", name);
		f.put("baselineFrom", "2025-11-01");
		f.put("baselineTo", "2026-10-31");
		f.put("consumableMarkup", "5");
		f.put("testCut", "10");
		f.put("fundShare", "70");
		f.put("fundMonths", "9.6");
		f.put("costGrowth", "6.5");
		f.put("raise02", "30");
		f.put("newPrices", "004100000010000=30");
		return f;
	}

	private long scenarios() {
		return jdbc.sql("select count(*) from ph_price_scenario").query(Long.class).single();
	}

	@Test
	void theDemoScenarioShiftsTheCitysRevenueTowardsServicesWithinItsRoom() {
		long id = jdbc.sql("select min(id) from ph_price_scenario where region = '359900'").query(Long.class).single();

		Scenarios.Checked checked = scenarios.get(id, DataScope.region("359900"));

		PriceReform.Result result = checked.scenario().result();
		PriceReform.Outcome city = result.region();
		assertThat(result.institutions()).isNotEmpty();
		assertThat(city.savings()).isPositive();
		assertThat(city.room()).isEqualByComparingTo(city.savings().add(city.markupRemoved()).add(city.testCuts()));
		assertThat(city.serviceIncrease()).isPositive();
		assertThat(result.withinRoom()).isTrue();
		assertThat(city.after().share(FeeGroup.SERVICE)).isGreaterThan(city.before().share(FeeGroup.SERVICE));
		assertThat(city.after().share(FeeGroup.DRUG)).isLessThan(city.before().share(FeeGroup.DRUG));
		// the region's sums are the institutions' sums
		assertThat(result.institutions()
			.stream()
			.map(PriceReform.Outcome::serviceIncrease)
			.reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo(city.serviceIncrease());
		assertThat(result.items()).anyMatch(i -> i.code().equals("004100000010000") && i.direction() > 0);
		assertThat(checked.trigger().version()).isEqualTo("default-1");
		assertThat(checked.checks()).hasSize(3);

		var officer = HttpSession.loggedIn(port, "ybj", "Sanyi@2026");
		String page = officer.get("/pharma/pricing/" + id).body();
		assertThat(page).contains("医疗服务收入占比").contains("符合总量控制").contains("普通针刺");
	}

	@Test
	void aBadFieldIsRefusedByNameAndNothingIsSaved() {
		long before = scenarios();
		var officer = HttpSession.loggedIn(port, "ybj", "Sanyi@2026");
		officer.get("/pharma/pricing");
		Map<String, String> badRaise = fields("错误方案");
		badRaise.put("raise02", "abc");
		Map<String, String> badPrice = fields("错误方案");
		badPrice.put("newPrices", "004100000010000=-5");
		Map<String, String> otherRegion = fields("外地方案");
		otherRegion.put("region", "110100");

		String raise = officer.postForm("/pharma/pricing", badRaise).body();
		String price = officer.postForm("/pharma/pricing", badPrice).body();
		String region = officer.postForm("/pharma/pricing", otherRegion).body();

		assertThat(raise).contains("PH-0101").contains("raise02");
		assertThat(price).contains("PH-0101").contains("newPrices");
		assertThat(region).contains("PH-0101").contains("region");
		assertThat(scenarios()).isEqualTo(before);
	}

	@Test
	void theBureauAddsATriggerVersionFromTodayAndABadOneIsRefusedByName() {
		var officer = HttpSession.loggedIn(port, "ybj", "Sanyi@2026");
		officer.get("/pharma/pricing");
		String version = "qx-" + System.nanoTime() % 100_000;
		long before = triggers();
		Map<String, String> form = new LinkedHashMap<>(Map.of("region", "359900", "version", version, "effectiveFrom",
				org.sanyi.shared.PlatformTime.today().plusDays(1).toString(), "minFundMonths", "9", "maxCostGrowth",
				"8", "serviceShareTarget", "40", "note", "青溪市医保局：基金可支付9个月以上方可启动调价"));
		for (var bad : List.of(Map.entry("region", "110100"), Map.entry("effectiveFrom", "2020-01-01"),
				Map.entry("minFundMonths", "61"), Map.entry("maxCostGrowth", "150"),
				Map.entry("serviceShareTarget", "35.123"))) {
			Map<String, String> wrong = new LinkedHashMap<>(form);
			wrong.put(bad.getKey(), bad.getValue());
			assertThat(officer.postForm("/pharma/pricing/triggers", wrong).body()).as(bad.getKey())
				.contains("PH-0101")
				.contains(bad.getKey());
		}
		assertThat(triggers()).as("nothing saved").isEqualTo(before);

		officer.postForm("/pharma/pricing/triggers", form);
		assertThat(jdbc.sql("""
				select min_fund_months || '/' || max_cost_growth || '/' || service_share_target from ph_reform_trigger
				where region = '359900' and version = :v""").param("v", version).query(String.class).single())
			.isEqualTo("9.00/0.0800/0.4000");
		assertThat(officer.postForm("/pharma/pricing/triggers", form).body()).as("the same version again")
			.contains("PH-0101")
			.contains("version");
		assertThat(officer.get("/pharma/pricing").body()).contains(version);
	}

	private long triggers() {
		return jdbc.sql("select count(*) from ph_reform_trigger").query(Long.class).single();
	}

	@Test
	void twoScenariosSideBySideAndAPublicationApprovedBecomesTheRegionsPriceVersion() {
		var officer = HttpSession.loggedIn(port, "ybj", "Sanyi@2026");
		officer.get("/pharma/pricing");
		Map<String, String> modest = fields("方案（测试）甲");
		Map<String, String> bold = fields("方案（测试）乙");
		bold.put("raise02", "60");
		bold.put("raise07", "40");
		var saved = officer.postForm("/pharma/pricing", modest);
		assertThat(saved.statusCode()).isEqualTo(302);
		long a = Long.parseLong(saved.headers().firstValue("Location").orElseThrow().replaceAll(".*/", ""));
		long b = Long.parseLong(officer.postForm("/pharma/pricing", bold)
			.headers()
			.firstValue("Location")
			.orElseThrow()
			.replaceAll(".*/", ""));

		String compared = officer.get("/pharma/pricing/compare?ids=" + a + "&ids=" + b).body();
		assertThat(compared).contains("方案（测试）甲").contains("方案（测试）乙").contains("总量控制");
		List<Scenarios.Checked> both = scenarios.compare(List.of(a, b), DataScope.region("359900"));
		assertThat(both.get(1).scenario().result().region().serviceIncrease())
			.isGreaterThan(both.get(0).scenario().result().region().serviceIncrease());

		String year = String.valueOf(org.sanyi.shared.PlatformTime.today().getYear() + 2);
		assertThat(officer.postForm("/pharma/pricing/" + a + "/publish", Map.of("effectiveFrom", "2020-01-01"))
			.statusCode()).isEqualTo(302);
		assertThat(jdbc.sql("select count(*) from ph_price_publication where scenario_id = :s")
			.param("s", a)
			.query(Long.class)
			.single()).isZero();
		officer.postForm("/pharma/pricing/" + a + "/publish", Map.of("effectiveFrom", year + "-03-01"));
		long publication = jdbc.sql("select id from ph_price_publication where scenario_id = :s")
			.param("s", a)
			.query(Long.class)
			.single();
		// the proposer cannot approve
		officer.postForm("/pharma/pricing/" + a + "/publications/" + publication + "/approve", Map.of("note", "自审"));
		assertThat(status(publication)).isEqualTo("PENDING");

		var reviewer = HttpSession.loggedIn(port, "ybj_audit", "Sanyi@2026");
		reviewer.get("/pharma/pricing/" + a);
		reviewer.postForm("/pharma/pricing/" + a + "/publications/" + publication + "/approve", Map.of("note", "同意"));

		assertThat(status(publication)).isEqualTo("APPROVED");
		var version = terminology.versionInForce("SERVICE-359900", java.time.LocalDate.parse(year + "-03-01"));
		assertThat(version).isPresent();
		// 普通针刺 20.00 → 30.00 (its own new price)
		var acupuncture = terminology
			.searchCatalogue(
					new org.sanyi.terminology.CatalogueQuery(org.sanyi.terminology.SystemKind.SERVICE, null,
							"004100000010000", java.time.LocalDate.parse(year + "-03-01")),
					new org.sanyi.shared.PageQuery(1, 50))
			.rows()
			.stream()
			.filter(i -> i.system().equals("SERVICE-359900"))
			.findFirst()
			.orElseThrow();
		assertThat(acupuncture.price()).isEqualByComparingTo("30.00");
	}

	private String status(long publication) {
		return jdbc.sql("select status from ph_price_publication where id = :id")
			.param("id", publication)
			.query(String.class)
			.single();
	}

}
