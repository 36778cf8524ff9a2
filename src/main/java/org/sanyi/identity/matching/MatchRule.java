package org.sanyi.identity.matching;

/**
 * Which rule produced a {@link MatchDecision}, for the audit trail and the review page.
 */
public enum MatchRule {

	/** Both records carry the same valid GB 11643 number. */
	DETERMINISTIC_ID,
	/**
	 * Same valid ID number but the names disagree (a child registered under a parent's
	 * number): reviewed.
	 */
	ID_CONFLICT,
	/** The Fellegi–Sunter weight against the two thresholds. */
	PROBABILISTIC,
	/**
	 * More than one different candidate reached the link threshold: reviewed, never
	 * guessed.
	 */
	AMBIGUOUS,
	/**
	 * The weight reached the link threshold on name, birth date and sex alone, with no ID
	 * number, phone or address agreeing: reviewed, because namesakes born the same day
	 * exist.
	 */
	UNCORROBORATED,
	/** No indexed record shares a blocking key. */
	NO_CANDIDATE

}
