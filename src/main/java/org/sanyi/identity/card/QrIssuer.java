package org.sanyi.identity.card;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;

/**
 * Issues signed codes with the platform's current key. The resident's app asks for a
 * fresh code when it opens and then every minute or so; a code lives {@code lifetime} (60
 * to 300 s is usual; 10 s to 1 h accepted). Thread-safe.
 */
public final class QrIssuer {

	private final QrSigningKey key;

	private final int lifetimeSeconds;

	private final SecureRandom random;

	private final QrSigner signer;

	public QrIssuer(QrSigningKey key, Duration lifetime, SecureRandom random) {
		long seconds = lifetime.toSeconds();
		if (seconds < 10 || seconds > 3600) {
			throw new IllegalArgumentException("code lifetime must be 10 s to 1 h: " + lifetime);
		}
		this.key = key;
		this.lifetimeSeconds = (int) seconds;
		this.random = random;
		this.signer = new QrSigner(key, random);
	}

	/**
	 * The text to render as a QR for this card (or e-voucher account) serial, valid from
	 * {@code now}.
	 */
	public String issue(CodeKind kind, long subject, Instant now) {
		var payload = new QrPayload(key.algorithm(), kind, key.keyId(), subject, now.getEpochSecond(), lifetimeSeconds,
				random.nextLong());
		byte[] signed = QrCodec.signedBytes(payload);
		byte[] signature = signer.sign(QrCodec.signingInput(signed));
		return QrCodec.text(payload, signed, signature);
	}

	/** A health-card code. */
	public String issue(HealthCardNumber card, Instant now) {
		return issue(CodeKind.HEALTH_CARD, card.serial(), now);
	}

	public int lifetimeSeconds() {
		return lifetimeSeconds;
	}

}
