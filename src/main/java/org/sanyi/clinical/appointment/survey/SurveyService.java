package org.sanyi.clinical.appointment.survey;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.sanyi.clinical.appointment.AppointmentErrors;
import org.sanyi.clinical.appointment.booking.AppointmentFacts;
import org.sanyi.clinical.appointment.booking.AppointmentRepository;
import org.sanyi.clinical.appointment.booking.AppointmentRow;
import org.sanyi.clinical.appointment.booking.AppointmentStatus;
import org.sanyi.clinical.appointment.survey.SurveyRepository.Question;
import org.sanyi.registry.Registry;
import org.sanyi.shared.BusinessException;
import org.sanyi.shared.PlatformTime;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The satisfaction survey after a completed visit: the questions of the institution's
 * kind (hospitals and primary care ask differently, as data), one response per visit,
 * only by the resident who made it; a response is satisfied when the overall question
 * scores 4 or 5, the way the 满意度 surveys count 满意 and 非常满意.
 */
@Service
public class SurveyService {

	private final SurveyRepository surveys;

	private final AppointmentRepository appointments;

	private final Registry registry;

	private final AppointmentFacts facts;

	SurveyService(SurveyRepository surveys, AppointmentRepository appointments, Registry registry,
			AppointmentFacts facts) {
		this.surveys = surveys;
		this.appointments = appointments;
		this.registry = registry;
		this.facts = facts;
	}

	/**
	 * The questions for the institution: {@code HOSPITAL} for hospitals, {@code PRIMARY}
	 * for primary care.
	 */
	public List<Question> questionsFor(String institutionCode) {
		boolean hospital = registry.institution(institutionCode).map(i -> i.kind().isHospital()).orElse(true);
		return surveys.questions(hospital ? "HOSPITAL" : "PRIMARY");
	}

	/** The resident's completed visit not yet surveyed. */
	public AppointmentRow openVisit(String residentId, long appointmentId) {
		AppointmentRow a = appointments.find(appointmentId)
			.filter(x -> x.residentId().equals(residentId))
			.orElseThrow(() -> new BusinessException(AppointmentErrors.APPOINTMENT_NOT_FOUND, appointmentId));
		if (a.status() != AppointmentStatus.FULFILLED || surveys.answered(appointmentId)) {
			throw new BusinessException(AppointmentErrors.SURVEY_NOT_OPEN);
		}
		return a;
	}

	public boolean answered(long appointmentId) {
		return surveys.answered(appointmentId);
	}

	@Transactional
	public long submit(String residentId, long appointmentId, Map<String, Integer> scores, String comment,
			Instant now) {
		AppointmentRow a = openVisit(residentId, appointmentId);
		List<Question> questions = questionsFor(a.institutionCode());
		Map<String, Integer> answers = new LinkedHashMap<>();
		boolean satisfied = false;
		for (Question q : questions) {
			Integer score = scores.get(q.code());
			if (score == null || score < 1 || score > 5) {
				throw new BusinessException(AppointmentErrors.INVALID_SURVEY, q.code());
			}
			answers.put(q.code(), score);
			satisfied |= q.overall() && score >= 4;
		}
		String text = comment == null || comment.isBlank() ? null : comment.strip();
		if (text != null && text.length() > 500) {
			throw new BusinessException(AppointmentErrors.INVALID_SURVEY, "comment");
		}
		long id;
		try {
			id = surveys.insert(appointmentId, residentId, a.institutionCode(), satisfied, text, answers, now);
		}
		catch (DuplicateKeyException ex) {
			throw new BusinessException(AppointmentErrors.SURVEY_NOT_OPEN);
		}
		facts.surveyed(id, a.institutionCode(), LocalDate.ofInstant(now, PlatformTime.zone()), satisfied);
		return id;
	}

	/** Responses and satisfied ones at an institution over the last 30 days. */
	public long[] recentRate(String institutionCode, Instant now) {
		return surveys.rate(institutionCode, now.minusSeconds(30L * 86400));
	}

}
