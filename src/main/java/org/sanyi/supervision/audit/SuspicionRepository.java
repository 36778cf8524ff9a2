package org.sanyi.supervision.audit;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.sanyi.security.DataScope;
import org.sanyi.shared.Page;
import org.sanyi.shared.PageQuery;
import org.sanyi.supervision.engine.Violation;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.core.simple.JdbcClient.StatementSpec;
import org.springframework.stereotype.Repository;

/**
 * SQL of {@code sup_audit_run} and {@code sup_suspicion}; the data scope is applied in
 * the WHERE clauses.
 */
@Repository
class SuspicionRepository {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String COLUMNS = """
			id, run_id, rules_version, setl_id, mdtrt_id, psn_no, fixmedins_code, fixmedins_region, doctor, setl_date,
			rule_id, rule_name, kind, result_type, severity, line_id, item_code, reason_key, reason_args::text as reason_args,
			amount, status, answer_deadline, answer_note, answered_by, answered_at, upheld_amount, decision_note,
			decided_by, decided_at, deduction_txn, reversal_txn, reversal_note, reversed_by, reversed_at, batch_id""";

	private static final String SCOPE = SuspicionScope.WHERE;

	private final JdbcClient jdbc;

	SuspicionRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A run of the batch audit; {@code ruleIds} the rules it ran, blank for all. */
	record RunRow(long id, String regionCode, LocalDate periodFrom, LocalDate periodTo, long rulesVersion,
			Long knowledgeVersion, String startedBy, java.time.OffsetDateTime startedAt,
			java.time.OffsetDateTime finishedAt, int claims, long lines, int suspicions, int newSuspicions,
			String ruleIds) {
	}

	/**
	 * Suspicions of an institution: how many, how many open, amount in question and
	 * upheld.
	 */
	record InstitutionTotals(String fixmedinsCode, String fixmedinsRegion, long suspicions, long open,
			BigDecimal amount, BigDecimal upheld) {
	}

	/** A rule's record: hits, upheld and dismissed decisions, amounts. */
	record RuleTotals(String ruleId, String ruleName, long hits, long upheld, long dismissed, BigDecimal amount,
			BigDecimal recovered) {
	}

	long startRun(String region, LocalDate from, LocalDate to, long rulesVersion, long knowledgeVersion, String ruleIds,
			String by) {
		return jdbc.sql("""
				insert into sup_audit_run (region_code, period_from, period_to, rules_version, knowledge_version,
				    rule_ids, started_by)
				values (:r, :f, :t, :rv, :kv, :ids, :by) returning id""")
			.param("ids", ruleIds)
			.param("r", region)
			.param("f", from)
			.param("t", to)
			.param("rv", rulesVersion)
			.param("kv", knowledgeVersion == 0 ? null : knowledgeVersion)
			.param("by", by)
			.query(Long.class)
			.single();
	}

	void finishRun(long id, int claims, long lines, int suspicions, int created) {
		jdbc.sql(
				"""
						update sup_audit_run set finished_at = now(), claims = :c, lines = :l, suspicions = :s, new_suspicions = :n
						where id = :id""")
			.param("c", claims)
			.param("l", lines)
			.param("s", suspicions)
			.param("n", created)
			.param("id", id)
			.update();
	}

	List<RunRow> runs(DataScope scope) {
		return jdbc
			.sql("select * from sup_audit_run where (:all or region_code like :prefix || '%') "
					+ "order by id desc limit 50")
			.param("all", scope.kind() == DataScope.Kind.ALL)
			.param("prefix", scope.regionPrefix())
			.query(RunRow.class)
			.list();
	}

	/** The settled claim a violation was found on. */
	record ClaimRef(String settlementId, String visitId, String personId, String institutionCode,
			String institutionRegion, LocalDate settled, String doctor) {
	}

