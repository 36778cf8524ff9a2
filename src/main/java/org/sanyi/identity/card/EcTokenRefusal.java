package org.sanyi.identity.card;

/** Why the insurance gateway refuses a transaction carrying an {@code ecToken}. */
public enum EcTokenRefusal {

	/**
	 * Not a token of this platform (format or authentication code wrong), or unknown to
	 * it.
	 */
	NOT_AUTHENTIC,
	/** Past its expiry: scan the e-voucher again. */
	EXPIRED,
	/** A settlement already used it up. */
	ALREADY_USED,
	/**
	 * Decoded for another institution: a token is valid only where the QR was scanned.
	 */
	WRONG_INSTITUTION,
	/**
	 * Not allowed at this point of the flow (no 1101 first, or a second visit with one
	 * token).
	 */
	OUT_OF_ORDER

}
