package org.sanyi.identity.card;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;

import org.sanyi.identity.card.QrCodec.Parsed;
import org.sanyi.identity.card.QrVerification.Accepted;
import org.sanyi.identity.card.QrVerification.Rejected;

/**
 * Verifies scanned codes offline, with the platform's public keys only. The checks run in
 * this order, and the first that fails gives the reason:
 * <ol>
 * <li>{@link VerificationReason#MALFORMED}: not a well-formed code of the expected kind;
 * <li>{@link VerificationReason#UNKNOWN_KEY}: no trusted key for its algorithm and key id
 * (a tampered key id looks the same: without the key nothing more can be said);
 * <li>{@link VerificationReason#BAD_SIGNATURE}: the signature fails; checked before the
 * times, so that a forged code is never reported as merely expired;
 * <li>{@link VerificationReason#NOT_YET_VALID} / {@link VerificationReason#EXPIRED}: the
 * code is valid from {@code issuedAt − skew} (inclusive) until
 * {@code issuedAt + lifetime + skew} (exclusive). The skew allowance (default 30 s)
 * absorbs a terminal clock that runs fast or slow against the platform's; it lengthens
 * the window a stolen code is usable, which the replay check closes;
 * <li>{@link VerificationReason#REVOKED}: the card was revoked or reissued;
 * <li>{@link VerificationReason#REPLAYED}: the same code was accepted before (checked
 * last, so a rejected code does not use up its one acceptance).
 * </ol>
 * Thread-safe when the replay cache and the revocation check are.
 */
public final class QrVerifier {

	public static final Duration DEFAULT_CLOCK_SKEW = Duration.ofSeconds(30);

	private final TrustedKeys trustedKeys;

	private final long skewSeconds;

	private final ReplayCache replayCache;

	private final RevocationCheck revocation;

	public QrVerifier(TrustedKeys trustedKeys, Duration clockSkew, ReplayCache replayCache,
			RevocationCheck revocation) {
		if (clockSkew.isNegative() || clockSkew.toSeconds() > 600) {
			throw new IllegalArgumentException("clock skew allowance must be 0 to 600 s: " + clockSkew);
		}
		this.trustedKeys = trustedKeys;
		this.skewSeconds = clockSkew.toSeconds();
		this.replayCache = replayCache;
		this.revocation = revocation;
	}

	public QrVerification verify(String text, CodeKind expected, Instant now) {
		Parsed parsed = QrCodec.parse(text);
		if (parsed == null || parsed.payload().kind() != expected) {
			return new Rejected(VerificationReason.MALFORMED);
		}
		QrPayload p = parsed.payload();
		SignatureVerifier verifier = trustedKeys.verifier(p.algorithm(), p.keyId());
		if (verifier == null) {
			return new Rejected(VerificationReason.UNKNOWN_KEY);
		}
		byte[] input = parsed.signingInput();
		if (!verifier.verify(input, 0, input.length, parsed.binary(), QrCodec.SIGNED_LENGTH)) {
			return new Rejected(VerificationReason.BAD_SIGNATURE);
		}
		long t = now.getEpochSecond();
		if (t < p.issuedAt() - skewSeconds) {
			return new Rejected(VerificationReason.NOT_YET_VALID);
		}
		long end = p.issuedAt() + p.lifetimeSeconds() + skewSeconds;
		if (t >= end) {
			return new Rejected(VerificationReason.EXPIRED);
		}
		if (revocation.isRevoked(p.kind(), p.subject(), p.issuedAtInstant())) {
			return new Rejected(VerificationReason.REVOKED);
		}
		if (!replayCache.firstUse(p.kind(), p.subject(), p.nonce(), end, t)) {
			return new Rejected(VerificationReason.REPLAYED);
		}
		return new Accepted(p.kind(), p.subject(), p.issuedAtInstant(), p.expiresAt(), p.algorithm(), p.keyId());
	}

	/**
	 * A verifier over these keys alone; prefer sharing one {@link TrustedKeys} between
	 * verifiers.
	 */
	public static QrVerifier of(Collection<QrPublicKey> keys, Duration clockSkew, ReplayCache replayCache,
			RevocationCheck revocation) {
		return new QrVerifier(new TrustedKeys(keys), clockSkew, replayCache, revocation);
	}

}
