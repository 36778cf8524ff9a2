package org.sanyi.identity.card;

/** Where an {@code ecToken} is in its one business flow. */
public enum EcTokenStatus {

	/** Decoded from the e-voucher QR; only 1101 may come next. */
	ISSUED,
	/** 1101 identified the insured. */
	IDENTIFIED,
	/** 2201 or 2401 opened a visit with it. */
	IN_VISIT,
	/** 2207 or 2304 settled with it: used up. */
	SETTLED;

	/**
	 * Whether a token may move from this status to another one ({@link EcTokenLifecycle}
	 * says which transaction moves it; 1101 and pre-settlements leave the status as it
	 * is): identified after issue, a visit opened once identified, settled from
	 * identified (a discharge with a fresh scan) or from a visit; a settled token is used
	 * up.
	 */
	public boolean canBecome(EcTokenStatus next) {
		return switch (this) {
			case ISSUED -> next == IDENTIFIED;
			case IDENTIFIED -> next == IN_VISIT || next == SETTLED;
			case IN_VISIT -> next == SETTLED;
			case SETTLED -> false;
		};
	}

}
