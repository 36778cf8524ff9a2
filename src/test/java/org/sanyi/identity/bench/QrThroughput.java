package org.sanyi.identity.bench;

import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.bouncycastle.crypto.digests.SM3Digest;
import org.bouncycastle.crypto.params.ParametersWithRandom;
import org.bouncycastle.crypto.signers.PlainDSAEncoding;
import org.bouncycastle.crypto.signers.SM2Signer;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.sanyi.identity.card.CodeKind;
import org.sanyi.identity.card.InMemoryReplayCache;
import org.sanyi.identity.card.QrAlgorithm;
import org.sanyi.identity.card.QrIssuer;
import org.sanyi.identity.card.QrSigningKey;
import org.sanyi.identity.card.QrVerifier;
import org.sanyi.identity.card.RevocationCheck;
import org.sanyi.identity.card.TrustedKeys;

/**
 * QR verification per core: our verifier end to end (parse, key lookup, comb-table
 * signature check, time window, revocation, replay cache) for SM2 and ECDSA, next to the
 * signature check alone in the usual implementations: BouncyCastle's SM2Signer,
 * BouncyCastle's JCA {@code SM3withSM2}, and the JDK's SunEC ECDSA P-256 (the baseline
 * peer).
 */
final class QrThroughput {

	static final int CODES = 4096;

	static final Instant NOW = Instant.parse("2026-11-22T08:00:00Z");

	private QrThroughput() {
	}

	static Map<String, Object> run(double warmup, int passes, double passSeconds) throws Exception {
		var random = new SecureRandom();
		Map<String, Object> out = new LinkedHashMap<>();
		System.out.println("QR verification, one thread:");
		for (QrAlgorithm algorithm : QrAlgorithm.values()) {
			QrSigningKey key = QrSigningKey.generate(algorithm, 1, random);
			var issuer = new QrIssuer(key, Duration.ofSeconds(120), random);
			String[] codes = new String[CODES];
			for (int i = 0; i < CODES; i++) {
				codes[i] = issuer.issue(CodeKind.HEALTH_CARD, 10_000_000_000_000L + i, NOW);
			}
			var trusted = new TrustedKeys(List.of(key.publicKey()));
			var verifiers = new QrVerifier[1];
			var name = algorithm == QrAlgorithm.SM2_SM3 ? "sm2" : "ecdsa";
			Measure.Rate verify = Measure.rate(name + " verify (ours, full)", i -> {
				if (i % CODES == 0) {
					// a fresh replay cache each time the codes come round again
					verifiers[0] = new QrVerifier(trusted, Duration.ofSeconds(30), new InMemoryReplayCache(),
							RevocationCheck.NONE);
				}
				return verifiers[0].verify(codes[i % CODES], CodeKind.HEALTH_CARD, NOW.plusSeconds(1)).accepted();
			}, warmup, passes, passSeconds);
			Measure.Rate sign = Measure.rate(name + " issue (sign)",
					i -> issuer.issue(CodeKind.HEALTH_CARD, i, NOW).length() == 121, warmup / 2, 3, passSeconds / 2);
			out.put(name + "_verify", rate(verify));
			out.put(name + "_issue", rate(sign));
		}
		out.put("sm2_bc_sm2signer_signature_only", rate(bcSm2Signer(random, warmup, passes, passSeconds)));
		out.put("sm2_bc_jca_sm3withsm2_signature_only", rate(jcaSm2(random, warmup, passes, passSeconds)));
		out.put("ecdsa_jdk_sunec_signature_only", rate(jdkEcdsa(random, warmup, passes, passSeconds)));
		return out;
	}

