package org.sanyi.monitoring.facts;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.sanyi.AwaitEvents;
import org.sanyi.IntegrationTest;
import org.sanyi.monitoring.engine.FactTotals;
import org.sanyi.monitoring.engine.FactTotals.Component;
import org.sanyi.monitoring.engine.FactTotals.DaySpan;
import org.sanyi.monitoring.engine.FactTotals.Selection;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo's statistics history arrives in the background, month by month, through the
 * fact store, and the city's figures show the reform: the drug share of fees falls and
 * the medical service share rises between the first and the last month; a month's facts
 * are counted once (one report per month).
 */
@IntegrationTest
class StatisticsHistoryIT {

	@Autowired
	FactTotals totals;

	@Autowired
	JdbcClient jdbc;

	static final Component FEES = Component.of("ins.fee");

	static final Set<Component> DRUGS = Set.of(fee("09"), fee("10"), fee("11"));

	static final Set<Component> SERVICES = Set.of(fee("01"), fee("02"), fee("05"), fee("06"), fee("07"), fee("12"),
			fee("13"));

	@Test
	void theCityHistoryShowsTheDrugShareFallingAndServiceIncomeRising() {
		AwaitEvents.statisticsHistory(jdbc, 24);
		assertThat(
				jdbc.sql("select count(distinct report_key) from mon_fact_report where source = 'statistics-history'")
					.query(Long.class)
					.single())
			.isEqualTo(24);
		Selection city = new Selection.Region("3599");
		Map<String, BigDecimal> first = shares(city, LocalDate.of(2024, 11, 1));
		Map<String, BigDecimal> last = shares(city, LocalDate.of(2026, 10, 1));
		assertThat(first.get("drugs")).isBetween(new BigDecimal("0.30"), new BigDecimal("0.42"));
		assertThat(first.get("drugs").subtract(last.get("drugs"))).isGreaterThan(new BigDecimal("0.05"));
		assertThat(last.get("services").subtract(first.get("services"))).isGreaterThan(new BigDecimal("0.05"));
		Component discharges = new Component("ins.visit.count", Map.of("clr_type", "21"));
		assertThat(totals
			.totals(Set.of(discharges), new Selection.Institutions(Set.of("H35990000001")),
					month(LocalDate.of(2025, 6, 1)))
			.get(discharges)).isBetween(new BigDecimal("4000"), new BigDecimal("6500"));
	}

	private Map<String, BigDecimal> shares(Selection where, LocalDate month) {
		Set<Component> all = new java.util.HashSet<>(DRUGS);
		all.addAll(SERVICES);
		all.add(FEES);
		Map<Component, BigDecimal> sums = totals.totals(all, where, month(month));
		BigDecimal fees = sums.get(FEES);
		return Map.of("drugs", sum(sums, DRUGS).divide(fees, MathContext.DECIMAL64), "services",
				sum(sums, SERVICES).divide(fees, MathContext.DECIMAL64));
	}

	private static BigDecimal sum(Map<Component, BigDecimal> sums, Set<Component> which) {
		return which.stream().map(c -> sums.getOrDefault(c, BigDecimal.ZERO)).reduce(BigDecimal.ZERO, BigDecimal::add);
	}

	private static DaySpan month(LocalDate first) {
		return new DaySpan(first, first.plusMonths(1).minusDays(1));
	}

	private static Component fee(String category) {
		return new Component("ins.fee", Map.of("fee_category", category));
	}

}
