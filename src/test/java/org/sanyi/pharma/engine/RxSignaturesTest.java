package org.sanyi.pharma.engine;

import java.security.SecureRandom;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.sanyi.pharma.engine.RxSignatures.Algorithm;

import static org.assertj.core.api.Assertions.assertThat;

/** SM2 and ECDSA signatures of a prescription's text: verified, and forgeries refused. */
class RxSignaturesTest {

	static final String TEXT = "dise_codg=E11.900&fixmedins_code=H35992100001&hosp_rxno=CF1";

	@Test
	void anSm2SignatureVerifiesAgainstItsKeyOnly() {
		RxSignatures.KeyPair doctor = RxSignatures.generate(Algorithm.SM2, new SecureRandom());
		RxSignatures.KeyPair other = RxSignatures.generate(Algorithm.SM2, new SecureRandom());
		String signature = RxSignatures.sign(Algorithm.SM2, doctor.privateKey(), TEXT);
		assertThat(Base64.getDecoder().decode(signature)).hasSize(64);
		assertThat(RxSignatures.verify(Algorithm.SM2, doctor.publicKey(), TEXT, signature)).isTrue();
		assertThat(RxSignatures.verify(Algorithm.SM2, other.publicKey(), TEXT, signature)).isFalse();
		assertThat(RxSignatures.verify(Algorithm.SM2, doctor.publicKey(), TEXT + "&valid_days=90", signature))
			.isFalse();
	}

	@Test
	void anEcdsaSignatureVerifiesAndIsNotAnSm2One() {
		RxSignatures.KeyPair doctor = RxSignatures.generate(Algorithm.ECDSA, new SecureRandom());
		String signature = RxSignatures.sign(Algorithm.ECDSA, doctor.privateKey(), TEXT);
		assertThat(RxSignatures.verify(Algorithm.ECDSA, doctor.publicKey(), TEXT, signature)).isTrue();
		// the P-256 point is not on the SM2 curve
		assertThat(RxSignatures.verify(Algorithm.SM2, doctor.publicKey(), TEXT, signature)).isFalse();
	}

	@Test
	void garbageKeysAndSignaturesAreRefusedNotThrown() {
		RxSignatures.KeyPair doctor = RxSignatures.generate(Algorithm.SM2, new SecureRandom());
		assertThat(RxSignatures.validPublicKey(Algorithm.SM2, "bm90IGEga2V5")).isFalse();
		assertThat(RxSignatures.validPublicKey(Algorithm.SM2, doctor.publicKey())).isTrue();
		assertThat(RxSignatures.verify(Algorithm.SM2, doctor.publicKey(), TEXT, "!!not base64")).isFalse();
		String zeros = Base64.getEncoder().encodeToString(new byte[64]);
		assertThat(RxSignatures.verify(Algorithm.SM2, doctor.publicKey(), TEXT, zeros)).isFalse();
	}

}
