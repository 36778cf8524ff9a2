package org.sanyi.identity.card;

import java.time.Instant;

/**
 * The platform's record of one {@code ecToken}.
 *
 * @param token the token text (also its key)
 * @param voucherSubject the e-voucher account serial the QR named; the adapter maps it to
 * the insured person
 * @param institutionCode the institution (fixmedins_code) where the QR was scanned; only
 * it may use the token
 * @param businessType what the counter scanned for
 * @param issuedAt decode time
 * @param expiresAt end of validity
 * @param status where the flow is
 * @param version incremented by every transition, for the adapter's conditional update
 */
public record EcTokenState(String token, long voucherSubject, String institutionCode, BusinessType businessType,
		Instant issuedAt, Instant expiresAt, EcTokenStatus status, int version) {

	EcTokenState advance(EcTokenStatus next) {
		if (next != status && !status.canBecome(next)) {
			throw new IllegalStateException("ecToken " + status + " cannot become " + next);
		}
		return new EcTokenState(token, voucherSubject, institutionCode, businessType, issuedAt, expiresAt, next,
				version + 1);
	}

}
