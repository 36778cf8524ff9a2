package org.sanyi.clinical.appointment;

import java.util.List;

/**
 * The satisfaction survey's questions, for other nested modules whose visits are surveyed
 * too (the internet hospital's online follow-ups): the same questions per institution
 * kind ({@code HOSPITAL}, {@code PRIMARY}) as after an appointment, kept as data in
 * {@code ca_survey_question}. A response is satisfied when the overall question scores 4
 * or 5. The facts such a response reports use the same elements as an appointment's:
 * {@link #RESPONSES} and {@link #SATISFIED}.
 */
public interface SurveyQuestions {

	/** The monitoring element counting survey responses. */
	String RESPONSES = "clinical.survey.responses";

	/** The monitoring element counting satisfied responses. */
	String SATISFIED = "clinical.survey.satisfied";

	/** The active questions for the institution, in order. */
	List<Question> questionsFor(String institutionCode);

	/**
	 * A question.
	 *
	 * @param overall the overall-satisfaction question that decides "satisfied"
	 */
	record Question(String code, String textZh, String textEn, boolean overall) {
	}

}
