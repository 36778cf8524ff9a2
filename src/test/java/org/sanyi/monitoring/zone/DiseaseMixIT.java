package org.sanyi.monitoring.zone;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.sanyi.HttpSession;
import org.sanyi.IntegrationTest;
import org.sanyi.drg.DrgMonthSettled;
import org.sanyi.drg.DrgMonthSettled.Group;
import org.sanyi.insurance.GatewayFixtures;
import org.sanyi.monitoring.analysis.Area;
import org.sanyi.monitoring.analysis.Areas;
import org.sanyi.monitoring.analysis.IndicatorQueries;
import org.sanyi.monitoring.engine.FactTotals.Selection;
import org.sanyi.monitoring.engine.IndicatorValue;
import org.sanyi.monitoring.engine.Period;
import org.sanyi.monitoring.performance.ConsumptionIndex;
import org.sanyi.monitoring.performance.ConsumptionIndices;
import org.sanyi.monitoring.performance.PerformanceIndex;
import org.sanyi.monitoring.performance.PerformanceService;
import org.sanyi.security.DataScope;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The disease mix from the DRG module's month results: a hospital's month by DRG becomes
 * facts sliced by DRG, a month settled again replaces them DRG by DRG; the 病种结构 page and
 * the big screen's DRG part list them; CMI from the DRG facts scores in the hospital
 * performance index's 诊疗能力.
 */
@IntegrationTest
class DiseaseMixIT {

	static final String HOSPITAL = GatewayFixtures.COUNTY_HOSPITAL;

	/** A month no other test or the demo writes. */
	static final YearMonth MONTH = YearMonth.of(2029, 4);

	@LocalServerPort
	int port;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	DiseaseMix diseases;

	@Autowired
	Areas areas;

	@Autowired
	IndicatorQueries indicators;

	@Autowired
	PerformanceService performance;

	static DrgMonthSettled result(OffsetDateTime at, List<Group> groups) {
		int cases = groups.stream().mapToInt(Group::cases).sum();
		return new DrgMonthSettled(HOSPITAL, "359921", MONTH, cases, cases, 0, 0, 0, new BigDecimal("1.0000"),
				new BigDecimal("100000.00"), new BigDecimal("100000.00"), null, BigDecimal.ZERO, null, null, "P1", at,
				groups);
	}

	static Group group(String drg, String name, int cases, String fund) {
		return new Group(drg, name, cases, new BigDecimal(fund), new BigDecimal(fund), 8L * cases);
	}

	@Test
	void aMonthByDrgBecomesTheDiseaseMixAndASecondSettlementReplacesItDrgByDrg() throws InterruptedException {
		OffsetDateTime first = OffsetDateTime.of(2029, 5, 5, 4, 0, 0, 0, ZoneOffset.ofHours(8));
		publish(result(first,
				List.of(group("FR23", "急性心肌梗死", 20, "240000.00"), group("GB15", "胃肠手术", 10, "60000.00"))));
		assertThat(await(m -> m.cases().intValue() == 30)).containsEntry("FR23", "20/240000.00")
			.containsEntry("GB15", "10/60000.00");

		publish(result(first.plusDays(2),
				List.of(group("FR23", "急性心肌梗死", 25, "300000.00"), group("ES31", "呼吸系统感染", 5, "30000.00"))));
		Map<String, String> replaced = await(m -> m.cases().intValue() == 30 && m.groups().size() == 2
				&& m.groups().getFirst().cases().intValue() == 25);
		assertThat(replaced).containsOnly(Map.entry("FR23", "25/300000.00"), Map.entry("ES31", "5/30000.00"));

		DiseaseMix.Mix mix = mix();
		assertThat(mix.topByFund(1).getFirst().drg()).isEqualTo("FR23");
		assertThat(mix.mdcs()).extracting(DiseaseMix.Group::drg).containsExactly("F", "E");
		assertThat(mix.caseShare(mix.groups().getFirst())).isEqualByComparingTo("83.33");

		HttpSession ybj = HttpSession.loggedIn(port, "ybj", "Sanyi@2026");
		String page = ybj.get("/monitoring/zone/diseases?area=I" + HOSPITAL + "&period=" + MONTH).body();
		assertThat(page).contains("病种结构", "急性心肌梗死", "呼吸系统感染", "循环系统疾病及功能障碍", "83.33%").doesNotContain("胃肠手术");
		assertThat(ybj.get("/monitoring/zone/diseases?area=R359900&period=2029-13").statusCode()).isEqualTo(400);
		HttpSession hospitalClerk = HttpSession.loggedIn(port, "ybb", "Sanyi@2026");
		assertThat(hospitalClerk.get("/monitoring/zone/diseases?area=R359900").statusCode()).isIn(403, 404);
	}

