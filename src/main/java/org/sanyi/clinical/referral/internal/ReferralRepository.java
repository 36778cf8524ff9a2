package org.sanyi.clinical.referral.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import org.sanyi.clinical.referral.engine.Direction;
import org.sanyi.clinical.referral.engine.ReferralStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Referrals and their moves. A move is conditional on the state the caller saw, so a
 * receiver accepting while the sender cancels ends with exactly one of the two.
 */
@Repository
public class ReferralRepository {

	private static final String SELECT = """
			select id, ref, direction, kind, urgent, status, resident_id, from_institution, from_institution_name,
			       to_institution, to_institution_name, to_department, to_department_name, in_alliance, alliance_code,
			       based_on, diagnosis_code, diagnosis_name, reason, summary, follow_up_plan, requested_by,
			       requested_at, appointment_id, slot_start, slot_doctor, bed_note, decided_by, decided_at,
			       reject_reason, arrived_at, completed_at, result_summary, cancelled_at
			  from crf_referral""";

	private final JdbcClient jdbc;

	ReferralRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Stores a new referral in state REQUESTED with its first event. */
	long insert(Referral r) {
		long id = jdbc.sql("""
				insert into crf_referral (ref, direction, kind, urgent, status, resident_id, from_institution,
				       from_institution_name, to_institution, to_institution_name, to_department, to_department_name,
				       in_alliance, alliance_code, based_on, diagnosis_code, diagnosis_name, reason, summary,
				       follow_up_plan, requested_by, requested_at, appointment_id, slot_start, slot_doctor)
				values (:ref, :direction, :kind, :urgent, 'REQUESTED', :resident, :from, :fromName, :to, :toName, :dept,
				       :deptName, :inAlliance, :alliance, :basedOn, :dx, :dxName, :reason, :summary, :plan, :by, :at,
				       :appointment, :slotStart, :slotDoctor)
				returning id""")
			.param("ref", r.ref())
			.param("direction", r.direction().name())
			.param("kind", r.kind())
			.param("urgent", r.urgent())
			.param("resident", r.residentId())
			.param("from", r.fromInstitution())
			.param("fromName", r.fromInstitutionName())
			.param("to", r.toInstitution())
			.param("toName", r.toInstitutionName())
			.param("dept", r.toDepartment())
			.param("deptName", r.toDepartmentName())
			.param("inAlliance", r.inAlliance())
			.param("alliance", r.allianceCode())
			.param("basedOn", r.basedOn())
			.param("dx", r.diagnosisCode())
			.param("dxName", r.diagnosisName())
			.param("reason", r.reason())
			.param("summary", r.summary())
			.param("plan", r.followUpPlan())
			.param("by", r.requestedBy())
			.param("at", Timestamp.from(r.requestedAt()))
			.param("appointment", r.appointmentId())
			.param("slotStart", r.slotStart() == null ? null : Timestamp.valueOf(r.slotStart()))
			.param("slotDoctor", r.slotDoctor())
			.query(Long.class)
			.single();
		event(id, ReferralStatus.REQUESTED, r.requestedAt(), r.requestedBy(), null);
		return id;
	}

	/**
	 * Moves a referral from {@code from} to {@code to}, setting the moment's column and
	 * the given extra columns; false when someone else moved it first.
	 * @param column the moment column of the move ({@code decided_at}, {@code arrived_at}
	 * …)
	 */
	boolean move(long id, ReferralStatus from, ReferralStatus to, String column, Instant at, String actor, String note,
			Extra extra) {
		int updated = jdbc
			.sql("update crf_referral set status = :to, " + column + " = :at"
					+ (extra.decidedBy() ? ", decided_by = :actor" : "")
					+ (extra.column() == null ? "" : ", " + extra.column() + " = :value")
					+ " where id = :id and status = :from")
			.param("to", to.name())
			.param("at", Timestamp.from(at))
			.param("actor", actor)
			.param("value", extra.value())
			.param("id", id)
			.param("from", from.name())
			.update();
		if (updated == 1) {
			event(id, to, at, actor, note);
		}
		return updated == 1;
	}

	/**
	 * What a move writes besides the status: whether the actor decided (accept/reject),
	 * and one text column (reject_reason, bed_note, result_summary).
	 */
	record Extra(boolean decidedBy, String column, String value) {

