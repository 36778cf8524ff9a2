package org.sanyi.identity.card;

import java.time.Instant;

/**
 * The signed content of a code. It names a card (or an e-voucher account) by an opaque
 * serial, never by personal data: a photographed code tells a stranger nothing.
 *
 * @param algorithm signature algorithm
 * @param kind health card or insurance e-voucher
 * @param keyId id of the signing key
 * @param subject the card serial ({@link HealthCardNumber#serial()}) or the e-voucher
 * account serial, below 10^14
 * @param issuedAt issue time, epoch seconds
 * @param lifetimeSeconds validity from {@code issuedAt}
 * @param nonce 64 random bits making each code unique, the key of the replay check
 */
public record QrPayload(QrAlgorithm algorithm, CodeKind kind, int keyId, long subject, long issuedAt,
		int lifetimeSeconds, long nonce) {

	public QrPayload {
		if (subject < 0 || subject > HealthCardNumber.MAX_SERIAL) {
			throw new IllegalArgumentException("subject serial out of range");
		}
		if (lifetimeSeconds <= 0 || lifetimeSeconds > 0xFFFF) {
			throw new IllegalArgumentException("lifetime out of range: " + lifetimeSeconds);
		}
		if (issuedAt < 0 || issuedAt > 0xFFFF_FFFFL) {
			throw new IllegalArgumentException("issue time out of range");
		}
		if (keyId < 0 || keyId > 255) {
			throw new IllegalArgumentException("key id is one byte");
		}
	}

	public Instant issuedAtInstant() {
		return Instant.ofEpochSecond(issuedAt);
	}

	public Instant expiresAt() {
		return Instant.ofEpochSecond(issuedAt + lifetimeSeconds);
	}

}