	@Test
	void theBigScreenListsTheCitysLargestDrgsOfItsLatestDrgMonth() {
		Area city = areas.resolve("R359900", DataScope.all());
		Period month = diseases.latestMonth(city);
		DiseaseMix.Mix mix = diseases.of(city, month.first(), month.last());
		assertThat(mix.groups()).as("the demo settles its DRG months").isNotEmpty();

		String part = HttpSession.loggedIn(port, "wjw", "Sanyi@2026")
			.get("/monitoring/screen/part/drg?area=R359900")
			.body();

		assertThat(part).contains(month.code(), mix.groups().getFirst().drg(), mix.groups().getFirst().name());
	}

	@Test
	void cmiScoresInClinicalCapabilityAndIsTheIndicatorOverTheHospitalsYear() {
		var year = performance.year(2026, DataScope.region("359900"), Locale.CHINA);
		PerformanceIndex.Scored cmi = year.rankings()
			.stream()
			.flatMap(r -> r.results().stream())
			.flatMap(r -> r.dimensions().stream())
			.filter(d -> d.code().equals("capability"))
			.flatMap(d -> d.measures().stream())
			.filter(m -> m.indicator().equals("cmi") && m.value() != null)
			.findFirst()
			.orElseThrow();
		assertThat(cmi.weight()).isEqualByComparingTo("30");
		assertThat(cmi.higherBetter()).isTrue();
		String hospital = year.rankings()
			.stream()
			.flatMap(r -> r.results().stream())
			.filter(r -> r.dimensions().stream().flatMap(d -> d.measures().stream()).anyMatch(m -> m == cmi))
			.findFirst()
			.orElseThrow()
			.hospital();
		IndicatorQueries.Snapshot snapshot = indicators.snapshot();
		IndicatorValue expected = snapshot
			.values(snapshot.select(List.of("cmi")), new Selection.Institutions(Set.of(hospital)), Period.year(2026))
			.get("cmi");
		assertThat(cmi.value()).isEqualByComparingTo(expected.value());
	}

	@Autowired
	ConsumptionIndices consumption;

	/**
	 * The hand calculation of {@code ConsumptionIndexTest} through the DRG event, the
	 * facts and the city's baseline: a county hospital and a city hospital, two DRGs, a
	 * month no one else writes.
	 */
	@Test
	void consumptionIndicesComeFromTheDrgFactsAgainstTheCitysMeans() throws InterruptedException {
		YearMonth july = YearMonth.of(2029, 7);
		OffsetDateTime at = OffsetDateTime.of(2029, 8, 5, 4, 0, 0, 0, ZoneOffset.ofHours(8));
		String city = GatewayFixtures.CITY_HOSPITAL;
		publish(new DrgMonthSettled(HOSPITAL, "359921", july, 15, 15, 0, 0, 0, new BigDecimal("1.0000"),
				new BigDecimal("350000.00"), new BigDecimal("350000.00"), null, BigDecimal.ZERO, null, null, "P1", at,
				List.of(new Group("FR23", "急性心肌梗死", 10, new BigDecimal("300000.00"), new BigDecimal("300000.00"), 100),
						new Group("GB15", "胃肠手术", 5, new BigDecimal("50000.00"), new BigDecimal("50000.00"), 30))));
		publish(new DrgMonthSettled(city, "359900", july, 45, 45, 0, 0, 0, new BigDecimal("1.0000"),
				new BigDecimal("690000.00"), new BigDecimal("690000.00"), null, BigDecimal.ZERO, null, null, "P1", at,
				List.of(new Group("FR23", "急性心肌梗死", 30, new BigDecimal("600000.00"), new BigDecimal("600000.00"), 240),
						new Group("GB15", "胃肠手术", 15, new BigDecimal("90000.00"), new BigDecimal("90000.00"), 120))));
		Period month = Period.month(july);
		long end = System.nanoTime() + Duration.ofSeconds(30).toNanos();
		Map<String, ConsumptionIndex.Result> got = consumption.of(List.of(HOSPITAL, city), month);
		while ((got.size() < 2 || got.get(city).costCases().intValue() < 45) && System.nanoTime() < end) {
			Thread.sleep(100);
			got = consumption.of(List.of(HOSPITAL, city), month);
		}

		assertThat(got.get(HOSPITAL).costIndex()).isEqualByComparingTo("1.3651");
		assertThat(got.get(HOSPITAL).timeIndex()).isEqualByComparingTo("1.0510");
		assertThat(got.get(city).costIndex()).isEqualByComparingTo("0.8783");
		assertThat(got.get(city).timeIndex()).isEqualByComparingTo("0.9830");
		assertThat(got.get(HOSPITAL).plus(got.get(city)).costIndex()).as("the city against itself")
			.isEqualByComparingTo("1.0000");
	}

