package org.sanyi.identity.card;

import java.math.BigInteger;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.interfaces.ECPrivateKey;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;

import org.bouncycastle.crypto.digests.SM3Digest;
import org.bouncycastle.crypto.params.ParametersWithRandom;
import org.bouncycastle.crypto.signers.PlainDSAEncoding;
import org.bouncycastle.crypto.signers.SM2Signer;
import org.junit.jupiter.api.RepeatedTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Our comb-table verifier agrees with the standard implementations in both directions:
 * BouncyCastle's SM2Signer for SM2 with SM3, the JDK's SunEC for ECDSA P-256 with
 * SHA-256.
 */
class SignatureInteropTest {

	static final SecureRandom RANDOM = new SecureRandom();

	@RepeatedTest(6)
	void sm2AgreesWithBouncyCastle() throws Exception {
		QrSigningKey key = QrSigningKey.generate(QrAlgorithm.SM2_SM3, 1, RANDOM);
		byte[] message = randomMessage();
		var verifier = new SignatureVerifier(key.publicKey());

		var bcSigner = new SM2Signer(PlainDSAEncoding.INSTANCE, new SM3Digest());
		bcSigner.init(true, new ParametersWithRandom(key.privateKey(), RANDOM));
		bcSigner.update(message, 0, message.length);
		byte[] bcSignature = bcSigner.generateSignature();
		assertThat(verifier.verify(message, 0, message.length, bcSignature, 0)).isTrue();

		byte[] ours = QrSigner.sign(key, message, RANDOM);
		var bcVerifier = new SM2Signer(PlainDSAEncoding.INSTANCE, new SM3Digest());
		bcVerifier.init(false, key.publicKey().key());
		bcVerifier.update(message, 0, message.length);
		assertThat(bcVerifier.verifySignature(ours)).isTrue();

		message[0] ^= 1;
		assertThat(verifier.verify(message, 0, message.length, bcSignature, 0)).isFalse();
	}

	@RepeatedTest(6)
	void ecdsaAgreesWithTheJdk() throws Exception {
		var generator = java.security.KeyPairGenerator.getInstance("EC");
		generator.initialize(new ECGenParameterSpec("secp256r1"));
		var pair = generator.generateKeyPair();
		byte[] message = randomMessage();

		Signature jdkSigner = Signature.getInstance("SHA256withECDSAinP1363Format");
		jdkSigner.initSign(pair.getPrivate());
		jdkSigner.update(message);
		byte[] jdkSignature = jdkSigner.sign();
		var publicKey = QrPublicKey.fromSpki(QrAlgorithm.ECDSA_P256_SHA256, 1, pair.getPublic().getEncoded());
		var verifier = new SignatureVerifier(publicKey);
		assertThat(verifier.verify(message, 0, message.length, jdkSignature, 0)).isTrue();

		var key = QrSigningKey.fromPkcs8(QrAlgorithm.ECDSA_P256_SHA256, 1, pair.getPrivate().getEncoded());
		assertThat(key.privateKey().getD()).isEqualTo(((ECPrivateKey) pair.getPrivate()).getS());
		byte[] ours = QrSigner.sign(key, message, RANDOM);
		PublicKey jdkPublic = KeyFactory.getInstance("EC")
			.generatePublic(new X509EncodedKeySpec(key.publicKey().spki()));
		Signature jdkVerifier = Signature.getInstance("SHA256withECDSAinP1363Format");
		jdkVerifier.initVerify(jdkPublic);
		jdkVerifier.update(message);
		assertThat(jdkVerifier.verify(ours)).isTrue();

		byte[] altered = jdkSignature.clone();
		altered[40] ^= 1;
		assertThat(verifier.verify(message, 0, message.length, altered, 0)).isFalse();
		// the ECDSA key also round-trips through the JDK's PKCS#8 reader
		assertThat(KeyFactory.getInstance("EC").generatePrivate(new PKCS8EncodedKeySpec(key.pkcs8()))).isNotNull();
	}

	@RepeatedTest(2)
	void outOfRangeSignatureValuesAreRejected() {
		QrSigningKey key = QrSigningKey.generate(QrAlgorithm.SM2_SM3, 1, RANDOM);
		var verifier = new SignatureVerifier(key.publicKey());
		byte[] message = randomMessage();
		byte[] zeros = new byte[64];
		assertThat(verifier.verify(message, 0, message.length, zeros, 0)).isFalse();
		byte[] n = Curves.domain(QrAlgorithm.SM2_SM3).getN().toByteArray();
		byte[] big = new byte[64];
		System.arraycopy(n, n.length - 32, big, 0, 32);
		big[63] = 1;
		assertThat(new BigInteger(1, big, 0, 32)).isEqualTo(Curves.domain(QrAlgorithm.SM2_SM3).getN());
		assertThat(verifier.verify(message, 0, message.length, big, 0)).isFalse();
	}

	static byte[] randomMessage() {
		byte[] message = new byte[31];
		RANDOM.nextBytes(message);
		return message;
	}

}