		static final Extra NONE = new Extra(false, null, null);

	}

	private void event(long id, ReferralStatus status, Instant at, String actor, String note) {
		jdbc.sql("insert into crf_referral_event (referral_id, status, at, actor, note) values (:id, :s, :at, :a, :n)")
			.param("id", id)
			.param("s", status.name())
			.param("at", Timestamp.from(at))
			.param("a", actor)
			.param("n", note)
			.update();
	}

	Optional<Referral> find(long id) {
		return jdbc.sql(SELECT + " where id = :id").param("id", id).query(ReferralRepository::row).optional();
	}

	List<ReferralEvent> events(long id) {
		return jdbc
			.sql("select status, at, actor, note from crf_referral_event where referral_id = :id order by at, id")
			.param("id", id)
			.query((rs, n) -> new ReferralEvent(ReferralStatus.valueOf(rs.getString(1)), rs.getTimestamp(2).toInstant(),
					rs.getString(3), rs.getString(4)))
			.list();
	}

	/**
	 * An institution's referrals, newest first: sent ({@code outgoing}) or received.
	 * @param status a status, or null for all
	 */
	List<Referral> ofInstitution(String institution, boolean outgoing, ReferralStatus status, int offset, int limit) {
		return jdbc
			.sql(SELECT + " where " + (outgoing ? "from_institution" : "to_institution") + " = :inst"
					+ " and (cast(:status as varchar) is null or status = :status)"
					+ " order by requested_at desc, id desc offset :offset limit :limit")
			.param("inst", institution)
			.param("status", status == null ? null : status.name())
			.param("offset", offset)
			.param("limit", limit)
			.query(ReferralRepository::row)
			.list();
	}

	long countOfInstitution(String institution, boolean outgoing, ReferralStatus status) {
		return jdbc
			.sql("select count(*) from crf_referral where " + (outgoing ? "from_institution" : "to_institution")
					+ " = :inst and (cast(:status as varchar) is null or status = :status)")
			.param("inst", institution)
			.param("status", status == null ? null : status.name())
			.query(Long.class)
			.single();
	}

	List<Referral> ofResident(String residentId, int limit) {
		return jdbc.sql(SELECT + " where resident_id = :resident order by requested_at desc, id desc limit :limit")
			.param("resident", residentId)
			.param("limit", limit)
			.query(ReferralRepository::row)
			.list();
	}

	/** The back-referrals made from an up-referral. */
	List<Referral> basedOn(long id) {
		return jdbc.sql(SELECT + " where based_on = :id order by id")
			.param("id", id)
			.query(ReferralRepository::row)
			.list();
	}

	boolean any() {
		return jdbc.sql("select exists (select 1 from crf_referral)").query(Boolean.class).single();
	}

	private static Referral row(ResultSet rs, int n) throws SQLException {
		return new Referral(rs.getLong("id"), rs.getString("ref"), Direction.valueOf(rs.getString("direction")),
				rs.getString("kind"), rs.getBoolean("urgent"), ReferralStatus.valueOf(rs.getString("status")),
				rs.getString("resident_id"), rs.getString("from_institution"), rs.getString("from_institution_name"),
				rs.getString("to_institution"), rs.getString("to_institution_name"), rs.getString("to_department"),
				rs.getString("to_department_name"), rs.getBoolean("in_alliance"), rs.getString("alliance_code"),
				rs.getObject("based_on", Long.class), rs.getString("diagnosis_code"), rs.getString("diagnosis_name"),
				rs.getString("reason"), rs.getString("summary"), rs.getString("follow_up_plan"),
				rs.getString("requested_by"), instant(rs, "requested_at"), rs.getObject("appointment_id", Long.class),
				local(rs, "slot_start"), rs.getString("slot_doctor"), rs.getString("bed_note"),
				rs.getString("decided_by"), instant(rs, "decided_at"), rs.getString("reject_reason"),
				instant(rs, "arrived_at"), instant(rs, "completed_at"), rs.getString("result_summary"),
				instant(rs, "cancelled_at"));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp t = rs.getTimestamp(column);
		return t == null ? null : t.toInstant();
	}

	private static LocalDateTime local(ResultSet rs, String column) throws SQLException {
		Timestamp t = rs.getTimestamp(column);
		return t == null ? null : t.toLocalDateTime();
	}

}
