package org.sanyi.identity.review;

/**
 * Where a pair in the EMPI review queue ({@code idn_review.status}, whose CHECK lists the
 * same names) is: open until an officer links the two records as one resident or rejects
 * the match; linking a pair rejects the source's other open pairs. A decided pair is not
 * decided again.
 */
public enum MatchReviewStatus {

	OPEN, LINKED, REJECTED;

	public boolean canBecome(MatchReviewStatus next) {
		return this == OPEN && next != OPEN;
	}

}
