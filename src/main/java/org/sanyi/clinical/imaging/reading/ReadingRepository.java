package org.sanyi.clinical.imaging.reading;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.sanyi.clinical.imaging.dicom.DicomImage;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Studies, their instances and reading requests ({@code img_} tables). */
@Repository
public class ReadingRepository {

	private final JdbcClient jdbc;

	ReadingRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A reading with its study, as worklists and the viewer show it. */
	public record ReadingRow(long id, long studyId, String requesterCode, String requestedBy, String centreCode,
			Priority priority, String clinicalQuestion, ReadingStatus status, Instant requestedAt, Instant dueAt,
			String reader, String readerName, Instant assignedAt, String findings, String impression, Instant signedAt,
			String reportReference, int version, String studyUid, String residentId, String modality, String bodyPart,
			String description, LocalDate studyDate, int instances, String archive) {

		/** Whether the reading is (or was, when signed) past its turnaround deadline. */
		public boolean overdue(Instant now) {
			return (signedAt != null ? signedAt : status.open() ? now : dueAt).isAfter(dueAt);
		}

	}

	public record InstanceRow(String seriesUid, String sopUid, int instanceNumber, int rows, int columns,
			BigDecimal windowCenter, BigDecimal windowWidth) {
	}

	/** Open and signed readings per status, for the worklist's counters. */
	public record StatusCount(ReadingStatus status, long count) {
	}

	private static final String SELECT = """
			select r.id, r.study_id, r.requester_code, r.requested_by, r.centre_code, r.priority, r.clinical_question,
			       r.status, r.requested_at, r.due_at, r.reader, r.reader_name, r.assigned_at, r.findings, r.impression,
			       r.signed_at, r.report_reference, r.version, s.study_uid, s.resident_id, s.modality, s.body_part,
			       s.description, s.study_date, s.instances, s.archive
			from img_reading r join img_study s on s.id = r.study_id
			""";

	public boolean studyExists(String studyUid) {
		return jdbc.sql("select count(*) from img_study where study_uid = :uid")
			.param("uid", studyUid)
			.query(Long.class)
			.single() > 0;
	}

	public boolean any() {
		return jdbc.sql("select exists (select 1 from img_study)").query(Boolean.class).single();
	}

	public long insertStudy(DicomImage first, String residentId, String institution, int instances, String archive,
			Instant at, String by) {
		return jdbc.sql("""
				insert into img_study (study_uid, resident_id, institution_code, modality, body_part, description,
				  study_date, instances, archive, received_at, received_by)
				values (:uid, :resident, :institution, :modality, :bodyPart, :description, :date, :instances, :archive,
				  :at, :by) returning id""")
			.param("uid", first.studyUid())
			.param("resident", residentId)
			.param("institution", institution)
			.param("modality", first.modality())
			.param("bodyPart", first.bodyPart())
			.param("description", first.description())
			.param("date", first.studyDate())
			.param("instances", instances)
			.param("archive", archive)
			.param("at", Timestamp.from(at))
			.param("by", by)
			.query(Long.class)
			.single();
	}

	public void insertInstance(long studyId, DicomImage image) {
		jdbc.sql("""
				insert into img_instance (study_id, series_uid, sop_uid, instance_number, rows, columns, window_center,
				  window_width) values (:study, :series, :sop, :number, :rows, :columns, :wc, :ww)""")
			.param("study", studyId)
			.param("series", image.seriesUid())
			.param("sop", image.sopUid())
			.param("number", image.instanceNumber())
			.param("rows", image.rows())
			.param("columns", image.columns())
			.param("wc", image.windowCenter() == null ? null : BigDecimal.valueOf(image.windowCenter()))
			.param("ww", image.windowWidth() == null ? null : BigDecimal.valueOf(image.windowWidth()))
			.update();
	}

	public long insertReading(long studyId, String requester, String by, String centre, Priority priority,
			String question, Instant at) {
		return jdbc
			.sql("""
					insert into img_reading (study_id, requester_code, requested_by, centre_code, priority, clinical_question,
					  status, requested_at, due_at) values (:study, :requester, :by, :centre, :priority, :question, 'REQUESTED',
					  :at, :due) returning id""")
			.param("study", studyId)
			.param("requester", requester)
			.param("by", by)
			.param("centre", centre)
			.param("priority", priority.name())
			.param("question", question)
			.param("at", Timestamp.from(at))
			.param("due", Timestamp.from(at.plus(priority.turnaround())))
			.query(Long.class)
			.single();
	}

	/** The reading if the institution is its imaging centre or its requester. */
	public Optional<ReadingRow> reading(long id, String institution) {
		return jdbc.sql(SELECT + " where r.id = :id and (r.centre_code = :inst or r.requester_code = :inst)")
			.param("id", id)
			.param("inst", institution)
			.query(ReadingRepository::row)
			.optional();
	}

	public Optional<ReadingRow> reading(long id) {
		return jdbc.sql(SELECT + " where r.id = :id").param("id", id).query(ReadingRepository::row).optional();
	}

