package org.sanyi.monitoring.report;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.sanyi.monitoring.report.ReportForm.Cell;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL of the report forms, the reports and their values. */
@Repository
public class ReportFormRepository {

	private final JdbcClient jdbc;

	ReportFormRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** One month's report of one institution on one form. */
	public record Report(long id, String formCode, String institution, String regionCode, String period,
			ReportStatus status, String updatedBy, OffsetDateTime updatedAt, String submittedBy,
			OffsetDateTime submittedAt, String reviewedBy, OffsetDateTime reviewedAt, String reviewNote) {
	}

	private record FormRow(String code, String nameZh, String nameEn, int timelyDays) {
	}

	Optional<ReportForm> form(String code) {
		return jdbc.sql("select code, name_zh, name_en, timely_days from mon_report_form where code = :c")
			.param("c", code)
			.query(FormRow.class)
			.optional()
			.map(f -> new ReportForm(f.code(), f.nameZh(), f.nameEn(), f.timelyDays(), cells(f.code())));
	}

	private List<Cell> cells(String form) {
		return jdbc.sql("""
				select code, position, section_zh, section_en, label_zh, label_en, element, slice, required
				from mon_report_cell where form_code = :f order by position""")
			.param("f", form)
			.query(Cell.class)
			.list();
	}

	Optional<Report> find(String form, String institution, String period) {
		return jdbc.sql("select * from mon_report where form_code = :f and institution = :i and period = :p")
			.param("f", form)
			.param("i", institution)
			.param("p", period)
			.query(Report.class)
			.optional();
	}

	/** The report locked for the transaction: two clerks saving at once take turns. */
	Optional<Report> findForUpdate(long id) {
		return jdbc.sql("select * from mon_report where id = :id for update")
			.param("id", id)
			.query(Report.class)
			.optional();
	}

	Optional<Report> get(long id) {
		return jdbc.sql("select * from mon_report where id = :id").param("id", id).query(Report.class).optional();
	}

	/**
	 * The report of the month, created as a draft when missing, and locked for the
	 * transaction.
	 */
	Report claim(String form, String institution, String region, String period, String by) {
		jdbc.sql("""
				insert into mon_report (form_code, institution, region_code, period, status, updated_by)
				values (:f, :i, :r, :p, 'DRAFT', :by)
				on conflict (form_code, institution, period) do nothing""")
			.param("f", form)
			.param("i", institution)
			.param("r", region)
			.param("p", period)
			.param("by", by)
			.update();
		long id = find(form, institution, period).orElseThrow().id();
		return findForUpdate(id).orElseThrow();
	}

	void replaceValues(long report, Map<String, BigDecimal> values) {
		jdbc.sql("delete from mon_report_value where report_id = :r").param("r", report).update();
		for (Map.Entry<String, BigDecimal> v : values.entrySet()) {
			jdbc.sql("insert into mon_report_value (report_id, cell_code, value) values (:r, :c, :v)")
				.param("r", report)
				.param("c", v.getKey())
				.param("v", v.getValue())
				.update();
		}
	}

	Map<String, BigDecimal> values(long report) {
		Map<String, BigDecimal> values = new LinkedHashMap<>();
		jdbc.sql("select cell_code, value from mon_report_value where report_id = :r")
			.param("r", report)
			.query((rs, n) -> values.put(rs.getString(1), rs.getBigDecimal(2)))
			.list();
		return values;
	}

	void saved(long id, String by, OffsetDateTime at) {
		jdbc.sql("""
				update mon_report set status = 'DRAFT', updated_by = :by, updated_at = :at,
				       reviewed_by = null, reviewed_at = null, review_note = null where id = :id""")
			.param("id", id)
			.param("by", by)
			.param("at", at)
			.update();
	}

	void submitted(long id, String by, OffsetDateTime at) {
		jdbc.sql("""
				update mon_report set status = 'SUBMITTED', updated_by = :by, updated_at = :at, submitted_by = :by,
				       submitted_at = :at, reviewed_by = null, reviewed_at = null, review_note = null where id = :id""")
			.param("id", id)
			.param("by", by)
			.param("at", at)
			.update();
	}

	void reviewed(long id, ReportStatus status, String by, OffsetDateTime at, String note) {
		jdbc.sql("""
				update mon_report set status = :s, reviewed_by = :by, reviewed_at = :at, review_note = :n
				where id = :id""")
			.param("id", id)
			.param("s", status.name())
			.param("by", by)
			.param("at", at)
			.param("n", note)
			.update();
	}

	/** An institution's reports, newest month first. */
	List<Report> ofInstitution(String form, String institution, int limit) {
		return jdbc.sql("""
				select * from mon_report where form_code = :f and institution = :i order by period desc limit :n""")
			.param("f", form)
			.param("i", institution)
			.param("n", limit)
			.query(Report.class)
			.list();
	}

	/** The reports of institutions under a region prefix for the months from..to. */
	List<Report> inRegion(String form, String prefix, String from, String to) {
		return jdbc.sql("""
				select * from mon_report where form_code = :f and region_code like :p || '%'
				and period between :from and :to order by institution, period""")
			.param("f", form)
			.param("p", prefix)
			.param("from", from)
			.param("to", to)
			.query(Report.class)
			.list();
	}

	/** One approved value: what the outlier check reads. */
	public record Approved(String institution, String period, String cellCode, BigDecimal value) {
	}

	List<Approved> approvedValues(String form, String prefix, String from, String to) {
		return jdbc.sql("""
				select r.institution, r.period, v.cell_code, v.value from mon_report r
				join mon_report_value v on v.report_id = r.id
				where r.form_code = :f and r.status = 'APPROVED' and r.region_code like :p || '%'
				and r.period between :from and :to order by r.institution, v.cell_code, r.period""")
			.param("f", form)
			.param("p", prefix)
			.param("from", from)
			.param("to", to)
			.query(Approved.class)
			.list();
	}

}
