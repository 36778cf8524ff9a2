package org.sanyi.identity.card;

/**
 * Signature algorithms of the QR payload, with the id written into its header. SM2 with
 * SM3 (GB/T 32918, GB/T 32905) is the default, as the national crypto rules ask of health
 * and insurance systems; ECDSA on P-256 with SHA-256 is the alternative for partners
 * without SM2. Both give a 64-byte {@code r||s} signature.
 */
public enum QrAlgorithm {

	SM2_SM3(1, "sm2p256v1"), ECDSA_P256_SHA256(2, "secp256r1");

	private final int id;

	private final String curve;

	QrAlgorithm(int id, String curve) {
		this.id = id;
		this.curve = curve;
	}

	public int id() {
		return id;
	}

	/** The named curve (as BouncyCastle and X.509 name it). */
	public String curve() {
		return curve;
	}

	/** The algorithm of a header id, or null when unknown. */
	public static QrAlgorithm ofId(int id) {
		for (QrAlgorithm a : values()) {
			if (a.id == id) {
				return a;
			}
		}
		return null;
	}

}