	@Test
	void theConsumptionIndicesScoreInSafetyAndQualityAndExplainDrgByDrg() {
		var year = performance.year(2026, DataScope.region("359900"), Locale.CHINA);
		PerformanceIndex.Result ranked = year.rankings()
			.stream()
			.flatMap(r -> r.results().stream())
			.filter(r -> r.dimensions()
				.stream()
				.flatMap(d -> d.measures().stream())
				.anyMatch(m -> m.indicator().equals(ConsumptionIndices.COST) && m.value() != null))
			.findFirst()
			.orElseThrow(() -> new AssertionError("the demo's DRG months give a cost consumption index"));
		PerformanceIndex.Scored cost = ranked.dimensions()
			.stream()
			.filter(d -> d.code().equals("quality"))
			.flatMap(d -> d.measures().stream())
			.filter(m -> m.indicator().equals(ConsumptionIndices.COST))
			.findFirst()
			.orElseThrow();
		assertThat(cost.weight()).isEqualByComparingTo("20");
		assertThat(cost.higherBetter()).isFalse();
		assertThat(cost.value()).isEqualByComparingTo(
				consumption.of(List.of(ranked.hospital()), Period.year(2026)).get(ranked.hospital()).costIndex());

		HttpSession wjw = HttpSession.loggedIn(port, "wjw", "Sanyi@2026");
		assertThat(wjw.get("/monitoring/performance/" + ranked.hospital() + "?year=2026").body()).contains("费用消耗指数",
				"时间消耗指数", "/monitoring/performance/" + ranked.hospital() + "/consumption");
		String page = wjw.get("/monitoring/performance/" + ranked.hospital() + "/consumption?year=2026").body();
		assertThat(page).contains("费用与时间消耗指数", cost.value().toPlainString(), "全市例均费用");
		assertThat(wjw.get("/monitoring/performance/H99999999999/consumption?year=2026").statusCode()).isEqualTo(404);
	}

	void publish(DrgMonthSettled e) {
		transactions.executeWithoutResult(tx -> events.publishEvent(e));
	}

	DiseaseMix.Mix mix() {
		Area hospital = areas.resolve("I" + HOSPITAL, DataScope.all());
		return diseases.of(hospital, MONTH.atDay(1), MONTH.atEndOfMonth());
	}

	/** Cases/fund by DRG once {@code done} holds (monitoring counts after the commit). */
	Map<String, String> await(Predicate<DiseaseMix.Mix> done) throws InterruptedException {
		long end = System.nanoTime() + Duration.ofSeconds(30).toNanos();
		DiseaseMix.Mix m = mix();
		while (!done.test(m) && System.nanoTime() < end) {
			Thread.sleep(100);
			m = mix();
		}
		return m.groups()
			.stream()
			.collect(Collectors.toMap(DiseaseMix.Group::drg,
					g -> g.cases().toPlainString() + "/" + g.fund().toPlainString()));
	}

}
