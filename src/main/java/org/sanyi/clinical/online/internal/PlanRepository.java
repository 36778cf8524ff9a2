package org.sanyi.clinical.online.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Post-discharge plans and their check-ins. */
@Repository
class PlanRepository {

	private static final String PLAN = """
			select id, resident_id, institution_code, institution_name, diagnosis_code, diagnosis_name, discharged_on,
			       interval_days, check_ins, instructions, created_by, created_at
			  from ol_plan""";

	private static final String CHECK_IN = "select id, plan_id, seq, due_on, done_at, done_by, outcome from ol_check_in";

	private final JdbcClient jdbc;

	PlanRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long insert(FollowUpPlan p, List<LocalDate> dates) {
		long id = jdbc.sql("""
				insert into ol_plan (resident_id, institution_code, institution_name, diagnosis_code, diagnosis_name,
				       discharged_on, interval_days, check_ins, instructions, created_by, created_at)
				values (:r, :i, :iName, :dx, :dxName, :out, :interval, :n, :text, :by, :at)
				returning id""")
			.param("r", p.residentId())
			.param("i", p.institutionCode())
			.param("iName", p.institutionName())
			.param("dx", p.diagnosisCode())
			.param("dxName", p.diagnosisName())
			.param("out", p.dischargedOn())
			.param("interval", p.intervalDays())
			.param("n", p.checkIns())
			.param("text", p.instructions())
			.param("by", p.createdBy())
			.param("at", Timestamp.from(p.createdAt()))
			.query(Long.class)
			.single();
		for (int i = 0; i < dates.size(); i++) {
			jdbc.sql("insert into ol_check_in (plan_id, seq, due_on) values (:p, :s, :d)")
				.param("p", id)
				.param("s", i + 1)
				.param("d", dates.get(i))
				.update();
		}
		return id;
	}

	boolean checkIn(long checkInId, String by, Instant at, String outcome) {
		return jdbc.sql("""
				update ol_check_in set done_at = :at, done_by = :by, outcome = :o
				 where id = :id and done_at is null""")
			.param("at", Timestamp.from(at))
			.param("by", by)
			.param("o", outcome)
			.param("id", checkInId)
			.update() == 1;
	}

	Optional<FollowUpPlan> find(long id) {
		return jdbc.sql(PLAN + " where id = :id")
			.param("id", id)
			.query((rs, n) -> plan(rs, List.of()))
			.optional()
			.map(this::withSchedule);
	}

	Optional<FollowUpPlan.CheckIn> checkIn(long id) {
		return jdbc.sql(CHECK_IN + " where id = :id").param("id", id).query(PlanRepository::checkIn).optional();
	}

	List<FollowUpPlan> ofResident(String residentId) {
		return jdbc.sql(PLAN + " where resident_id = :r order by discharged_on desc, id desc")
			.param("r", residentId)
			.query((rs, n) -> plan(rs, List.of()))
			.list()
			.stream()
			.map(this::withSchedule)
			.toList();
	}

	List<FollowUpPlan> ofInstitution(String institution, int limit) {
		return jdbc.sql(PLAN + " where institution_code = :i order by discharged_on desc, id desc limit :l")
			.param("i", institution)
			.param("l", limit)
			.query((rs, n) -> plan(rs, List.of()))
			.list()
			.stream()
			.map(this::withSchedule)
			.toList();
	}

	/**
	 * The institution's open check-ins due up to a day (that day's list), earliest first.
	 */
	List<FollowUpPlan.Due> openUpTo(String institution, LocalDate today, int limit) {
		return jdbc.sql("""
				select c.id, c.plan_id, c.seq, c.due_on, c.done_at, c.done_by, c.outcome, p.resident_id,
				       p.diagnosis_name, p.discharged_on
				  from ol_check_in c join ol_plan p on p.id = c.plan_id
				 where p.institution_code = :i and c.done_at is null and c.due_on <= :today
				 order by c.due_on, c.id limit :l""")
			.param("i", institution)
			.param("today", today)
			.param("l", limit)
			.query((rs, n) -> {
				FollowUpPlan.CheckIn c = checkIn(rs, n);
				return new FollowUpPlan.Due(c, rs.getString("resident_id"), rs.getString("diagnosis_name"),
						rs.getObject("discharged_on", LocalDate.class), c.state(today));
			})
			.list();
	}

	boolean any() {
		return jdbc.sql("select exists (select 1 from ol_plan)").query(Boolean.class).single();
	}

	private FollowUpPlan withSchedule(FollowUpPlan p) {
		List<FollowUpPlan.CheckIn> schedule = jdbc.sql(CHECK_IN + " where plan_id = :p order by seq")
			.param("p", p.id())
			.query(PlanRepository::checkIn)
			.list();
		return new FollowUpPlan(p.id(), p.residentId(), p.institutionCode(), p.institutionName(), p.diagnosisCode(),
				p.diagnosisName(), p.dischargedOn(), p.intervalDays(), p.checkIns(), p.instructions(), p.createdBy(),
				p.createdAt(), schedule);
	}

	private static FollowUpPlan plan(ResultSet rs, List<FollowUpPlan.CheckIn> schedule) throws SQLException {
		return new FollowUpPlan(rs.getLong("id"), rs.getString("resident_id"), rs.getString("institution_code"),
				rs.getString("institution_name"), rs.getString("diagnosis_code"), rs.getString("diagnosis_name"),
				rs.getObject("discharged_on", LocalDate.class), rs.getInt("interval_days"), rs.getInt("check_ins"),
				rs.getString("instructions"), rs.getString("created_by"), rs.getTimestamp("created_at").toInstant(),
				schedule);
	}

	private static FollowUpPlan.CheckIn checkIn(ResultSet rs, int n) throws SQLException {
		Timestamp done = rs.getTimestamp("done_at");
		return new FollowUpPlan.CheckIn(rs.getLong("id"), rs.getLong("plan_id"), rs.getInt("seq"),
				rs.getObject("due_on", LocalDate.class), done == null ? null : done.toInstant(),
				rs.getString("done_by"), rs.getString("outcome"));
	}

}