	private static Measure.Rate bcSm2Signer(SecureRandom random, double warmup, int passes, double seconds)
			throws Exception {
		QrSigningKey key = QrSigningKey.generate(QrAlgorithm.SM2_SM3, 1, random);
		byte[][] messages = messages(random);
		byte[][] signatures = new byte[CODES][];
		var signer = new SM2Signer(PlainDSAEncoding.INSTANCE, new SM3Digest());
		signer.init(true, new ParametersWithRandom(key.privateKey(), random));
		for (int i = 0; i < CODES; i++) {
			signer.update(messages[i], 0, messages[i].length);
			signatures[i] = signer.generateSignature();
		}
		var verifier = new SM2Signer(PlainDSAEncoding.INSTANCE, new SM3Digest());
		verifier.init(false, key.publicKey().key());
		return Measure.rate("sm2 BC SM2Signer (sig only)", i -> {
			byte[] m = messages[i % CODES];
			verifier.update(m, 0, m.length);
			return verifier.verifySignature(signatures[i % CODES]);
		}, warmup, passes, seconds);
	}

	private static Measure.Rate jcaSm2(SecureRandom random, double warmup, int passes, double seconds)
			throws Exception {
		Provider bc = new BouncyCastleProvider();
		QrSigningKey key = QrSigningKey.generate(QrAlgorithm.SM2_SM3, 1, random);
		KeyFactory factory = KeyFactory.getInstance("EC", bc);
		PrivateKey privateKey = factory.generatePrivate(new PKCS8EncodedKeySpec(key.pkcs8()));
		PublicKey publicKey = factory.generatePublic(new X509EncodedKeySpec(key.publicKey().spki()));
		byte[][] messages = messages(random);
		byte[][] signatures = new byte[CODES][];
		Signature signer = Signature.getInstance("SM3withSM2", bc);
		signer.initSign(privateKey, random);
		for (int i = 0; i < CODES; i++) {
			signer.update(messages[i]);
			signatures[i] = signer.sign();
		}
		Signature verifier = Signature.getInstance("SM3withSM2", bc);
		verifier.initVerify(publicKey);
		return Measure.rate("sm2 BC JCA SM3withSM2 (sig only)", i -> {
			try {
				verifier.update(messages[i % CODES]);
				return verifier.verify(signatures[i % CODES]);
			}
			catch (java.security.SignatureException ex) {
				throw new IllegalStateException(ex);
			}
		}, warmup, passes, seconds);
	}

	private static Measure.Rate jdkEcdsa(SecureRandom random, double warmup, int passes, double seconds)
			throws Exception {
		KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
		generator.initialize(new ECGenParameterSpec("secp256r1"), random);
		KeyPair pair = generator.generateKeyPair();
		byte[][] messages = messages(random);
		byte[][] signatures = new byte[CODES][];
		Signature signer = Signature.getInstance("SHA256withECDSAinP1363Format");
		signer.initSign(pair.getPrivate(), random);
		for (int i = 0; i < CODES; i++) {
			signer.update(messages[i]);
			signatures[i] = signer.sign();
		}
		Signature verifier = Signature.getInstance("SHA256withECDSAinP1363Format");
		verifier.initVerify(pair.getPublic());
		return Measure.rate("ecdsa JDK SunEC (sig only)", i -> {
			try {
				verifier.update(messages[i % CODES]);
				return verifier.verify(signatures[i % CODES]);
			}
			catch (java.security.SignatureException ex) {
				throw new IllegalStateException(ex);
			}
		}, warmup, passes, seconds);
	}

	/** Messages the size of a code's signing input (8-byte domain + 23 bytes). */
	private static byte[][] messages(SecureRandom random) {
		byte[][] messages = new byte[CODES][31];
		for (byte[] m : messages) {
			random.nextBytes(m);
		}
		return messages;
	}

	private static Map<String, Object> rate(Measure.Rate rate) {
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("per_core_per_s", Math.round(rate.perCpuSecond()));
		m.put("wall_per_s", Math.round(rate.perWallSecond()));
		m.put("passes_per_core_per_s",
				java.util.Arrays.stream(rate.passesPerCpuSecond()).map(Math::round).boxed().toList());
		return m;
	}

}
