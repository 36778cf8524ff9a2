package org.sanyi.identity.card;

import java.math.BigInteger;
import java.security.SecureRandom;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

import org.bouncycastle.crypto.CryptoException;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.digests.SM3Digest;
import org.bouncycastle.crypto.params.ParametersWithRandom;
import org.bouncycastle.crypto.signers.ECDSASigner;
import org.bouncycastle.crypto.signers.HMacDSAKCalculator;
import org.bouncycastle.crypto.signers.PlainDSAEncoding;
import org.bouncycastle.crypto.signers.SM2Signer;

/**
 * Signs with BouncyCastle's standard signers, giving 64-byte {@code r||s}: SM2 with SM3
 * and the default user id, its per-signature random from the issuer's {@code random};
 * ECDSA P-256 with SHA-256 and a deterministic per-signature nonce (RFC 6979), so a weak
 * random source cannot leak the key.
 *
 * <p>
 * Initialising an SM2 signer computes the public key and Z_A, which costs as much as the
 * signature itself, so initialised signers are pooled (not thread-local: request threads
 * are virtual and short-lived).
 */
final class QrSigner {

	private final QrSigningKey key;

	private final SecureRandom random;

	private final Queue<SM2Signer> sm2Signers = new ConcurrentLinkedQueue<>();

	QrSigner(QrSigningKey key, SecureRandom random) {
		this.key = key;
		this.random = random;
	}

	byte[] sign(byte[] message) {
		return switch (key.algorithm()) {
			case SM2_SM3 -> sm2(message);
			case ECDSA_P256_SHA256 -> ecdsa(key, message);
		};
	}

	static byte[] sign(QrSigningKey key, byte[] message, SecureRandom random) {
		return new QrSigner(key, random).sign(message);
	}

	private byte[] sm2(byte[] message) {
		SM2Signer signer = sm2Signers.poll();
		if (signer == null) {
			signer = new SM2Signer(PlainDSAEncoding.INSTANCE, new SM3Digest());
			signer.init(true, new ParametersWithRandom(key.privateKey(), random));
		}
		try {
			signer.update(message, 0, message.length);
			byte[] signature = signer.generateSignature(); // resets the signer for the
															// next message
			sm2Signers.offer(signer);
			return signature;
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
