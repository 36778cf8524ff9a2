package org.sanyi.identity.card;

/**
 * The outcome of verifying a scanned code. Every rejection has its own reason so that the
 * counter can tell the resident what to do (refresh the code, fix the terminal clock, get
 * a new card), and none of them says whose code it was.
 */
public enum VerificationReason {

	/** Genuine, current, first use, card valid. */
	OK,
	/** Not a code of ours: prefix, encoding, length, version, algorithm or kind wrong. */
	MALFORMED,
	/** The signature does not verify: the payload was altered or forged. */
	BAD_SIGNATURE,
	/** Past its lifetime (plus the clock-skew allowance). */
	EXPIRED,
	/**
	 * Issued in the future by more than the clock-skew allowance: one of the two clocks
	 * is wrong.
	 */
	NOT_YET_VALID,
	/**
	 * This exact code was already accepted within its validity window (a screenshot shown
	 * twice).
	 */
	REPLAYED,
	/** The card was revoked or reissued after the code was issued. */
	REVOKED,
	/** Signed with a key this verifier does not hold (rotated, or another platform's). */
	UNKNOWN_KEY

}
