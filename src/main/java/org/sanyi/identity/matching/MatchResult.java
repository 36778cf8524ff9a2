package org.sanyi.identity.matching;

import java.util.List;

/**
 * The outcome of matching one incoming record.
 *
 * @param decision link, review or new
 * @param rule the rule that decided
 * @param linkedId the id linked to when the decision is {@link MatchDecision#LINK}, else
 * {@code -1}
 * @param candidates the candidates to show: for a link the linked record first, for a
 * review those at or above the review threshold; best first, at most
 * {@link PatientMatcher#MAX_REPORTED}
 * @param compared how many candidates the blocking keys selected and were scored
 * @param best the best-scoring candidate whatever the decision, or null when nothing was
 * compared (kept so that thresholds can be evaluated after the fact)
 */
public record MatchResult(MatchDecision decision, MatchRule rule, int linkedId, List<Comparison> candidates,
		int compared, Comparison best) {

	public MatchResult {
		candidates = List.copyOf(candidates);
	}

	/** The best total weight, or negative infinity when nothing was compared. */
	public double bestWeight() {
		return best == null ? Double.NEGATIVE_INFINITY : best.total();
	}

}
