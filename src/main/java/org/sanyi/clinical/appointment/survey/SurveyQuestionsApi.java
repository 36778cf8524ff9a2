package org.sanyi.clinical.appointment.survey;

import java.util.List;

import org.sanyi.clinical.appointment.SurveyQuestions;

import org.springframework.stereotype.Component;

/** The survey's questions for other nested modules ({@link SurveyQuestions}). */
@Component
class SurveyQuestionsApi implements SurveyQuestions {

	private final SurveyService surveys;

	SurveyQuestionsApi(SurveyService surveys) {
		this.surveys = surveys;
	}

	@Override
	public List<Question> questionsFor(String institutionCode) {
		return surveys.questionsFor(institutionCode)
			.stream()
			.map(q -> new Question(q.code(), q.textZh(), q.textEn(), q.overall()))
			.toList();
	}

}
