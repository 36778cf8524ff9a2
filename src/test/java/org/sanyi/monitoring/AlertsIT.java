package org.sanyi.monitoring;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.sanyi.HttpSession;
import org.sanyi.IntegrationTest;
import org.sanyi.monitoring.alert.AlertRepository.Alert;
import org.sanyi.monitoring.alert.AlertService;
import org.sanyi.monitoring.alert.AlertStatus;
import org.sanyi.security.DataScope;
import org.sanyi.shared.BusinessException;
import org.sanyi.shared.PlatformTime;
import org.sanyi.shared.facts.Fact;
import org.sanyi.shared.facts.FactsReported;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A threshold on a hospital's indicator raises one alert a month, acknowledged with a
 * comment within the scope.
 */
@IntegrationTest
class AlertsIT {

	static final String HOSPITAL = "H35992100001";

	static final DataScope COUNTY = DataScope.region("359921");

	@LocalServerPort
	int port;

	@Autowired
	AlertService alerts;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	Alert alertOf(long rule) throws InterruptedException {
		for (int i = 0; i < 100; i++) {
			alerts.evaluate();
			var found = alerts.alerts(COUNTY).stream().filter(a -> a.ruleId() == rule).toList();
			if (!found.isEmpty()) {
				return found.getFirst();
			}
			Thread.sleep(100);
		}
		throw new AssertionError("no alert for rule " + rule);
	}

	@Test
	void aBreachRaisesOneAlertThatARegulatorOfTheCountyAcknowledgesWithAComment() throws InterruptedException {
		LocalDate today = PlatformTime.today();
		transactions.executeWithoutResult(tx -> events.publishEvent(new FactsReported("it:alerts:" + today, "insurance",
				List.of(new Fact("ins.fee", HOSPITAL, today, Map.of("fee_category", "09"), new BigDecimal("40.00")),
						new Fact("ins.fee", HOSPITAL, today, Map.of("fee_category", "05"), new BigDecimal("60.00"))))));
		long rule = alerts.addRule("drug_ratio", "I" + HOSPITAL, ">", "-1", "wjw_county", COUNTY);

		Alert alert = alertOf(rule);
		alerts.evaluate();

		assertThat(alerts.alerts(COUNTY).stream().filter(a -> a.ruleId() == rule && a.period().equals(alert.period())))
			.hasSize(1);
		assertThat(alert.status()).isEqualTo(AlertStatus.OPEN);
		assertThatThrownBy(() -> alerts.acknowledge(alert.id(), "wjw_county", " ", COUNTY)).isInstanceOfSatisfying(
				BusinessException.class, ex -> assertThat(ex.error()).isEqualTo(MonitoringErrors.ALERT_RULE_INVALID));
		assertThatThrownBy(() -> alerts.acknowledge(alert.id(), "other", "看过", DataScope.region("359922")))
			.isInstanceOfSatisfying(BusinessException.class,
					ex -> assertThat(ex.error()).isEqualTo(MonitoringErrors.ALERT_NOT_FOUND));
		alerts.acknowledge(alert.id(), "wjw_county", "已约谈医院，下月复查", COUNTY);
		assertThatThrownBy(() -> alerts.acknowledge(alert.id(), "wjw_county", "再次", COUNTY)).isInstanceOfSatisfying(
				BusinessException.class, ex -> assertThat(ex.error()).isEqualTo(MonitoringErrors.ALERT_NOT_OPEN));
		assertThat(HttpSession.loggedIn(port, "wjw", "Sanyi@2026").get("/monitoring/alerts").body()).contains("药占比",
				"已处理", "已约谈医院");
	}

	@Test
	void aRuleNeedsAnIndicatorAnAreaInScopeAndANumber() {
		assertThatThrownBy(() -> alerts.addRule("nope", "R359921", ">", "1", "wjw", COUNTY)).isInstanceOfSatisfying(
				BusinessException.class, ex -> assertThat(ex.error()).isEqualTo(MonitoringErrors.ALERT_RULE_INVALID));
		assertThatThrownBy(() -> alerts.addRule("drug_ratio", "R359900", ">", "1", "wjw_county", COUNTY))
			.isInstanceOfSatisfying(BusinessException.class,
					ex -> assertThat(ex.error()).isEqualTo(MonitoringErrors.AREA_NOT_FOUND));
		assertThatThrownBy(() -> alerts.addRule("drug_ratio", "R359921", ">", "thirty", "wjw", COUNTY))
			.isInstanceOfSatisfying(BusinessException.class,
					ex -> assertThat(ex.error()).isEqualTo(MonitoringErrors.ALERT_RULE_INVALID));
	}

}
