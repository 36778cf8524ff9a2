package org.sanyi.pharma.engine;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;

import org.bouncycastle.asn1.gm.GMNamedCurves;
import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.asn1.x9.ECNamedCurveTable;
import org.bouncycastle.crypto.AsymmetricCipherKeyPair;
import org.bouncycastle.crypto.CipherParameters;
import org.bouncycastle.crypto.CryptoException;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.generators.ECKeyPairGenerator;
import org.bouncycastle.crypto.params.ECDomainParameters;
import org.bouncycastle.crypto.params.ECKeyGenerationParameters;
import org.bouncycastle.crypto.params.ECPrivateKeyParameters;
import org.bouncycastle.crypto.params.ECPublicKeyParameters;
import org.bouncycastle.crypto.params.ParametersWithID;
import org.bouncycastle.crypto.params.ParametersWithRandom;
import org.bouncycastle.crypto.signers.ECDSASigner;
import org.bouncycastle.crypto.signers.HMacDSAKCalculator;
import org.bouncycastle.crypto.signers.PlainDSAEncoding;
import org.bouncycastle.crypto.signers.SM2Signer;
import org.bouncycastle.crypto.signers.DSADigestSigner;

/**
 * The signatures on a prescription (the doctor's at upload, the pharmacist's at review):
 * SM2 with SM3 over the canonical text (GB/T 32918.2, default user id
 * {@code 1234567812345678}), or ECDSA P-256 with SHA-256 as the alternative, as the
 * e-voucher QR signs (identity's card engine, whose signer is internal to identity).
 * Public keys are the uncompressed point {@code 04 || X || Y}, signatures {@code r || s}
 * (64 bytes), both base64. BouncyCastle does the arithmetic.
 */
public final class RxSignatures {

	private static final byte[] SM2_USER_ID = "1234567812345678".getBytes(StandardCharsets.US_ASCII);

	public enum Algorithm {

		SM2, ECDSA;

		public static Optional<Algorithm> of(String code) {
			return Arrays.stream(values())
				.filter(a -> a.name().equalsIgnoreCase(code == null ? "" : code.strip()))
				.findFirst();
		}

		ECDomainParameters domain() {
			X9ECParameters p = this == SM2 ? GMNamedCurves.getByName("sm2p256v1")
					: ECNamedCurveTable.getByName("secp256r1");
			return new ECDomainParameters(p.getCurve(), p.getG(), p.getN(), p.getH(), p.getSeed());
		}

	}

	/** A key pair: the private scalar and the public point, both base64. */
	public record KeyPair(Algorithm algorithm, String privateKey, String publicKey) {
	}

	private RxSignatures() {
	}

	/** Whether a public key is a valid point of the algorithm's curve. */
	public static boolean validPublicKey(Algorithm algorithm, String publicKey) {
		return publicKey(algorithm, publicKey).isPresent();
	}

	/** Whether {@code signature} is the key's signature of {@code text}. */
	public static boolean verify(Algorithm algorithm, String publicKey, String text, String signature) {
		Optional<ECPublicKeyParameters> key = publicKey(algorithm, publicKey);
		byte[] sig = decode(signature);
		if (key.isEmpty() || sig == null || sig.length != 64) {
			return false;
		}
		byte[] message = text.getBytes(StandardCharsets.UTF_8);
		try {
			if (algorithm == Algorithm.SM2) {
				SM2Signer signer = new SM2Signer(PlainDSAEncoding.INSTANCE);
				signer.init(false, new ParametersWithID(key.get(), SM2_USER_ID));
				signer.update(message, 0, message.length);
				return signer.verifySignature(sig);
			}
			DSADigestSigner signer = new DSADigestSigner(new ECDSASigner(), new SHA256Digest(),
					PlainDSAEncoding.INSTANCE);
			signer.init(false, key.get());
			signer.update(message, 0, message.length);
			return signer.verifySignature(sig);
		}
		catch (IllegalArgumentException | IllegalStateException ex) {
			return false;
		}
	}

	/**
	 * Signs {@code text} (what a prescriber's signing device does; the platform uses it
	 * only for demo prescriptions).
	 */
	public static String sign(Algorithm algorithm, String privateKey, String text) {
		ECDomainParameters domain = algorithm.domain();
		ECPrivateKeyParameters key = new ECPrivateKeyParameters(new BigInteger(1, decode(privateKey)), domain);
		byte[] message = text.getBytes(StandardCharsets.UTF_8);
		try {
			if (algorithm == Algorithm.SM2) {
				SM2Signer signer = new SM2Signer(PlainDSAEncoding.INSTANCE);
				CipherParameters params = new ParametersWithID(new ParametersWithRandom(key, new SecureRandom()),
						SM2_USER_ID);
				signer.init(true, params);
				signer.update(message, 0, message.length);
				return Base64.getEncoder().encodeToString(signer.generateSignature());
			}
			DSADigestSigner signer = new DSADigestSigner(new ECDSASigner(new HMacDSAKCalculator(new SHA256Digest())),
					new SHA256Digest(), PlainDSAEncoding.INSTANCE);
			signer.init(true, key);
			signer.update(message, 0, message.length);
			return Base64.getEncoder().encodeToString(signer.generateSignature());
		}
		catch (CryptoException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** A new key pair. */
	public static KeyPair generate(Algorithm algorithm, SecureRandom random) {
		ECKeyPairGenerator generator = new ECKeyPairGenerator();
		generator.init(new ECKeyGenerationParameters(algorithm.domain(), random));
		AsymmetricCipherKeyPair pair = generator.generateKeyPair();
		BigInteger d = ((ECPrivateKeyParameters) pair.getPrivate()).getD();
		byte[] q = ((ECPublicKeyParameters) pair.getPublic()).getQ().getEncoded(false);
		Base64.Encoder b64 = Base64.getEncoder();
		return new KeyPair(algorithm, b64.encodeToString(unsigned32(d)), b64.encodeToString(q));
	}

	private static Optional<ECPublicKeyParameters> publicKey(Algorithm algorithm, String publicKey) {
		byte[] bytes = decode(publicKey);
		if (bytes == null || bytes.length != 65 || bytes[0] != 4) {
			return Optional.empty();
		}
		ECDomainParameters domain = algorithm.domain();
		try {
			return Optional.of(new ECPublicKeyParameters(domain.getCurve().decodePoint(bytes), domain));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

	private static byte[] decode(String base64) {
		if (base64 == null) {
			return null;
		}
		try {
			return Base64.getDecoder().decode(base64.strip());
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	private static byte[] unsigned32(BigInteger d) {
		byte[] raw = d.toByteArray();
		byte[] out = new byte[32];
		int copy = Math.min(raw.length, 32);
		System.arraycopy(raw, raw.length - copy, out, 32 - copy, copy);
		return out;
	}

}
