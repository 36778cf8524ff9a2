package org.sanyi.clinical.appointment.survey;

import java.time.Instant;
import java.sql.Timestamp;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Survey questions per institution kind, and the residents' responses. */
@Repository
class SurveyRepository {

	private final JdbcClient jdbc;

	SurveyRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<Question> questions(String institutionKind) {
		return jdbc.sql("""
				select code, text_zh, text_en, overall from ca_survey_question
				 where institution_kind = :kind and active order by ordinal""")
			.param("kind", institutionKind)
			.query((rs, n) -> new Question(rs.getString(1), rs.getString(2), rs.getString(3), rs.getBoolean(4)))
			.list();
	}

	boolean answered(long appointmentId) {
		return jdbc.sql("select count(*) from ca_survey_response where appointment_id = :id")
			.param("id", appointmentId)
			.query(Long.class)
			.single() > 0;
	}

	long insert(long appointmentId, String residentId, String institution, boolean satisfied, String comment,
			Map<String, Integer> scores, Instant now) {
		long id = jdbc.sql("""
				insert into ca_survey_response (appointment_id, resident_id, institution_code, satisfied, comment,
				       submitted_at)
				values (:appointment, :resident, :inst, :satisfied, :comment, :now) returning id""")
			.param("appointment", appointmentId)
			.param("resident", residentId)
			.param("inst", institution)
			.param("satisfied", satisfied)
			.param("comment", comment)
			.param("now", Timestamp.from(now))
			.query(Long.class)
			.single();
		scores.forEach((code, score) -> jdbc
			.sql("insert into ca_survey_answer (response_id, question_code, score) values (:id, :code, :score)")
			.param("id", id)
			.param("code", code)
			.param("score", score)
			.update());
		return id;
	}

	/** Responses and satisfied responses of an institution since a moment. */
	long[] rate(String institution, Instant since) {
		return jdbc
			.sql("select count(*), count(*) filter (where satisfied) from ca_survey_response"
					+ " where institution_code = :inst and submitted_at >= :since")
			.param("inst", institution)
			.param("since", Timestamp.from(since))
			.query((rs, n) -> new long[] { rs.getLong(1), rs.getLong(2) })
			.single();
	}

	/** A survey question; {@code overall} marks the one the satisfaction rate counts. */
	record Question(String code, String textZh, String textEn, boolean overall) {
	}

}
