package org.sanyi.monitoring.alert;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * SQL of {@code mon_alert_rule} and {@code mon_alert}; lists are narrowed to a region
 * prefix (the data scope).
 */
@Repository
public class AlertRepository {

	private final JdbcClient jdbc;

	AlertRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public record Rule(long id, String indicatorCode, String areaKey, String areaRegion, String comparison,
			BigDecimal threshold, boolean active, String createdBy, OffsetDateTime createdAt) {

		/** {@code gt} or {@code lt}, for the message of the comparison. */
		public String comparisonKey() {
			return ">".equals(comparison) ? "gt" : "lt";
		}

	}

	public record Alert(long id, long ruleId, String indicatorCode, String areaKey, String comparison,
			BigDecimal threshold, String period, BigDecimal value, OffsetDateTime raisedAt, AlertStatus status,
			String acknowledgedBy, OffsetDateTime acknowledgedAt, String ackComment) {

		public String comparisonKey() {
			return ">".equals(comparison) ? "gt" : "lt";
		}

	}

	long insertRule(String indicator, String areaKey, String areaRegion, String comparison, BigDecimal threshold,
			String by) {
		return jdbc.sql("""
				insert into mon_alert_rule (indicator_code, area_key, area_region, comparison, threshold, created_by)
				values (:i, :a, :r, :c, :t, :by) returning id""")
			.param("i", indicator)
			.param("a", areaKey)
			.param("r", areaRegion)
			.param("c", comparison)
			.param("t", threshold)
			.param("by", by)
			.query(Long.class)
			.single();
	}

	List<Rule> activeRules() {
		return jdbc.sql("select * from mon_alert_rule where active order by id").query(Rule.class).list();
	}

	/** Rules whose area lies under the prefix ({@code ''}: all). */
	List<Rule> rules(String prefix) {
		return jdbc.sql("select * from mon_alert_rule where active and area_region like :p || '%' order by id")
			.param("p", prefix)
			.query(Rule.class)
			.list();
	}

	/**
	 * Raises the alert of a rule and month once; a second breach of the same month
	 * changes nothing.
	 */
	boolean raise(long ruleId, String period, BigDecimal value) {
		return jdbc.sql("""
				insert into mon_alert (rule_id, period, value, status) values (:r, :p, :v, 'OPEN')
				on conflict (rule_id, period) do nothing""")
			.param("r", ruleId)
			.param("p", period)
			.param("v", value)
			.update() == 1;
	}

	List<Alert> alerts(String prefix, int limit) {
		return jdbc.sql("""
				select a.id, a.rule_id, r.indicator_code, r.area_key, r.comparison, r.threshold, a.period, a.value,
				       a.raised_at, a.status, a.acknowledged_by, a.acknowledged_at, a.ack_comment
				from mon_alert a join mon_alert_rule r on r.id = a.rule_id
				where r.area_region like :p || '%'
				order by a.status desc, a.raised_at desc, a.id desc limit :n""")
			.param("p", prefix)
			.param("n", limit)
			.query(Alert.class)
			.list();
	}

	Optional<String> regionOfAlert(long id) {
		return jdbc
			.sql("select r.area_region from mon_alert a join mon_alert_rule r on r.id = a.rule_id where a.id = :id")
			.param("id", id)
			.query(String.class)
			.optional();
	}

	/** Acknowledges an open alert; false when it is not open (already acknowledged). */
	boolean acknowledge(long id, String by, String comment) {
		return jdbc.sql("""
				update mon_alert set status = 'ACKNOWLEDGED', acknowledged_by = :by, acknowledged_at = now(),
				    ack_comment = :c
				where id = :id and status = 'OPEN'""")
			.param("by", by)
			.param("c", comment)
			.param("id", id)
			.update() == 1;
	}

}
