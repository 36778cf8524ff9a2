package org.sanyi.identity.card;

import java.time.Instant;

/**
 * The state machine of an {@code ecToken}, a pure function from (state, transaction,
 * institution, time) to the next state or a refusal. The national flow: the counter
 * decodes the e-voucher QR and gets the token; the HIS calls 1101 with
 * {@code mdtrt_cert_type=01} and {@code mdtrt_cert_no=ecToken}, then 2201/2401 and
 * 2206/2207 (2303/2304) with the same type and token. The token is a one-time
 * authorisation: it serves one business flow at one institution and a settlement uses it
 * up.
 *
 * <pre>
 *   ISSUED --1101--&gt; IDENTIFIED --2201/2401--&gt; IN_VISIT
 *   IDENTIFIED, IN_VISIT --1101, 2206/2303--&gt; (unchanged)
 *   IDENTIFIED, IN_VISIT --2207/2304--&gt; SETTLED (used up)
 * </pre> Settlement straight from IDENTIFIED is allowed because an inpatient is settled
 * at discharge with a fresh scan, days after the admission opened the stay with another
 * token. Refusals in order: {@code ALREADY_USED} (settled tokens say so even after
 * expiry), {@code EXPIRED}, {@code WRONG_INSTITUTION}, {@code OUT_OF_ORDER}.
 */
public final class EcTokenLifecycle {

	private EcTokenLifecycle() {
	}

	/** The result of offering a transaction to a token. */
	public sealed interface Use permits Allowed, Refused {

	}

	/** Go ahead; persist {@code next} (conditionally on the previous version). */
	public record Allowed(EcTokenState next) implements Use {
	}

	public record Refused(EcTokenRefusal reason) implements Use {
	}

	public static Use use(EcTokenState state, InsuranceTransaction transaction, String institutionCode, Instant now) {
		if (state.status() == EcTokenStatus.SETTLED) {
			return new Refused(EcTokenRefusal.ALREADY_USED);
		}
		if (!now.isBefore(state.expiresAt())) {
			return new Refused(EcTokenRefusal.EXPIRED);
		}
		if (!state.institutionCode().equals(institutionCode)) {
			return new Refused(EcTokenRefusal.WRONG_INSTITUTION);
		}
		EcTokenStatus status = state.status();
		return switch (transaction.role()) {
			case IDENTIFY ->
				new Allowed(state.advance(status == EcTokenStatus.ISSUED ? EcTokenStatus.IDENTIFIED : status));
			case OPEN_VISIT -> status == EcTokenStatus.IDENTIFIED ? new Allowed(state.advance(EcTokenStatus.IN_VISIT))
					: new Refused(EcTokenRefusal.OUT_OF_ORDER);
			case PRE_SETTLE -> status == EcTokenStatus.ISSUED ? new Refused(EcTokenRefusal.OUT_OF_ORDER)
					: new Allowed(state.advance(status));
			case SETTLE -> status == EcTokenStatus.ISSUED ? new Refused(EcTokenRefusal.OUT_OF_ORDER)
					: new Allowed(state.advance(EcTokenStatus.SETTLED));
		};
	}

}
