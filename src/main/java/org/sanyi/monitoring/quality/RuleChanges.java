package org.sanyi.monitoring.quality;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

import org.sanyi.monitoring.quality.QualityRepository.Rule;
import org.sanyi.shared.review.ReviewStatus;
import org.sanyi.shared.review.VersionTable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Proposed, approved and rejected changes of validation rules, the review store of
 * {@link RuleReview}; versions of one rule replace one another.
 */
@Repository
class RuleChanges extends VersionTable<RuleChange, String> {

	RuleChanges(JdbcClient jdbc) {
		super(jdbc, "mon_validation_rule_change", "*", RuleChanges::row);
	}

	@Override
	public String keyOf(RuleChange change) {
		return change.ruleCode();
	}

	@Override
	public List<RuleChange> lockOpen(String ruleCode) {
		return jdbc.sql("""
				select * from mon_validation_rule_change where rule_code = :c and status in ('APPROVED', 'PENDING')
				order by id for update""").param("c", ruleCode).query(RuleChanges::row).list();
	}

	/** Stores a proposal: {@code kind} ADD (a new rule) or CHANGE. */
	long insert(Rule r, String summary, String by, String kind) {
		return jdbc.sql("""
				insert into mon_validation_rule_change (rule_code, name_zh, name_en, left_expr, operator, right_expr,
				  missing, importance, active, summary, status, proposed_by, kind)
				values (:code, :nz, :ne, :l, :op, :r, :m, :i, :a, :s, 'PENDING', :by, :kind) returning id""")
			.param("kind", kind)
			.param("code", r.code())
			.param("nz", r.nameZh())
			.param("ne", r.nameEn())
			.param("l", r.leftExpr())
			.param("op", r.operator())
			.param("r", r.rightExpr())
			.param("m", r.missing())
			.param("i", r.importance())
			.param("a", r.active())
			.param("s", summary)
			.param("by", by)
			.query(Long.class)
			.single();
	}

	/** A rule's changes, the newest first. */
	List<RuleChange> history(String ruleCode) {
		return jdbc.sql("select * from mon_validation_rule_change where rule_code = :c order by id desc")
			.param("c", ruleCode)
			.query(RuleChanges::row)
			.list();
	}

	/** New rules proposed and waiting for review, oldest first. */
	List<RuleChange> pendingAdditions() {
		return jdbc
			.sql("select * from mon_validation_rule_change where status = 'PENDING' and kind = 'ADD' order by id")
			.query(RuleChanges::row)
			.list();
	}

	/** The codes of the rules with a change waiting for review. */
	List<String> pendingCodes() {
		return jdbc.sql("select rule_code from mon_validation_rule_change where status = 'PENDING' order by rule_code")
			.query(String.class)
			.list();
	}

	/** Writes an approved change into the rule the checks read. */
	void apply(RuleChange c) {
		jdbc.sql("""
				update mon_validation_rule set name_zh = :nz, name_en = :ne, left_expr = :l, operator = :op,
				  right_expr = :r, missing = :m, importance = :i, active = :a where code = :code""")
			.param("nz", c.nameZh())
			.param("ne", c.nameEn())
			.param("l", c.leftExpr())
			.param("op", c.operator())
			.param("r", c.rightExpr())
			.param("m", c.missing())
			.param("i", c.importance())
			.param("a", c.active())
			.param("code", c.ruleCode())
			.update();
	}

	private static RuleChange row(ResultSet rs, int n) throws SQLException {
		return new RuleChange(rs.getLong("id"), rs.getString("rule_code"), rs.getString("name_zh"),
				rs.getString("name_en"), rs.getString("left_expr"), rs.getString("operator"),
				rs.getString("right_expr"), rs.getString("missing"), rs.getString("importance"),
				rs.getBoolean("active"), rs.getString("summary"), ReviewStatus.valueOf(rs.getString("status")),
				rs.getString("proposed_by"), rs.getObject("proposed_at", java.time.OffsetDateTime.class),
				rs.getString("reviewed_by"), rs.getObject("reviewed_at", java.time.OffsetDateTime.class),
				rs.getString("review_note"), rs.getString("kind"));
	}

}
