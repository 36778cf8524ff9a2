package org.sanyi.identity.card;

import java.time.Instant;

/**
 * The result of verifying a scanned code: {@link Accepted} with what the code says, or
 * {@link Rejected} with only a reason. A rejection deliberately carries no card or
 * subject, so that a terminal cannot learn whose code an expired, replayed or revoked
 * scan was.
 */
public sealed interface QrVerification permits QrVerification.Accepted, QrVerification.Rejected {

	VerificationReason reason();

	default boolean accepted() {
		return reason() == VerificationReason.OK;
	}

	/**
	 * A genuine, current, first-seen code of a valid card.
	 *
	 * @param kind health card or e-voucher
	 * @param subject the card or e-voucher account serial
	 * @param issuedAt when the platform issued it
	 * @param expiresAt end of its lifetime (the verifier also allows the clock skew)
	 * @param algorithm the signature algorithm
	 * @param keyId the signing key
	 */
	record Accepted(CodeKind kind, long subject, Instant issuedAt, Instant expiresAt, QrAlgorithm algorithm,
			int keyId) implements QrVerification {

		@Override
		public VerificationReason reason() {
			return VerificationReason.OK;
		}

		/** The health card number, for codes of that kind. */
		public HealthCardNumber card() {
			if (kind != CodeKind.HEALTH_CARD) {
				throw new IllegalStateException("not a health-card code");
			}
			return HealthCardNumber.ofSerial(subject);
		}

	}

	/** A refused code; {@code reason} is never {@link VerificationReason#OK}. */
	record Rejected(VerificationReason reason) implements QrVerification {

		public Rejected {
			if (reason == VerificationReason.OK) {
				throw new IllegalArgumentException("a rejection needs a reason");
			}
		}

	}

}