	/**
	 * Stores a violation unless the same rule found it on the same settlement and line
	 * before, under this rules version or another (a rule book edited and run again files
	 * no second case on a line, so no line is deducted twice for one rule), and, for
	 * 一个手机号关联多人 (a fact about the person), unless the rule flagged the person before in
	 * another period; its id when new.
	 */
	Optional<Long> insertIfNew(long runId, long rulesVersion, ClaimRef c, Violation v, LocalDate deadline) {
		return jdbc.sql("""
				insert into sup_suspicion (run_id, rules_version, setl_id, mdtrt_id, psn_no, fixmedins_code,
				    fixmedins_region, doctor, setl_date, rule_id, rule_name, kind, result_type, severity, line_id,
				    item_code, reason_key, reason_args, amount, status, answer_deadline)
				select :run, :rv, :setl, :visit, :psn, :inst, :region, :doctor, :settled, :rule, :ruleName, :kind,
				    :result, :severity, :line, :item, :reason, cast(:args as jsonb), :amount, 'OPEN', :deadline
				where not exists (select 1 from sup_suspicion e
				                  where e.setl_id = :setl and e.rule_id = :rule and e.line_id = :line)
				  and not (:kind = 'SHARED_PHONE' and exists (select 1 from sup_suspicion p
				                  where p.psn_no = :psn and p.rule_id = :rule and p.kind = 'SHARED_PHONE'))
				on conflict do nothing returning id""")
			.param("run", runId)
			.param("rv", rulesVersion)
			.param("setl", c.settlementId())
			.param("visit", c.visitId())
			.param("psn", c.personId())
			.param("inst", c.institutionCode())
			.param("region", c.institutionRegion())
			.param("doctor", c.doctor())
			.param("settled", c.settled())
			.param("rule", v.ruleId())
			.param("ruleName", v.ruleName())
			.param("kind", v.kind().name())
			.param("result", v.result().name())
			.param("severity", v.severity().name())
			.param("line", v.lineId() == null ? "" : v.lineId())
			.param("item", v.code() == null ? "" : v.code())
			.param("reason", v.reasonKey())
			.param("args", JSON.writeValueAsString(v.reasonArgs()))
			.param("amount", v.amount())
			.param("deadline", deadline)
			.query(Long.class)
			.optional();
	}

	/**
	 * Suspicions in the scope by institution, status, rule and batch (each blank or 0 for
	 * any), the largest amount first.
	 */
	Page<SuspicionRow> page(DataScope scope, String institution, String status, String ruleId, long batch,
			PageQuery page) {
		String where = " where" + SCOPE + """
				and (:inst = '' or fixmedins_code = :inst) and (:status = '' or status = :status)
				and (:rule = '' or rule_id = :rule) and (:batch = 0 or batch_id = :batch)""";
		long total = scoped(jdbc.sql("select count(*) from sup_suspicion" + where), scope).param("inst", institution)
			.param("status", status)
			.param("rule", ruleId)
			.param("batch", batch)
			.query(Long.class)
			.single();
		List<SuspicionRow> rows = scoped(jdbc.sql("select " + COLUMNS + " from sup_suspicion" + where
				+ " order by amount desc, id limit :size offset :offset"), scope)
			.param("inst", institution)
			.param("status", status)
			.param("rule", ruleId)
			.param("batch", batch)
			.param("size", page.size())
			.param("offset", page.offset())
			.query(SuspicionRow.class)
			.list();
		return page.page(rows, total);
	}

	Optional<SuspicionRow> find(long id, DataScope scope) {
		return scoped(jdbc.sql("select " + COLUMNS + " from sup_suspicion where id = :id and" + SCOPE), scope)
			.param("id", id)
			.query(SuspicionRow.class)
			.optional();
	}

	Optional<SuspicionRow> findForUpdate(long id, DataScope scope) {
		return scoped(jdbc.sql("select " + COLUMNS + " from sup_suspicion where id = :id and" + SCOPE + " for update"),
				scope)
			.param("id", id)
			.query(SuspicionRow.class)
			.optional();
	}

	void answer(long id, SuspicionStatus status, String note, String by) {
		jdbc.sql("""
				update sup_suspicion set status = :s, answer_note = :n, answered_by = :by, answered_at = now()
				where id = :id""").param("s", status.name()).param("n", note).param("by", by).param("id", id).update();
	}

	void decide(long id, SuspicionStatus status, BigDecimal upheld, String note, String by) {
		jdbc.sql("""
				update sup_suspicion set status = :s, upheld_amount = :u, decision_note = :n, decided_by = :by,
				    decided_at = now() where id = :id""")
			.param("s", status.name())
			.param("u", upheld)
			.param("n", note)
			.param("by", by)
			.param("id", id)
			.update();
	}

