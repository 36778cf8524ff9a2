package org.sanyi.identity.card;

import java.math.BigInteger;
import java.security.SecureRandom;

import org.bouncycastle.crypto.CryptoException;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.digests.SM3Digest;
import org.bouncycastle.crypto.params.ParametersWithRandom;
import org.bouncycastle.crypto.signers.ECDSASigner;
import org.bouncycastle.crypto.signers.HMacDSAKCalculator;
import org.bouncycastle.crypto.signers.PlainDSAEncoding;
import org.bouncycastle.crypto.signers.SM2Signer;

/**
 * Signs with BouncyCastle's standard signers, giving 64-byte {@code r||s}: SM2 with SM3 and the default user id,
 * its per-signature random from {@code random}; ECDSA P-256 with SHA-256 and a deterministic per-signature nonce
 * (RFC 6979), so a weak random source cannot leak the key.
 */
final class QrSigner {

	private QrSigner() {
	}

	static byte[] sign(QrSigningKey key, byte[] message, SecureRandom random) {
		return switch (key.algorithm()) {
			case SM2_SM3 -> sm2(key, message, random);
			case ECDSA_P256_SHA256 -> ecdsa(key, message);
		};
	}

	private static byte[] sm2(QrSigningKey key, byte[] message, SecureRandom random) {
		var signer = new SM2Signer(PlainDSAEncoding.INSTANCE, new SM3Digest());
		signer.init(true, new ParametersWithRandom(key.privateKey(), random));
		signer.update(message, 0, message.length);
		try {
			return signer.generateSignature();
		}
		catch (CryptoException ex) {
			throw new IllegalStateException("SM2 signing failed", ex);
		}
	}

	private static byte[] ecdsa(QrSigningKey key, byte[] message) {
		var digest = new SHA256Digest();
		digest.update(message, 0, message.length);
		byte[] hash = new byte[32];
		digest.doFinal(hash, 0);
		var signer = new ECDSASigner(new HMacDSAKCalculator(new SHA256Digest()));
		signer.init(true, key.privateKey());
		BigInteger[] rs = signer.generateSignature(hash);
		return PlainDSAEncoding.INSTANCE.encode(key.privateKey().getParameters().getN(), rs[0], rs[1]);
	}

}
