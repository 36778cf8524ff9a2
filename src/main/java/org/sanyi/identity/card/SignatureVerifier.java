package org.sanyi.identity.card;

import java.math.BigInteger;

import org.bouncycastle.crypto.Digest;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.digests.SM3Digest;
import org.bouncycastle.crypto.params.ECDomainParameters;
import org.bouncycastle.math.ec.ECPoint;
import org.bouncycastle.math.raw.Nat256;
import org.bouncycastle.util.BigIntegers;

/**
 * Verifies {@code r||s} signatures for one public key, with comb tables for the base
 * point and the key (see {@link FixedPointTable}). The arithmetic is BouncyCastle's; only
 * the order of operations is ours, and the tests check it against BouncyCastle's
 * {@code SM2Signer} and the JDK's {@code SHA256withECDSAinP1363Format} in both
 * directions. Immutable and thread-safe.
 *
 * <ul>
 * <li>SM2 (GB/T 32918.2): e = SM3(Z_A ‖ M) with Z_A over the default user id
 * {@code 1234567812345678}; t = (r + s) mod n; (x₁, y₁) = s·G + t·Q; valid when (e + x₁)
 * mod n = r.
 * <li>ECDSA (FIPS 186-5): e = SHA-256(M); w = s⁻¹ mod n; X = (e·w)·G + (r·w)·Q; valid
 * when x(X) mod n = r.
 * </ul>
 */
final class SignatureVerifier {

	static final byte[] SM2_DEFAULT_USER_ID = "1234567812345678".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

	private final QrAlgorithm algorithm;

	private final BigInteger n;

	private final FixedPointTable base;

	private final FixedPointTable key;

	private final byte[] userHash;

	SignatureVerifier(QrPublicKey publicKey) {
		this.algorithm = publicKey.algorithm();
		ECDomainParameters domain = Curves.domain(algorithm);
		this.n = domain.getN();
		this.base = FixedPointTable.base(algorithm);
		this.key = new FixedPointTable(Field256.of(algorithm), publicKey.key().getQ());
		this.userHash = algorithm == QrAlgorithm.SM2_SM3 ? sm2UserHash(domain, publicKey.key().getQ()) : null;
	}

	boolean verify(byte[] message, int offset, int length, byte[] signature, int signatureOffset) {
		BigInteger r = new BigInteger(1, signature, signatureOffset, 32);
		BigInteger s = new BigInteger(1, signature, signatureOffset + 32, 32);
		if (r.signum() == 0 || s.signum() == 0 || r.compareTo(n) >= 0 || s.compareTo(n) >= 0) {
			return false;
		}
		return algorithm == QrAlgorithm.SM2_SM3 ? verifySm2(message, offset, length, r, s)
				: verifyEcdsa(message, offset, length, r, s);
	}

	private boolean verifySm2(byte[] message, int offset, int length, BigInteger r, BigInteger s) {
		Digest sm3 = new SM3Digest();
		sm3.update(userHash, 0, userHash.length);
		sm3.update(message, offset, length);
		BigInteger e = new BigInteger(1, finish(sm3));
		BigInteger t = r.add(s).mod(n);
		if (t.signum() == 0) {
			return false;
		}
		int[] x = FixedPointTable.sumOfProducts(base, Nat256.fromBigInteger(s), key, Nat256.fromBigInteger(t));
		if (x == null) {
			return false;
		}
		return e.add(Nat256.toBigInteger(x)).mod(n).equals(r);
	}

	private boolean verifyEcdsa(byte[] message, int offset, int length, BigInteger r, BigInteger s) {
		Digest sha256 = new SHA256Digest();
		sha256.update(message, offset, length);
		BigInteger e = new BigInteger(1, finish(sha256));
		BigInteger w = BigIntegers.modOddInverseVar(n, s);
		BigInteger u1 = e.multiply(w).mod(n);
		BigInteger u2 = r.multiply(w).mod(n);
		int[] x = FixedPointTable.sumOfProducts(base, Nat256.fromBigInteger(u1), key, Nat256.fromBigInteger(u2));
		if (x == null) {
			return false;
		}
		return Nat256.toBigInteger(x).mod(n).equals(r);
	}

	/** Z_A = SM3(ENTL_A ‖ ID_A ‖ a ‖ b ‖ x_G ‖ y_G ‖ x_A ‖ y_A), GB/T 32918.2 §5.5. */
	static byte[] sm2UserHash(ECDomainParameters domain, ECPoint q) {
		Digest sm3 = new SM3Digest();
		int bits = SM2_DEFAULT_USER_ID.length * 8;
		sm3.update((byte) (bits >> 8));
		sm3.update((byte) bits);
		sm3.update(SM2_DEFAULT_USER_ID, 0, SM2_DEFAULT_USER_ID.length);
		ECPoint qn = q.normalize();
		for (byte[] part : new byte[][] { domain.getCurve().getA().getEncoded(), domain.getCurve().getB().getEncoded(),
				domain.getG().getAffineXCoord().getEncoded(), domain.getG().getAffineYCoord().getEncoded(),
				qn.getAffineXCoord().getEncoded(), qn.getAffineYCoord().getEncoded() }) {
			sm3.update(part, 0, part.length);
		}
		return finish(sm3);
	}

	private static byte[] finish(Digest digest) {
		byte[] out = new byte[digest.getDigestSize()];
		digest.doFinal(out, 0);
		return out;
	}

}
