package org.sanyi.clinical.online.internal;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.sanyi.clinical.appointment.SurveyQuestions;
import org.sanyi.clinical.appointment.SurveyQuestions.Question;
import org.sanyi.clinical.online.OnlineErrors;
import org.sanyi.clinical.online.engine.VisitStatus;
import org.sanyi.shared.BusinessException;
import org.sanyi.shared.PlatformTime;
import org.sanyi.shared.facts.Fact;
import org.sanyi.shared.facts.FactsReported;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The satisfaction survey after a completed online follow-up: the resident answers the
 * questions the appointment survey asks at that kind of institution
 * ({@link SurveyQuestions}), once per visit and only for a visit of their own (another's
 * is "not found"); satisfied when the overall question scores 4 or 5. The response is
 * reported to monitoring with the appointment survey's elements, so the satisfaction rate
 * per institution counts online visits too.
 */
@Service
public class OnlineSurveys {

	static final String SOURCE = "clinical.online";

	private final OnlineVisits visits;

	private final SurveyQuestions questions;

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	OnlineSurveys(OnlineVisits visits, SurveyQuestions questions, JdbcClient jdbc, ApplicationEventPublisher events) {
		this.visits = visits;
		this.questions = questions;
		this.jdbc = jdbc;
		this.events = events;
	}

	/** The questions for the visit's institution. */
	public List<Question> questionsFor(OnlineVisit v) {
		return questions.questionsFor(v.institutionCode());
	}

	/** Whether the resident's completed visit still waits for its survey. */
	public boolean open(OnlineVisit v) {
		return v.status() == VisitStatus.COMPLETED && !answered(v.id());
	}

	public boolean answered(long visitId) {
		return jdbc.sql("select count(*) from ol_survey_response where visit_id = :id")
			.param("id", visitId)
			.query(Long.class)
			.single() > 0;
	}

	/**
	 * Records the resident's answers: OL-0016 when the visit is not completed or answered
	 * already, OL-0017 for a missing or out-of-range score or a comment over 500
	 * characters, "not found" for another resident's visit; nothing is saved then.
	 */
	@Transactional
	public long submit(String residentId, long visitId, Map<String, Integer> scores, String comment, Instant now) {
		OnlineVisit v = visits.ofResident(visitId, residentId);
		if (!open(v)) {
			throw new BusinessException(OnlineErrors.SURVEY_NOT_OPEN, v.ref());
		}
		Map<String, Integer> answers = new LinkedHashMap<>();
		boolean satisfied = false;
		for (Question q : questionsFor(v)) {
			Integer score = scores.get(q.code());
			if (score == null || score < 1 || score > 5) {
				throw new BusinessException(OnlineErrors.INVALID_SURVEY, q.code());
			}
			answers.put(q.code(), score);
			satisfied |= q.overall() && score >= 4;
		}
		String text = comment == null || comment.isBlank() ? null : comment.strip();
		if (text != null && text.length() > 500) {
			throw new BusinessException(OnlineErrors.INVALID_SURVEY, "comment");
		}
		long id;
		try {
			id = jdbc
				.sql("""
						insert into ol_survey_response (visit_id, resident_id, institution_code, satisfied, comment, submitted_at)
						values (:visit, :resident, :institution, :satisfied, :comment, :at) returning id""")
				.param("visit", visitId)
				.param("resident", residentId)
				.param("institution", v.institutionCode())
				.param("satisfied", satisfied)
				.param("comment", text)
				.param("at", Timestamp.from(now))
				.query(Long.class)
				.single();
		}
		catch (DuplicateKeyException ex) {
			throw new BusinessException(OnlineErrors.SURVEY_NOT_OPEN, v.ref());
		}
		for (var answer : answers.entrySet()) {
			jdbc.sql("insert into ol_survey_answer (response_id, question_code, score) values (:r, :q, :s)")
				.param("r", id)
				.param("q", answer.getKey())
				.param("s", answer.getValue())
				.update();
		}
		LocalDate day = LocalDate.ofInstant(now, PlatformTime.zone());
		List<Fact> facts = new ArrayList<>();
		facts.add(Fact.of(SurveyQuestions.RESPONSES, v.institutionCode(), day, BigDecimal.ONE));
		if (satisfied) {
			facts.add(Fact.of(SurveyQuestions.SATISFIED, v.institutionCode(), day, BigDecimal.ONE));
		}
		events.publishEvent(new FactsReported("ol:survey:" + id, SOURCE, facts));
		return id;
	}

}
