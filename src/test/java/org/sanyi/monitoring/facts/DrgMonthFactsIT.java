package org.sanyi.monitoring.facts;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.sanyi.IntegrationTest;
import org.sanyi.drg.DrgMonthSettled;
import org.sanyi.insurance.GatewayFixtures;
import org.sanyi.monitoring.analysis.IndicatorQueries;
import org.sanyi.monitoring.engine.FactTotals.Selection;
import org.sanyi.monitoring.engine.IndicatorValue;
import org.sanyi.monitoring.engine.Period;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The DRG module's month results become DRG 结算率 and CMI: a hospital's month result shows
 * as the fund under DRG over the fund by item and Σ RW over DRG cases; the month settled
 * again replaces it (the facts count the difference), and the earlier result arriving
 * late changes nothing.
 */
@IntegrationTest
class DrgMonthFactsIT {

	static final String HOSPITAL = GatewayFixtures.COUNTY_HOSPITAL;

	static final YearMonth MONTH = YearMonth.of(2029, 3);

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	IndicatorQueries indicators;

	@Autowired
	JdbcClient jdbc;

	static DrgMonthSettled result(int drgCases, String cmi, String drgFund, String ffsFund, OffsetDateTime at) {
		return new DrgMonthSettled(HOSPITAL, "359921", MONTH, drgCases + 10, drgCases, 10, 2, 3, new BigDecimal(cmi),
				new BigDecimal(drgFund), new BigDecimal(ffsFund), null, BigDecimal.ZERO, null, null, "P1", at,
				List.of());
	}

	@Test
	void monthResultShowsAsSettlementRateAndCmiAndASecondSettlementReplacesIt() throws InterruptedException {
		OffsetDateTime first = OffsetDateTime.of(2029, 4, 5, 10, 0, 0, 0, ZoneOffset.ofHours(8));
		DrgMonthSettled earlier = result(90, "1.2500", "900000.00", "1000000.00", first);
		publish(earlier);
		assertThat(await(v -> v.get("cmi").defined())).containsEntry("drg_settle_rate", "90.00")
			.containsEntry("cmi", "1.2500");

		publish(result(80, "1.1000", "1100000.00", "1000000.00", first.plusDays(3)));
		assertThat(await(v -> "110.00".equals(plain(v).get("drg_settle_rate"))))
			.containsEntry("drg_settle_rate", "110.00")
			.containsEntry("cmi", "1.1000");

		publish(earlier);
		Thread.sleep(500);
		assertThat(plain(values())).as("the earlier result, late, changes nothing")
			.containsEntry("drg_settle_rate", "110.00")
			.containsEntry("cmi", "1.1000");
		assertThat(jdbc.sql("select count(*) from mon_fact_report where report_key like :k")
			.param("k", "drg:month:" + HOSPITAL + ":2029-03:%")
			.query(Long.class)
			.single()).isEqualTo(2);
	}

	void publish(DrgMonthSettled e) {
		transactions.executeWithoutResult(tx -> events.publishEvent(e));
	}

	Map<String, IndicatorValue> values() {
		IndicatorQueries.Snapshot snapshot = indicators.snapshot();
		return snapshot.values(snapshot.select(List.of("drg_settle_rate", "cmi")),
				new Selection.Institutions(Set.of(HOSPITAL)), Period.month(MONTH));
	}

	static Map<String, String> plain(Map<String, IndicatorValue> values) {
		Map<String, String> plain = new java.util.HashMap<>();
		values.forEach((k, v) -> plain.put(k, v.defined() ? v.value().toPlainString() : "—"));
		return plain;
	}

	Map<String, String> await(java.util.function.Predicate<Map<String, IndicatorValue>> done)
			throws InterruptedException {
		long end = System.nanoTime() + Duration.ofSeconds(30).toNanos();
		Map<String, IndicatorValue> v = values();
		while (!done.test(v) && System.nanoTime() < end) {
			Thread.sleep(100);
			v = values();
		}
		return plain(v);
	}

}
