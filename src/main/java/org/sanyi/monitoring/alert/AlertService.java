package org.sanyi.monitoring.alert;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.sanyi.monitoring.MonitoringErrors;
import org.sanyi.monitoring.alert.AlertRepository.Alert;
import org.sanyi.monitoring.alert.AlertRepository.Rule;
import org.sanyi.monitoring.analysis.Area;
import org.sanyi.monitoring.analysis.Areas;
import org.sanyi.monitoring.analysis.IndicatorQueries;
import org.sanyi.monitoring.analysis.IndicatorQueries.Snapshot;
import org.sanyi.monitoring.engine.IndicatorValue;
import org.sanyi.monitoring.engine.Period;
import org.sanyi.monitoring.indicator.DefinitionRow;
import org.sanyi.security.DataScope;
import org.sanyi.shared.BusinessException;
import org.sanyi.shared.PlatformTime;

import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Thresholds on an indicator over one area (a hospital's 药占比 above 30 %, a county's
 * 住院次均费用增幅 above 10 %): checked every minute against the month so far and the month
 * before, so a change of the facts shows within a minute; a breach raises one alert per
 * rule and month, which a regulator of the area acknowledges with a comment.
 */
@Service
public class AlertService {

	private static final Logger log = LoggerFactory.getLogger(AlertService.class);

	private final AlertRepository alerts;

	private final IndicatorQueries queries;

	private final Areas areas;

	AlertService(AlertRepository alerts, IndicatorQueries queries, Areas areas) {
		this.alerts = alerts;
		this.queries = queries;
		this.areas = areas;
	}

	/** A rule over an area the creator may see and an approved indicator. */
	@Transactional
	public long addRule(String indicator, String areaKey, String comparison, String threshold, String by,
			DataScope scope) {
		if (indicator == null || !queries.snapshot().rows().containsKey(indicator)) {
			throw invalid("indicator");
		}
		Area area = areas.resolve(areaKey, scope);
		if (!">".equals(comparison) && !"<".equals(comparison)) {
			throw invalid("comparison");
		}
		BigDecimal limit;
		try {
			limit = new BigDecimal(threshold == null ? "" : threshold.strip());
		}
		catch (NumberFormatException ex) {
			throw invalid("threshold");
		}
		if (limit.abs().compareTo(new BigDecimal("100000000000000")) >= 0) {
			throw invalid("threshold");
		}
		return alerts.insertRule(indicator, area.key(), area.regionCode(), comparison, limit, by);
	}

	/** Every minute, once per cluster. */
	@Scheduled(fixedDelayString = "${sanyi.monitoring.alerts.interval:PT1M}",
			initialDelayString = "${sanyi.monitoring.alerts.initial-delay:PT2M}")
	@SchedulerLock(name = "monitoring-alerts", lockAtMostFor = "PT10M", lockAtLeastFor = "PT30S")
	public void check() {
		int raised = evaluate();
		if (raised > 0) {
			log.info("raised {} indicator alerts", raised);
		}
	}

	/**
	 * Checks every active rule against this month and the month before; returns how many
	 * alerts it raised.
	 */
	public int evaluate() {
		List<Rule> rules = alerts.activeRules();
		if (rules.isEmpty()) {
			return 0;
		}
		Snapshot snapshot = queries.snapshot();
		Period current = Period.month(YearMonth.from(PlatformTime.today()));
		int raised = 0;
		for (Rule rule : rules) {
			DefinitionRow definition = snapshot.rows().get(rule.indicatorCode());
			if (definition == null) {
				continue;
			}
			Area area;
			try {
				area = areas.resolve(rule.areaKey(), DataScope.all());
			}
			catch (BusinessException ex) {
				log.warn("alert rule {} names an area that no longer exists: {}", rule.id(), rule.areaKey());
				continue;
			}
			for (Period month : List.of(current.periodsAway(-1), current)) {
				IndicatorValue v = snapshot.values(List.of(definition), areas.selection(area, month), month)
					.get(definition.code());
				if (breached(rule, v) && alerts.raise(rule.id(), month.code(), v.value())) {
					raised++;
				}
			}
		}
		return raised;
	}

	static boolean breached(Rule rule, IndicatorValue v) {
		if (v == null || v.value() == null) {
			return false;
		}
		int c = v.value().compareTo(rule.threshold());
		return ">".equals(rule.comparison()) ? c > 0 : c < 0;
	}

	public List<Rule> rules(DataScope scope) {
		return prefix(scope) == null ? List.of() : alerts.rules(prefix(scope));
	}

	public List<Alert> alerts(DataScope scope) {
		return prefix(scope) == null ? List.of() : alerts.alerts(prefix(scope), 200);
	}

	/** A regulator of the area acknowledges an open alert with a comment. */
	@Transactional
	public void acknowledge(long id, String by, String comment, DataScope scope) {
		String prefix = prefix(scope);
		String region = alerts.regionOfAlert(id).orElse(null);
		if (prefix == null || region == null || !region.startsWith(prefix)) {
			throw new BusinessException(MonitoringErrors.ALERT_NOT_FOUND, id);
		}
		String text = comment == null ? "" : comment.strip();
		if (text.isEmpty() || text.length() > 500) {
			throw invalid("comment");
		}
		if (!alerts.acknowledge(id, by, text)) {
			throw new BusinessException(MonitoringErrors.ALERT_NOT_OPEN, id);
		}
	}

	/**
	 * The region prefix of the alerts a viewer sees; {@code null} for hospital staff and
	 * residents.
	 */
	private static String prefix(DataScope scope) {
		return switch (scope.kind()) {
			case ALL -> "";
			case REGION -> scope.regionPrefix();
			case INSTITUTION, SELF -> null;
		};
	}

	private static BusinessException invalid(String field) {
		return new BusinessException(MonitoringErrors.ALERT_RULE_INVALID, new DefaultMessageSourceResolvable(
				new String[] { "monitoring.alert.field." + field }, (Object[]) null));
	}

}