	/** Locks a settlement's suspicions until the transaction ends. */
	void lockSettlement(String setlId) {
		jdbc.sql("select id from sup_suspicion where setl_id = :s order by id for update")
			.param("s", setlId)
			.query(Long.class)
			.list();
	}

	/**
	 * Of these settlements, those whose first suspicion is one of {@code ids} (flagged
	 * for the first time by them).
	 */
	List<String> firstFiledAmong(List<String> settlements, List<Long> ids) {
		return jdbc.sql("""
				select setl_id from sup_suspicion where setl_id = any(:s)
				group by setl_id having min(id) = any(:ids)""")
			.param("s", settlements.toArray(String[]::new))
			.param("ids", ids.toArray(Long[]::new))
			.query(String.class)
			.list();
	}

	/** A doctor's suspicions in the scope, the latest first (at most {@code limit}). */
	List<SuspicionRow> ofDoctor(DataScope scope, String doctor, int limit) {
		return scoped(jdbc.sql("select " + COLUMNS + " from sup_suspicion where doctor = :doctor and" + SCOPE
				+ " order by setl_date desc, id desc limit :limit"), scope)
			.param("doctor", doctor)
			.param("limit", limit)
			.query(SuspicionRow.class)
			.list();
	}

	/**
	 * A settlement's fee line as its cases stand: what is upheld on it in force, and the
	 * largest amount any rule questions on it.
	 */
	record LineCases(BigDecimal upheld, BigDecimal mostQuestioned) {
	}

	LineCases lineCases(String setlId, String lineId) {
		return jdbc.sql("""
				select coalesce(sum(upheld_amount) filter (where status = 'UPHELD'), 0), coalesce(max(amount), 0)
				from sup_suspicion where setl_id = :s and line_id = :l""")
			.param("s", setlId)
			.param("l", lineId)
			.query((rs, n) -> new LineCases(rs.getBigDecimal(1), rs.getBigDecimal(2)))
			.single();
	}

	void recordDeduction(long id, String key, String txn) {
		jdbc.sql("update sup_suspicion set deduction_key = :k, deduction_txn = :t where id = :id")
			.param("k", key)
			.param("t", txn)
			.param("id", id)
			.update();
	}

	/** The deduction key of an upheld suspicion, if it posted one. */
	Optional<String> deductionKey(long id) {
		return jdbc.sql("select deduction_key from sup_suspicion where id = :id and deduction_key is not null")
			.param("id", id)
			.query(String.class)
			.optional();
	}

	void reverse(long id, String txn, String note, String by) {
		jdbc.sql("""
				update sup_suspicion set status = 'REVERSED', reversal_txn = :t, reversal_note = :n, reversed_by = :by,
				    reversed_at = now() where id = :id""")
			.param("t", txn)
			.param("n", note)
			.param("by", by)
			.param("id", id)
			.update();
	}

	List<InstitutionTotals> byInstitution(DataScope scope) {
		return scoped(jdbc.sql("""
				select fixmedins_code, max(fixmedins_region) as fixmedins_region, count(*) as suspicions,
				       count(*) filter (where status = 'OPEN') as open, sum(amount) as amount,
				       coalesce(sum(upheld_amount) filter (where status = 'UPHELD'), 0) as upheld
				from sup_suspicion where""" + SCOPE + """
				group by fixmedins_code order by sum(amount) desc limit 200"""), scope).query(InstitutionTotals.class)
			.list();
	}

	List<RuleTotals> byRule(DataScope scope) {
		return scoped(jdbc.sql("""
				select rule_id, max(rule_name) as rule_name, count(*) as hits,
				       count(*) filter (where status = 'UPHELD') as upheld,
				       count(*) filter (where status = 'DISMISSED') as dismissed, sum(amount) as amount,
				       coalesce(sum(upheld_amount) filter (where status = 'UPHELD'), 0) as recovered
				from sup_suspicion where""" + SCOPE + """
				group by rule_id order by count(*) desc"""), scope).query(RuleTotals.class).list();
	}

	/**
	 * Binds the scope's parameters of the {@code SCOPE} conditions ({@code :all},
	 * {@code :prefix}, {@code :institution}); audit batches use the same.
	 */
	static StatementSpec scoped(StatementSpec spec, DataScope scope) {
		return SuspicionScope.bind(spec, scope);
	}

}
