package org.sanyi.pharma.rxreview;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * 处方点评 samples and reviews ({@code ph_rx_review_sample}, {@code ph_rx_review}), and the
 * prescriptions they are drawn from. Scope: {@code :prefix} (region prefix, '' for all)
 * and {@code :institution} ('' for any) in every read.
 */
@Repository
class RxReviewRepository {

	private static final String SCOPE = "(:prefix = '' or s.institution_region like :prefix || '%') "
			+ "and (:institution = '' or s.institution_code = :institution)";

	private final JdbcClient jdbc;

	RxReviewRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The institution's prescriptions of a month that reached the patient (not revoked).
	 */
	List<String> population(String institution, OffsetDateTime from, OffsetDateTime to) {
		return jdbc.sql("""
				select hi_rxno from ph_prescription where institution_code = :i and issued_at >= :from
				and issued_at < :to and state <> 'REVOKED'""")
			.param("i", institution)
			.param("from", from)
			.param("to", to)
			.query(String.class)
			.list();
	}

	/** Stores a sample; empty when the institution's month has one already. */
	Optional<Long> insertSample(String institution, String region, LocalDate month, String seed, BigDecimal share,
			int population, List<String> sample, String by) {
		Optional<Long> id = jdbc.sql("""
				insert into ph_rx_review_sample (institution_code, institution_region, month, seed, share, population,
				    sample_size, created_by) values (:i, :r, :m, :seed, :share, :pop, :n, :by)
				on conflict (institution_code, month) do nothing returning id""")
			.param("i", institution)
			.param("r", region)
			.param("m", month)
			.param("seed", seed)
			.param("share", share)
			.param("pop", population)
			.param("n", sample.size())
			.param("by", by)
			.query(Long.class)
			.optional();
		id.ifPresent(sampleId -> {
			for (int i = 0; i < sample.size(); i++) {
				jdbc.sql("""
						insert into ph_rx_review (sample_id, hi_rxno, position, doctor_code, doctor_name)
						select :s, hi_rxno, :pos, doctor_code, doctor_name from ph_prescription where hi_rxno = :rx""")
					.param("s", sampleId)
					.param("pos", i + 1)
					.param("rx", sample.get(i))
					.update();
			}
		});
		return id;
	}

	List<SampleRow> samples(String prefix, String institution) {
		return jdbc
			.sql("select " + SAMPLE_COLUMNS + " from ph_rx_review_sample s where " + SCOPE
					+ " order by s.month desc, s.institution_code")
			.param("prefix", prefix)
			.param("institution", institution)
			.query(SampleRow.class)
			.list();
	}

	Optional<SampleRow> sample(long id, String prefix, String institution) {
		return jdbc.sql("select " + SAMPLE_COLUMNS + " from ph_rx_review_sample s where s.id = :id and " + SCOPE)
			.param("id", id)
			.param("prefix", prefix)
			.param("institution", institution)
			.query(SampleRow.class)
			.optional();
	}

	private static final String SAMPLE_COLUMNS = """
			s.id, s.institution_code, s.institution_region, s.month, s.seed, s.share, s.population, s.sample_size,
			s.created_by, s.created_at,
			(select count(*) from ph_rx_review r where r.sample_id = s.id and r.status = 'REVIEWED') as reviewed,
			(select count(*) from ph_rx_review r where r.sample_id = s.id and r.status = 'REVIEWED' and r.items <> '')
			    as irrational""";

	private static final String REVIEW_COLUMNS = """
			r.sample_id, r.hi_rxno, r.position, r.doctor_code, r.doctor_name, r.status, r.items, r.note, r.reviewer,
			r.reviewed_at, p.patient_name, p.rx_type_code, p.dept_name, p.diagnosis_name, p.issued_at,
			p.institution_code""";

	List<ReviewRow> reviews(long sampleId) {
		return jdbc.sql("select " + REVIEW_COLUMNS + """
				 from ph_rx_review r join ph_prescription p on p.hi_rxno = r.hi_rxno
				where r.sample_id = :s order by r.position""").param("s", sampleId).query(ReviewRow.class).list();
	}

	/**
	 * The reviewed prescriptions of samples in scope, with their items: the summaries'
	 * input.
	 */
	List<ReviewRow> reviewed(String prefix, String institution, LocalDate fromMonth, LocalDate toMonth) {
		return jdbc.sql("select " + REVIEW_COLUMNS + """
				 from ph_rx_review r join ph_rx_review_sample s on s.id = r.sample_id
				join ph_prescription p on p.hi_rxno = r.hi_rxno
				where r.status = 'REVIEWED' and s.month between :from and :to and """ + SCOPE)
			.param("from", fromMonth)
			.param("to", toMonth)
			.param("prefix", prefix)
			.param("institution", institution)
			.query(ReviewRow.class)
			.list();
	}

	Optional<ReviewRow> review(long sampleId, String hiRxno) {
		return jdbc.sql("select " + REVIEW_COLUMNS + """
				 from ph_rx_review r join ph_prescription p on p.hi_rxno = r.hi_rxno
				where r.sample_id = :s and r.hi_rxno = :rx""")
			.param("s", sampleId)
			.param("rx", hiRxno)
			.query(ReviewRow.class)
			.optional();
	}

	List<ReviewLine> lines(String hiRxno) {
		return jdbc.sql("""
				select line_no, item_name as name, single_dose, dose_unit, frequency, route, days, quantity
				from ph_prescription_line where hi_rxno = :rx order by line_no""")
			.param("rx", hiRxno)
			.query(ReviewLine.class)
			.list();
	}

	List<ReviewHint> findings(List<String> hiRxnos) {
		if (hiRxnos.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("""
				select hi_rxno, rule_id, review_item, message_key, args from ph_rx_finding
				where hi_rxno = any(:rx) order by hi_rxno, seq""")
			.param("rx", hiRxnos.toArray(String[]::new))
			.query(ReviewHint.class)
			.list();
	}

	void record(long sampleId, String hiRxno, String items, String note, String reviewer) {
		jdbc.sql("""
				update ph_rx_review set status = 'REVIEWED', items = :items, note = :note, reviewer = :by,
				    reviewed_at = now() where sample_id = :s and hi_rxno = :rx""")
			.param("items", items)
			.param("note", note)
			.param("by", reviewer)
			.param("s", sampleId)
			.param("rx", hiRxno)
			.update();
	}

}
