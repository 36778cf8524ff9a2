package org.sanyi.monitoring.quality;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * SQL of the validation rules and their violations; lists narrowed to a region prefix.
 */
@Repository
public class QualityRepository {

	private final JdbcClient jdbc;

	QualityRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public record Rule(String code, String nameZh, String nameEn, String leftExpr, String operator, String rightExpr,
			String missing, String importance, boolean active, String createdBy) {

		public String name(java.util.Locale locale) {
			return "en".equals(locale.getLanguage()) ? nameEn : nameZh;
		}

	}

	public record Violation(long id, String ruleCode, String institution, String regionCode, String period,
			BigDecimal leftValue, BigDecimal rightValue, String importance, OffsetDateTime foundAt, String status,
			String followedBy, OffsetDateTime followedAt, String followUpNote) {
	}

	List<Rule> rules() {
		return jdbc.sql("""
				select * from mon_validation_rule
				order by case importance when 'HIGH' then 0 when 'MEDIUM' then 1 else 2 end, code""")
			.query(Rule.class)
			.list();
	}

	void insertRule(Rule r) {
		jdbc.sql("""
				insert into mon_validation_rule (code, name_zh, name_en, left_expr, operator, right_expr, missing,
				  importance, created_by)
				values (:code, :nz, :ne, :l, :op, :r, :m, :i, :by)""")
			.param("code", r.code())
			.param("nz", r.nameZh())
			.param("ne", r.nameEn())
			.param("l", r.leftExpr())
			.param("op", r.operator())
			.param("r", r.rightExpr())
			.param("m", r.missing())
			.param("i", r.importance())
			.param("by", r.createdBy())
			.update();
	}

	/**
	 * Records a violation found: new, or the same one found again with its current values
	 * (a resolved one opens again; one followed up keeps its note).
	 */
	void found(String rule, String institution, String region, String period, BigDecimal left, BigDecimal right,
			String importance) {
		jdbc.sql("""
				insert into mon_validation_violation (rule_code, institution, region_code, period, left_value,
				  right_value, importance, status)
				values (:rule, :i, :r, :p, :l, :rv, :imp, 'OPEN')
				on conflict (rule_code, institution, period) do update set left_value = excluded.left_value,
				  right_value = excluded.right_value, importance = excluded.importance, found_at = now(),
				  status = case when mon_validation_violation.status = 'RESOLVED' then 'OPEN'
				                else mon_validation_violation.status end""")
			.param("rule", rule)
			.param("i", institution)
			.param("r", region)
			.param("p", period)
			.param("l", left.setScale(4, java.math.RoundingMode.HALF_UP))
			.param("rv", right.setScale(4, java.math.RoundingMode.HALF_UP))
			.param("imp", importance)
			.update();
	}

	/** A rule that holds now resolves what it found before for the month. */
	void passed(String rule, String institution, String period) {
		jdbc.sql("""
				update mon_validation_violation set status = 'RESOLVED'
				where rule_code = :rule and institution = :i and period = :p and status <> 'RESOLVED'""")
			.param("rule", rule)
			.param("i", institution)
			.param("p", period)
			.update();
	}

	List<Violation> violations(String prefix, String status, int limit) {
		return jdbc.sql("""
				select * from mon_validation_violation where region_code like :p || '%'
				and (:s = '' or status = :s) order by period desc, importance, institution, rule_code limit :n""")
			.param("p", prefix)
			.param("s", status == null ? "" : status)
			.param("n", limit)
			.query(Violation.class)
			.list();
	}

	Optional<Violation> violationForUpdate(long id) {
		return jdbc.sql("select * from mon_validation_violation where id = :id for update")
			.param("id", id)
			.query(Violation.class)
			.optional();
	}

	void followUp(long id, String by, String note) {
		jdbc.sql("""
				update mon_validation_violation set status = 'FOLLOWED_UP', followed_by = :by, followed_at = now(),
				  follow_up_note = :n where id = :id""").param("id", id).param("by", by).param("n", note).update();
	}

}
