package org.sanyi.identity.card;

import java.util.Collection;
import java.util.List;

/**
 * The public keys a verifier accepts, each prepared for fast verification (its comb
 * table: 0.1–0.2 s and 4 MB per key). Build it once when the keys are loaded or rotated
 * and share it: it is immutable and thread-safe, while {@link QrVerifier}s around it may
 * differ in skew, replay cache and revocation source.
 */
public final class TrustedKeys {

	private final SignatureVerifier[] verifiers = new SignatureVerifier[16 * 256];

	private final List<QrPublicKey> keys;

	public TrustedKeys(Collection<QrPublicKey> keys) {
		this.keys = List.copyOf(keys);
		for (QrPublicKey key : this.keys) {
			verifiers[slot(key.algorithm(), key.keyId())] = new SignatureVerifier(key);
		}
	}

	public List<QrPublicKey> keys() {
		return keys;
	}

	/** The verifier for an algorithm and key id, or null when the key is not trusted. */
	SignatureVerifier verifier(QrAlgorithm algorithm, int keyId) {
		return verifiers[slot(algorithm, keyId)];
	}

	private static int slot(QrAlgorithm algorithm, int keyId) {
		return algorithm.id() << 8 | keyId;
	}

}
