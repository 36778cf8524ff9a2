package org.sanyi.supervision.audit;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.sanyi.security.DataScope;
import org.sanyi.shared.Page;
import org.sanyi.shared.PageQuery;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import static org.sanyi.supervision.audit.SuspicionRepository.scoped;

/**
 * SQL of {@code sup_audit_batch}: batches are made from the suspicions not yet in one,
 * their lines counted from {@code sup_suspicion}; the data scope is applied in the WHERE
 * clauses with the suspicions' own parameters ({@link SuspicionRepository#scoped}).
 */
@Repository
class AuditBatchRepository {

	private static final String SELECT = """
			select b.id, b.notice_no, b.region_code, b.run_id, b.fixmedins_code, b.fixmedins_region, b.sent_on,
			       b.deadline, b.status, b.closed_at, b.extended_by, b.extension_note, r.period_from, r.period_to,
			       count(s.id) as lines, coalesce(sum(s.amount), 0) as amount,
			       count(s.id) filter (where s.status = 'OPEN') as open,
			       count(s.id) filter (where s.status = 'ACCEPTED') as accepted,
			       count(s.id) filter (where s.status = 'APPEALED') as appealed,
			       count(s.id) filter (where s.status in ('UPHELD', 'DISMISSED', 'REVERSED')) as decided,
			       coalesce(sum(s.upheld_amount) filter (where s.status = 'UPHELD'), 0) as upheld
			from sup_audit_batch b join sup_audit_run r on r.id = b.run_id
			left join sup_suspicion s on s.batch_id = b.id
			""";

	private static final String SCOPE = """
			(:all or b.fixmedins_region like :prefix || '%' or b.fixmedins_code = :institution)""";

	private final JdbcClient jdbc;

	AuditBatchRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Puts the region's suspicions that are in no batch yet into one new batch per
	 * institution, sent on {@code today} with the deadline given, numbered on from the
	 * region's last number of the year; the number of batches made. Numbering is
	 * serialised per region by a transaction lock.
	 */
	int send(String region, String regionPrefix, long runId, LocalDate today, LocalDate deadline) {
		jdbc.sql("select pg_advisory_xact_lock(hashtext('sup-batch-' || :r))")
			.param("r", region)
			.query((rs, n) -> 1)
			.list();
		List<String> institutions = jdbc.sql("""
				select fixmedins_code from sup_suspicion
				where batch_id is null and fixmedins_region like :p || '%'
				group by fixmedins_code order by fixmedins_code""").param("p", regionPrefix).query(String.class).list();
		int year = today.getYear();
		int seq = jdbc
			.sql("select coalesce(max(seq), 0) from sup_audit_batch where region_code = :r and notice_year = :y")
			.param("r", region)
			.param("y", year)
			.query(Integer.class)
			.single();
		for (String institution : institutions) {
			seq++;
			long id = jdbc
				.sql("""
						insert into sup_audit_batch (notice_no, region_code, notice_year, seq, run_id, fixmedins_code,
						    fixmedins_region, sent_on, deadline, status)
						select :no, :r, :y, :seq, :run, :inst,
						    (select max(fixmedins_region) from sup_suspicion where batch_id is null and fixmedins_code = :inst),
						    :sent, :deadline, 'SENT'
						returning id""")
				.param("no", noticeNo(region, year, seq))
				.param("r", region)
				.param("y", year)
				.param("seq", seq)
				.param("run", runId)
				.param("inst", institution)
				.param("sent", today)
				.param("deadline", deadline)
				.query(Long.class)
				.single();
			jdbc.sql("""
					update sup_suspicion set batch_id = :b, answer_deadline = :deadline
					where batch_id is null and fixmedins_code = :inst""")
				.param("b", id)
				.param("deadline", deadline)
				.param("inst", institution)
				.update();
		}
		return institutions.size();
	}

	/** The number on the notice: region, year and sequence, e.g. 359900-2026-0012. */
	static String noticeNo(String region, int year, int seq) {
		return region + "-" + year + "-" + String.format("%04d", seq);
	}

