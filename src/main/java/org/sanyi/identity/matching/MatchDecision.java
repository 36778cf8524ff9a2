package org.sanyi.identity.matching;

/** What to do with an incoming record. */
public enum MatchDecision {

	/**
	 * Same person as an indexed record: link to its master identity without asking
	 * anyone.
	 */
	LINK,
	/** Possibly the same person: a clerk compares the candidates and decides. */
	REVIEW,
	/** Nobody in the index is close enough: a new master identity. */
	NEW

}
