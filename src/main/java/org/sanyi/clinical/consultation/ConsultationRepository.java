package org.sanyi.clinical.consultation;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.sanyi.clinical.Consultations.Attachment;
import org.sanyi.clinical.Consultations.Consultant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Consultations, their attachments, consultants and trail ({@code con_} tables). */
@Repository
public class ConsultationRepository {

	private final JdbcClient jdbc;

	ConsultationRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public record ConsultationRow(long id, String residentId, String requesterCode, String requestedBy,
			String requesterName, String consultantCode, String question, ConsultationStatus status, Instant slotStart,
			Integer slotMinutes, String meetingLink, String feeItemCode, BigDecimal fee, String opinion,
			String opinionBy, String opinionName, String opinionReference, Instant requestedAt, int version) {
	}

	public record Event(Instant at, String actor, ConsultationStatus status, String note) {
	}

	private static final String SELECT = """
			select id, resident_id, requester_code, requested_by, requester_name, consultant_code, question, status,
			       slot_start, slot_minutes, meeting_link, fee_item_code, fee, opinion, opinion_by, opinion_name,
			       opinion_reference, requested_at, version
			from con_consultation""";

	public boolean any() {
		return jdbc.sql("select exists (select 1 from con_consultation)").query(Boolean.class).single();
	}

	public long insert(String residentId, String requester, String by, String byName, String consultant,
			String question, Instant at) {
		return jdbc
			.sql("""
					insert into con_consultation (resident_id, requester_code, requested_by, requester_name, consultant_code,
					  question, status, requested_at) values (:r, :req, :by, :name, :con, :q, 'REQUESTED', :at) returning id""")
			.param("r", residentId)
			.param("req", requester)
			.param("by", by)
			.param("name", byName)
			.param("con", consultant)
			.param("q", question)
			.param("at", Timestamp.from(at))
			.query(Long.class)
			.single();
	}

	public void attach(long id, Attachment a) {
		jdbc.sql("insert into con_attachment (consultation_id, reference, title) values (:id, :ref, :title)")
			.param("id", id)
			.param("ref", a.reference())
			.param("title", a.title())
			.update();
	}

	public void trail(long id, Instant at, String actor, ConsultationStatus status, String note) {
		jdbc.sql(
				"""
						insert into con_event (consultation_id, at, actor, status, note) values (:id, :at, :actor, :status, :note)""")
			.param("id", id)
			.param("at", Timestamp.from(at))
			.param("actor", actor)
			.param("status", status.name())
			.param("note", note)
			.update();
	}

	public Optional<ConsultationRow> find(long id) {
		return jdbc.sql(SELECT + " where id = :id").param("id", id).query(ConsultationRepository::row).optional();
	}

	/** The institution's consultations, as requester or as consultant, newest first. */
	public List<ConsultationRow> of(String institution, boolean asConsultant, int offset, int limit) {
		return jdbc
			.sql(SELECT + (asConsultant ? " where consultant_code = :i" : " where requester_code = :i")
					+ " order by requested_at desc, id desc offset :offset limit :limit")
			.param("i", institution)
			.param("offset", offset)
			.param("limit", limit)
			.query(ConsultationRepository::row)
			.list();
	}

	public long count(String institution, boolean asConsultant) {
		return jdbc
			.sql("select count(*) from con_consultation where "
					+ (asConsultant ? "consultant_code = :i" : "requester_code = :i"))
			.param("i", institution)
			.query(Long.class)
			.single();
	}

	public List<Attachment> attachments(long id) {
		return jdbc.sql("select reference, title from con_attachment where consultation_id = :id order by reference")
			.param("id", id)
			.query(Attachment.class)
			.list();
	}

	public List<Consultant> consultants(long id) {
		return jdbc.sql("select name, department from con_consultant where consultation_id = :id order by name")
			.param("id", id)
			.query(Consultant.class)
			.list();
	}

	public List<Event> events(long id) {
		return jdbc.sql("select at, actor, status, note from con_event where consultation_id = :id order by at, id")
			.param("id", id)
			.query((rs, n) -> new Event(instant(rs, "at"), rs.getString("actor"),
					ConsultationStatus.valueOf(rs.getString("status")), rs.getString("note")))
			.list();
	}

	public boolean schedule(long id, int version, Instant slot, int minutes, String link,
			List<Consultant> consultants) {
		boolean moved = jdbc.sql("""
				update con_consultation set status = 'SCHEDULED', slot_start = :slot, slot_minutes = :minutes,
				  meeting_link = :link, version = version + 1
				where id = :id and version = :version and status in ('REQUESTED', 'SCHEDULED')""")
			.param("id", id)
			.param("version", version)
			.param("slot", Timestamp.from(slot))
			.param("minutes", minutes)
			.param("link", link)
			.update() == 1;
		if (moved) {
			jdbc.sql("delete from con_consultant where consultation_id = :id").param("id", id).update();
			for (Consultant c : consultants) {
				jdbc.sql("insert into con_consultant (consultation_id, name, department) values (:id, :n, :d)")
					.param("id", id)
					.param("n", c.name())
					.param("d", c.department())
					.update();
			}
		}
		return moved;
	}

	public boolean complete(long id, int version, String opinion, String by, String name, String reference,
			String feeItem, BigDecimal fee) {
		return jdbc
			.sql("""
					update con_consultation set status = 'COMPLETED', opinion = :opinion, opinion_by = :by,
					  opinion_name = :name, opinion_reference = :ref, fee_item_code = :item, fee = :fee, version = version + 1
					where id = :id and version = :version and status = 'SCHEDULED'""")
			.param("id", id)
			.param("version", version)
			.param("opinion", opinion)
			.param("by", by)
			.param("name", name)
			.param("ref", reference)
			.param("item", feeItem)
			.param("fee", fee)
			.update() == 1;
	}

	public boolean close(long id, int version, ConsultationStatus status) {
		return jdbc.sql("""
				update con_consultation set status = :status, version = version + 1
				where id = :id and version = :version and status in ('REQUESTED', 'SCHEDULED')""")
			.param("id", id)
			.param("version", version)
			.param("status", status.name())
			.update() == 1;
	}

	static ConsultationRow row(ResultSet rs, int n) throws SQLException {
		return new ConsultationRow(rs.getLong("id"), rs.getString("resident_id"), rs.getString("requester_code"),
				rs.getString("requested_by"), rs.getString("requester_name"), rs.getString("consultant_code"),
				rs.getString("question"), ConsultationStatus.valueOf(rs.getString("status")), instant(rs, "slot_start"),
				(Integer) rs.getObject("slot_minutes"), rs.getString("meeting_link"), rs.getString("fee_item_code"),
				rs.getBigDecimal("fee"), rs.getString("opinion"), rs.getString("opinion_by"),
				rs.getString("opinion_name"), rs.getString("opinion_reference"), instant(rs, "requested_at"),
				rs.getInt("version"));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp t = rs.getTimestamp(column);
		return t == null ? null : t.toInstant();
	}

}
