package org.sanyi.clinical.online.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.sanyi.clinical.online.engine.VisitStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Online visits, their trail and messages. A move is conditional on the state the caller
 * saw, so a doctor accepting while the resident cancels ends with exactly one of the two.
 */
@Repository
class OnlineVisitRepository {

	private static final String SELECT = """
			select id, ref, resident_id, institution_code, institution_name, condition_code, condition_name,
			       evidence_code, evidence_institution, evidence_day, complaint, status, doctor_username, doctor_name,
			       video_link, conclusion, requested_at, accepted_at, started_at, completed_at, cancelled_at,
			       cancel_reason
			  from ol_visit""";

	private final JdbcClient jdbc;

	OnlineVisitRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long insert(OnlineVisit v, String actor) {
		long id = jdbc
			.sql("""
					insert into ol_visit (ref, resident_id, institution_code, institution_name, condition_code,
					       condition_name, evidence_code, evidence_institution, evidence_day, complaint, status, requested_at)
					values (:ref, :resident, :inst, :instName, :code, :name, :evCode, :evInst, :evDay, :complaint,
					       'REQUESTED', :at)
					returning id""")
			.param("ref", v.ref())
			.param("resident", v.residentId())
			.param("inst", v.institutionCode())
			.param("instName", v.institutionName())
			.param("code", v.conditionCode())
			.param("name", v.conditionName())
			.param("evCode", v.evidenceCode())
			.param("evInst", v.evidenceInstitution())
			.param("evDay", v.evidenceDay())
			.param("complaint", v.complaint())
			.param("at", Timestamp.from(v.requestedAt()))
			.query(Long.class)
			.single();
		event(id, VisitStatus.REQUESTED, v.requestedAt(), actor, null);
		return id;
	}

	/**
	 * Moves a visit from {@code from} to {@code to}, setting the moment's column and an
	 * optional extra text column; false when someone else moved it first.
	 */
	boolean move(long id, VisitStatus from, VisitStatus to, String momentColumn, Instant at, String actor, String note,
			String extraColumn, String extraValue) {
		int updated = jdbc
			.sql("update ol_visit set status = :to, " + momentColumn + " = :at"
					+ (extraColumn == null ? "" : ", " + extraColumn + " = :value")
					+ " where id = :id and status = :from")
			.param("to", to.name())
			.param("at", Timestamp.from(at))
			.param("value", extraValue)
			.param("id", id)
			.param("from", from.name())
			.update();
		if (updated == 1) {
			event(id, to, at, actor, note);
		}
		return updated == 1;
	}

	/** Names the doctor taking the visit (with the accept move). */
	void assign(long id, String username, String name) {
		jdbc.sql("update ol_visit set doctor_username = :u, doctor_name = :n where id = :id")
			.param("u", username)
			.param("n", name)
			.param("id", id)
			.update();
	}

	void setVideoLink(long id, String link) {
		jdbc.sql("update ol_visit set video_link = :l where id = :id").param("l", link).param("id", id).update();
	}

	private void event(long id, VisitStatus status, Instant at, String actor, String note) {
		jdbc.sql("insert into ol_visit_event (visit_id, status, at, actor, note) values (:id, :s, :at, :a, :n)")
			.param("id", id)
			.param("s", status.name())
			.param("at", Timestamp.from(at))
			.param("a", actor)
			.param("n", note)
			.update();
	}

	Optional<OnlineVisit> find(long id) {
		return jdbc.sql(SELECT + " where id = :id").param("id", id).query(OnlineVisitRepository::row).optional();
	}

	List<OnlineVisit> ofResident(String residentId, int limit) {
		return jdbc.sql(SELECT + " where resident_id = :r order by requested_at desc, id desc limit :l")
			.param("r", residentId)
			.param("l", limit)
			.query(OnlineVisitRepository::row)
			.list();
	}