	/**
	 * The centre's readings of the given statuses, the most urgent first (deadline, then
	 * request time).
	 */
	public List<ReadingRow> worklist(String centre, List<String> statuses, int offset, int limit) {
		return jdbc.sql(SELECT + """
				 where r.centre_code = :centre and r.status in (:statuses)
				order by case when r.status in ('SIGNED', 'CANCELLED') then 1 else 0 end, r.due_at, r.id
				offset :offset limit :limit""")
			.param("centre", centre)
			.param("statuses", statuses)
			.param("offset", offset)
			.param("limit", limit)
			.query(ReadingRepository::row)
			.list();
	}

	public long countWorklist(String centre, List<String> statuses) {
		return jdbc.sql("select count(*) from img_reading where centre_code = :centre and status in (:statuses)")
			.param("centre", centre)
			.param("statuses", statuses)
			.query(Long.class)
			.single();
	}

	public List<StatusCount> statusCounts(String centre) {
		return jdbc.sql("select status, count(*) from img_reading where centre_code = :centre group by status")
			.param("centre", centre)
			.query((rs, n) -> new StatusCount(ReadingStatus.valueOf(rs.getString(1)), rs.getLong(2)))
			.list();
	}

	/** The institution's own requests, newest first. */
	public List<ReadingRow> requests(String requester, int offset, int limit) {
		return jdbc
			.sql(SELECT + " where r.requester_code = :requester order by r.requested_at desc, r.id desc"
					+ " offset :offset limit :limit")
			.param("requester", requester)
			.param("offset", offset)
			.param("limit", limit)
			.query(ReadingRepository::row)
			.list();
	}

	public long countRequests(String requester) {
		return jdbc.sql("select count(*) from img_reading where requester_code = :requester")
			.param("requester", requester)
			.query(Long.class)
			.single();
	}

	static ReadingRow row(ResultSet rs, int n) throws SQLException {
		return new ReadingRow(rs.getLong("id"), rs.getLong("study_id"), rs.getString("requester_code"),
				rs.getString("requested_by"), rs.getString("centre_code"), Priority.valueOf(rs.getString("priority")),
				rs.getString("clinical_question"), ReadingStatus.valueOf(rs.getString("status")),
				instant(rs, "requested_at"), instant(rs, "due_at"), rs.getString("reader"), rs.getString("reader_name"),
				instant(rs, "assigned_at"), rs.getString("findings"), rs.getString("impression"),
				instant(rs, "signed_at"), rs.getString("report_reference"), rs.getInt("version"),
				rs.getString("study_uid"), rs.getString("resident_id"), rs.getString("modality"),
				rs.getString("body_part"), rs.getString("description"), rs.getObject("study_date", LocalDate.class),
				rs.getInt("instances"), rs.getString("archive"));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp t = rs.getTimestamp(column);
		return t == null ? null : t.toInstant();
	}

	public List<InstanceRow> instances(long studyId) {
		return jdbc.sql("""
				select series_uid, sop_uid, instance_number, rows, columns, window_center, window_width
				from img_instance where study_id = :study order by instance_number, sop_uid""")
			.param("study", studyId)
			.query(InstanceRow.class)
			.list();
	}

	/**
	 * Moves a reading from one status to the next if nobody changed it meanwhile; false
	 * when it was.
	 */
	public boolean take(long id, int version, String reader, String readerName, Instant at) {
		return jdbc.sql("""
				update img_reading set status = 'ASSIGNED', reader = :reader, reader_name = :name, assigned_at = :at,
				  version = version + 1 where id = :id and version = :version and status = 'REQUESTED'""")
			.param("id", id)
			.param("version", version)
			.param("reader", reader)
			.param("name", readerName)
			.param("at", Timestamp.from(at))
			.update() == 1;
	}

	public boolean draft(long id, int version, String reader, String findings, String impression) {
		return jdbc.sql("""
				update img_reading set status = 'DRAFTED', findings = :findings, impression = :impression,
				  version = version + 1
				where id = :id and version = :version and reader = :reader and status in ('ASSIGNED', 'DRAFTED')""")
			.param("id", id)
			.param("version", version)
			.param("reader", reader)
			.param("findings", findings)
			.param("impression", impression)
			.update() == 1;
	}

	public boolean sign(long id, int version, String reader, Instant at, String reportReference) {
		return jdbc
			.sql("""
					update img_reading set status = 'SIGNED', signed_at = :at, report_reference = :ref, version = version + 1
					where id = :id and version = :version and reader = :reader and status = 'DRAFTED'""")
			.param("id", id)
			.param("version", version)
			.param("reader", reader)
			.param("at", Timestamp.from(at))
			.param("ref", reportReference)
			.update() == 1;
	}

	public boolean cancel(long id, int version) {
		return jdbc.sql("""
				update img_reading set status = 'CANCELLED', version = version + 1
				where id = :id and version = :version and status in ('REQUESTED', 'ASSIGNED')""")
			.param("id", id)
			.param("version", version)
			.update() == 1;
	}

}
