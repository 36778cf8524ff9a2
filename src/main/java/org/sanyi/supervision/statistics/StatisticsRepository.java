package org.sanyi.supervision.statistics;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.sanyi.security.DataScope;
import org.sanyi.supervision.audit.SuspicionScope;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.core.simple.JdbcClient.StatementSpec;
import org.springframework.stereotype.Repository;

/**
 * Sums over {@code sup_suspicion} under the user's data scope (in the WHERE clause): a
 * region sees its institutions, an institution itself. Dismissed and reversed decisions
 * count as not upheld.
 */
@Repository
public class StatisticsRepository {

	static final String SCOPE = SuspicionScope.WHERE;

	private final JdbcClient jdbc;

	StatisticsRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A rule's record. */
	public record RuleStats(String ruleId, String ruleName, String kind, long hits, long settlements, long upheld,
			long notUpheld, long pending, BigDecimal amount, BigDecimal recovered) {

		long decided() {
			return upheld + notUpheld;
		}

	}

	/** An institution's or a doctor's record. */
	public record Totals(String code, String institution, long hits, long settlements, long upheld, long notUpheld,
			BigDecimal amount, BigDecimal recovered) {
	}

	/** A settlement of the 飞行检查 list. */
	public record RiskySettlement(String setlId, String mdtrtId, LocalDate setlDate, String doctor, long hits,
			int score, BigDecimal amount) {
	}

	/** One reason on a risky settlement. */
	public record Reason(long id, String setlId, String ruleId, String ruleName, String kind, String resultType,
			String severity, String reasonKey, String reasonArgs, BigDecimal amount, String status) {

		/** The arguments of the finding's message. */
		public Object[] args() {
			return JSON.readValue(reasonArgs, String[].class);
		}

	}

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String COUNTS = """
			count(*) as hits, count(distinct setl_id) as settlements,
			count(*) filter (where status = 'UPHELD') as upheld,
			count(*) filter (where status in ('DISMISSED', 'REVERSED')) as not_upheld""";

	private static final String MONEY = """
			sum(amount) as amount, coalesce(sum(upheld_amount) filter (where status = 'UPHELD'), 0) as recovered""";

	List<RuleStats> byRule(DataScope scope) {
		return scoped(jdbc.sql("select rule_id, max(rule_name) as rule_name, max(kind) as kind, " + COUNTS
				+ ", count(*) filter (where status in ('OPEN', 'ACCEPTED', 'APPEALED')) as pending, " + MONEY
				+ " from sup_suspicion where " + SCOPE + " group by rule_id order by rule_id"), scope)
			.query(RuleStats.class)
			.list();
	}

	List<Totals> byInstitution(DataScope scope, int limit) {
		return scoped(jdbc.sql("select fixmedins_code as code, fixmedins_code as institution, " + COUNTS + ", " + MONEY
				+ " from sup_suspicion where " + SCOPE + " group by fixmedins_code order by sum(amount) desc limit :n"),
				scope)
			.param("n", limit)
			.query(Totals.class)
			.list();
	}

	List<Totals> byDoctor(DataScope scope, int limit) {
		return scoped(jdbc.sql("select doctor as code, max(fixmedins_code) as institution, " + COUNTS + ", " + MONEY
				+ " from sup_suspicion where doctor <> '' and " + SCOPE
				+ " group by doctor order by sum(amount) desc limit :n"), scope)
			.param("n", limit)
			.query(Totals.class)
			.list();
	}

	/**
	 * The claims of the latest finished batch audit of the scope's region, the
	 * denominator of hit rates (empty for an institution or without a run).
	 */
	Optional<Integer> auditedClaims(DataScope scope) {
		if (scope.kind() == DataScope.Kind.INSTITUTION || scope.kind() == DataScope.Kind.SELF) {
			return Optional.empty();
		}
		return jdbc.sql("""
				select claims from sup_audit_run where finished_at is not null and claims > 0
				and (:all or region_code like :prefix || '%') order by id desc limit 1""")
			.param("all", scope.kind() == DataScope.Kind.ALL)
			.param("prefix", scope.kind() == DataScope.Kind.REGION ? scope.regionPrefix() : "~")
			.query(Integer.class)
			.optional();
	}

	/**
	 * An institution's settlements with the most serious open or upheld findings: the
	 * score adds each finding's severity (3, 2, 1), doubled for a definite violation.
	 */
	List<RiskySettlement> riskiest(String institution, DataScope scope, int limit) {
		return scoped(jdbc.sql("""
				select setl_id, max(mdtrt_id) as mdtrt_id, max(setl_date) as setl_date, max(doctor) as doctor,
				       count(*) as hits,
				       sum(case severity when 'HIGH' then 3 when 'MEDIUM' then 2 else 1 end
				           * case result_type when 'DEFINITE' then 2 else 1 end)::int as score,
				       sum(amount) as amount
				from sup_suspicion where fixmedins_code = :code and status not in ('DISMISSED', 'REVERSED') and
				""" + SCOPE + """
				group by setl_id order by score desc, amount desc, setl_id limit :n"""), scope)
			.param("code", institution)
			.param("n", limit)
			.query(RiskySettlement.class)
			.list();
	}

	List<Reason> reasons(String institution, List<String> settlements, DataScope scope) {
		if (settlements.isEmpty()) {
			return List.of();
		}
		return scoped(jdbc.sql("""
				select id, setl_id, rule_id, rule_name, kind, result_type, severity, reason_key,
				       reason_args::text as reason_args, amount, status
				from sup_suspicion where fixmedins_code = :code and setl_id in (:setl)
				and status not in ('DISMISSED', 'REVERSED') and""" + SCOPE + " order by setl_id, id"), scope)
			.param("code", institution)
			.param("setl", settlements)
			.query(Reason.class)
			.list();
	}

	/** Institutions with suspicions in the scope, for the 飞行检查 choice. */
	List<String> institutions(DataScope scope) {
		return scoped(jdbc.sql("select distinct fixmedins_code from sup_suspicion where " + SCOPE
				+ " order by fixmedins_code limit 500"), scope)
			.query(String.class)
			.list();
	}

	private static StatementSpec scoped(StatementSpec spec, DataScope scope) {
		return SuspicionScope.bind(spec, scope);
	}

}
