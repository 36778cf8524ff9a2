package org.sanyi.monitoring.performance;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.sanyi.HttpSession;
import org.sanyi.IntegrationTest;
import org.sanyi.monitoring.performance.PerformanceIndex.Result;
import org.sanyi.monitoring.performance.PerformanceService.Ranking;
import org.sanyi.monitoring.performance.PerformanceService.Year;
import org.sanyi.security.DataScope;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo city's hospitals ranked for 2026, the rank explained down to the indicators.
 */
@IntegrationTest
class PerformanceIT {

	@LocalServerPort
	int port;

	@Autowired
	PerformanceService performance;

	@Test
	void theCitysHospitalsAreRankedWithinTheirLevelFromTheirIndicators() {
		Year year = performance.year(2026, DataScope.region("359900"), Locale.CHINA);

		assertThat(year.rankings()).isNotEmpty();
		assertThat(year.dimensionNames()).containsValues("业务运行", "诊疗能力", "安全质量", "资产运营", "成本管控", "科研创新");
		for (Ranking r : year.rankings()) {
			assertThat(r.results())
				.allMatch(x -> x.hospital() != null && year.hospitals().get(x.hospital()).grade().level() == r.level()
						&& x.index().signum() >= 0 && x.index().compareTo(java.math.BigDecimal.valueOf(100)) <= 0);
			assertThat(r.results().getFirst().rank()).isEqualTo(1);
		}
		Result first = year.rankings().getFirst().results().getFirst();
		assertThat(first.dimensions()).hasSize(6);
		// the report form's indicators have values in 2026 (the demo's May–October
		// reports)
		assertThat(first.dimensions().stream().flatMap(d -> d.measures().stream()))
			.anyMatch(m -> m.indicator().equals("staff_expense_ratio") && m.value() != null);
		// the index is the sum of what the dimensions add
		assertThat(first.dimensions()
			.stream()
			.map(PerformanceIndex.DimensionScore::contribution)
			.reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add))
			.isCloseTo(first.index(), org.assertj.core.data.Offset.offset(new java.math.BigDecimal("0.05")));
	}

	@Test
	void theRankingPageAndAHospitalsExplanationShowTheIndicators() {
		HttpSession wjw = HttpSession.loggedIn(port, "wjw", "Sanyi@2026");
		assertThat(wjw.get("/monitoring/performance?year=2026").body()).contains("医院绩效", "综合指数", "三级医院");
		Result first = performance.year(2026, DataScope.region("359900"), Locale.CHINA)
			.rankings()
			.getFirst()
			.results()
			.getFirst();

		String page = wjw.get("/monitoring/performance/" + first.hospital() + "?year=2026").body();

		assertThat(page).contains("第 1 名", "人员支出占业务支出比重", "越低越好", "/monitoring/explain");
		assertThat(wjw.get("/monitoring/performance/H00000000000?year=2026").body()).contains("MON-0141");
		assertThat(wjw.get("/monitoring/performance?year=1999").body()).contains("MON-0140");
	}

}