	/**
	 * Where a batch stands on {@code :today} in SQL, as {@link AuditBatchRow#stage} tells
	 * it.
	 */
	private static final String STAGE = """
			case when b.status = 'CLOSED' then 'CLOSED'
			     when not exists (select 1 from sup_suspicion o where o.batch_id = b.id and o.status = 'OPEN')
			         then 'REVIEWING'
			     when b.deadline < :today then 'OVERDUE' else 'ANSWERING' end""";

	/**
	 * Batches in the scope by institution and stage ({@code OPEN} for every stage but
	 * closed; blank for any), the latest first.
	 */
	Page<AuditBatchRow> page(DataScope scope, String institution, String stage, LocalDate today, PageQuery page) {
		String where = " where" + SCOPE + """
				and (:inst = '' or b.fixmedins_code = :inst)
				and (:stage = '' or (:stage = 'OPEN' and b.status = 'SENT') or (""" + STAGE + ") = :stage)";
		long total = scoped(jdbc.sql("select count(*) from sup_audit_batch b" + where), scope)
			.param("inst", institution)
			.param("stage", stage)
			.param("today", today)
			.query(Long.class)
			.single();
		List<AuditBatchRow> rows = scoped(jdbc.sql(SELECT + where + """
				group by b.id, r.period_from, r.period_to order by b.id desc limit :size offset :offset"""), scope)
			.param("inst", institution)
			.param("stage", stage)
			.param("today", today)
			.param("size", page.size())
			.param("offset", page.offset())
			.query(AuditBatchRow.class)
			.list();
		return page.page(rows, total);
	}

	/** How many batches in the scope stand at each stage on {@code today}. */
	java.util.Map<String, Long> stages(DataScope scope, LocalDate today) {
		java.util.Map<String, Long> counts = new java.util.LinkedHashMap<>();
		for (AuditBatchRow.Stage s : AuditBatchRow.Stage.values()) {
			counts.put(s.name(), 0L);
		}
		scoped(jdbc
			.sql("select " + STAGE + " as stage, count(*) as n from sup_audit_batch b where" + SCOPE + " group by 1"),
				scope)
			.param("today", today)
			.query((rs, n) -> counts.put(rs.getString("stage"), rs.getLong("n")))
			.list();
		return counts;
	}

	Optional<AuditBatchRow> find(long id, DataScope scope) {
		return scoped(jdbc.sql(SELECT + " where b.id = :id and" + SCOPE + " group by b.id, r.period_from, r.period_to"),
				scope)
			.param("id", id)
			.query(AuditBatchRow.class)
			.optional();
	}

	/** Locks the batch row until the transaction ends; whether it is in the scope. */
	boolean lock(long id, DataScope scope) {
		return scoped(jdbc.sql("select b.id from sup_audit_batch b where b.id = :id and" + SCOPE + " for update"),
				scope)
			.param("id", id)
			.query(Long.class)
			.optional()
			.isPresent();
	}

	/** The ids of a batch's lines in a status, in id order. */
	List<Long> lineIds(long id, SuspicionStatus status) {
		return jdbc.sql("select id from sup_suspicion where batch_id = :b and status = :s order by id")
			.param("b", id)
			.param("s", status.name())
			.query(Long.class)
			.list();
	}

	void extend(long id, LocalDate deadline, String note, String by) {
		jdbc.sql("""
				update sup_audit_batch set deadline = :d, extended_by = :by, extension_note = :n where id = :id""")
			.param("d", deadline)
			.param("by", by)
			.param("n", note)
			.param("id", id)
			.update();
		jdbc.sql("update sup_suspicion set answer_deadline = :d where batch_id = :id")
			.param("d", deadline)
			.param("id", id)
			.update();
	}

	/** Closes the batch of a suspicion once the bureau has decided every line of it. */
	void closeIfDecided(long suspicionId) {
		jdbc.sql("""
				update sup_audit_batch b set status = 'CLOSED', closed_at = now()
				where b.id = (select batch_id from sup_suspicion where id = :s) and b.status = 'SENT'
				  and not exists (select 1 from sup_suspicion o
				                  where o.batch_id = b.id and o.status in ('OPEN', 'ACCEPTED', 'APPEALED'))""")
			.param("s", suspicionId)
			.update();
	}

}