	/** An institution's visits, optionally of one state, newest first. */
	List<OnlineVisit> ofInstitution(String institution, VisitStatus status, int offset, int limit) {
		return jdbc
			.sql(SELECT + " where institution_code = :i and (cast(:s as varchar) is null or status = :s)"
					+ " order by requested_at desc, id desc offset :o limit :l")
			.param("i", institution)
			.param("s", status == null ? null : status.name())
			.param("o", offset)
			.param("l", limit)
			.query(OnlineVisitRepository::row)
			.list();
	}

	long countOfInstitution(String institution, VisitStatus status) {
		return jdbc
			.sql("select count(*) from ol_visit where institution_code = :i"
					+ " and (cast(:s as varchar) is null or status = :s)")
			.param("i", institution)
			.param("s", status == null ? null : status.name())
			.query(Long.class)
			.single();
	}

	/** Open visits of an institution by state (the clinic's queue counts). */
	java.util.Map<String, Long> countsByStatus(String institution) {
		java.util.Map<String, Long> counts = new java.util.LinkedHashMap<>();
		for (VisitStatus s : VisitStatus.values()) {
			counts.put(s.name(), 0L);
		}
		jdbc.sql("select status, count(*) as n from ol_visit where institution_code = :i group by status")
			.param("i", institution)
			.query((rs, n) -> counts.put(rs.getString("status"), rs.getLong("n")))
			.list();
		return counts;
	}

	List<OnlineVisit.Event> events(long visitId) {
		return jdbc.sql("select status, at, actor, note from ol_visit_event where visit_id = :id order by id")
			.param("id", visitId)
			.query((rs, n) -> new OnlineVisit.Event(VisitStatus.valueOf(rs.getString("status")),
					rs.getTimestamp("at").toInstant(), rs.getString("actor"), rs.getString("note")))
			.list();
	}

	void message(long visitId, String sender, String senderName, String body, OnlineVisit.Image image, Instant at) {
		jdbc.sql("""
				insert into ol_message (visit_id, sender, sender_name, body, image, image_type, at)
				values (:v, :s, :n, :b, :img, :type, :at)""")
			.param("v", visitId)
			.param("s", sender)
			.param("n", senderName)
			.param("b", body)
			.param("img", image == null ? null : image.bytes())
			.param("type", image == null ? null : image.type())
			.param("at", Timestamp.from(at))
			.update();
	}

	List<OnlineVisit.Message> messages(long visitId) {
		return jdbc.sql("""
				select id, sender, sender_name, body, image is not null as has_image, at
				  from ol_message where visit_id = :v order by id""")
			.param("v", visitId)
			.query((rs, n) -> new OnlineVisit.Message(rs.getLong("id"), rs.getString("sender"),
					rs.getString("sender_name"), rs.getString("body"), rs.getBoolean("has_image"),
					rs.getTimestamp("at").toInstant()))
			.list();
	}

	Optional<OnlineVisit.Image> image(long visitId, long messageId) {
		return jdbc
			.sql("select image, image_type from ol_message where id = :m and visit_id = :v and image is not null")
			.param("m", messageId)
			.param("v", visitId)
			.query((rs, n) -> new OnlineVisit.Image(rs.getBytes("image"), rs.getString("image_type")))
			.optional();
	}

	boolean any() {
		return jdbc.sql("select exists (select 1 from ol_visit)").query(Boolean.class).single();
	}

	private static OnlineVisit row(ResultSet rs, int n) throws SQLException {
		return new OnlineVisit(rs.getLong("id"), rs.getString("ref"), rs.getString("resident_id"),
				rs.getString("institution_code"), rs.getString("institution_name"), rs.getString("condition_code"),
				rs.getString("condition_name"), rs.getString("evidence_code"), rs.getString("evidence_institution"),
				rs.getObject("evidence_day", LocalDate.class), rs.getString("complaint"),
				VisitStatus.valueOf(rs.getString("status")), rs.getString("doctor_username"),
				rs.getString("doctor_name"), rs.getString("video_link"), rs.getString("conclusion"),
				instant(rs, "requested_at"), instant(rs, "accepted_at"), instant(rs, "started_at"),
				instant(rs, "completed_at"), instant(rs, "cancelled_at"), rs.getString("cancel_reason"));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp t = rs.getTimestamp(column);
		return t == null ? null : t.toInstant();
	}

}
