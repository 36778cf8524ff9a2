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
	SETTLED

}
