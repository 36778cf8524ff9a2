package org.sanyi.insurance.gateway;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The documented signatures: the provinces' published SHA-256, and the HMAC over
 * timestamp, nonce and body.
 */
class HsaSignaturesTest {

	static final byte[] BODY = "{\"infno\":\"9001\"}".getBytes(StandardCharsets.UTF_8);

	/**
	 * The worked example of docs/modules/insurance.md §4, which a HIS vendor checks an
	 * implementation against.
	 */
	static final String EXAMPLE_SECRET = "Sanyi-Example-Secret-2026";

	static final String EXAMPLE_TIMESTAMP = "1795000000";

	static final String EXAMPLE_NONCE = "a1b2c3d4";

	static final byte[] EXAMPLE_BODY = ("{\"infno\":\"9001\",\"msgid\":\"H35990000001202611220930000001\","
			+ "\"input\":{\"signIn\":{\"opter_no\":\"T001\"}}}")
		.getBytes(StandardCharsets.UTF_8);

	@Test
	void theDocumentedWorkedExampleGivesTheDocumentedSignaturesInEveryScheme() {
		// echo -n '1795000000Sanyi-Example-Secret-2026a1b2c3d41795000000' | sha256sum
		assertThat(HsaSignatures.published(EXAMPLE_SECRET, EXAMPLE_TIMESTAMP, EXAMPLE_NONCE))
			.isEqualTo("ee71931b37219f4d120a43909c7bf63def80e2f3a17a35cb1af069f22ed05087");
		// python3: hmac.new(secret, b'1795000000' + b'a1b2c3d4' + body,
		// hashlib.sha256).hexdigest()
		assertThat(HsaSignatures.sign(HsaSignatures.SHA256, EXAMPLE_SECRET, EXAMPLE_TIMESTAMP, EXAMPLE_NONCE,
				EXAMPLE_BODY))
			.isEqualTo("664ef39ee6e161f203e2756dca27507fab1dbcc03cbed32d3db8215d9729530e");
		// python3 (OpenSSL with SM3): hmac.new(secret, b'1795000000' + b'a1b2c3d4' +
		// body, 'sm3').hexdigest()
		assertThat(
				HsaSignatures.sign(HsaSignatures.SM3, EXAMPLE_SECRET, EXAMPLE_TIMESTAMP, EXAMPLE_NONCE, EXAMPLE_BODY))
			.isEqualTo("925aa027bc02d44982b4370ecd97032cb461093f01c9f63f6bd55cfbdfe55b81");
		assertThat(EXAMPLE_BODY).hasSize(96);
	}

	@Test
	void thePublishedSchemeDoesNotDependOnTheBodyButOnTimestampSecretAndNonce() {
		String signature = HsaSignatures.published(EXAMPLE_SECRET, EXAMPLE_TIMESTAMP, EXAMPLE_NONCE);
		assertThat(HsaSignatures.published(EXAMPLE_SECRET, "1795000001", EXAMPLE_NONCE)).isNotEqualTo(signature);
		assertThat(HsaSignatures.published(EXAMPLE_SECRET, EXAMPLE_TIMESTAMP, "a1b2c3d5")).isNotEqualTo(signature);
		assertThat(HsaSignatures.published("Sanyi-Example-Secret-2027", EXAMPLE_TIMESTAMP, EXAMPLE_NONCE))
			.isNotEqualTo(signature);
	}

	@Test
	void hmacSha256OverTimestampNonceAndBodyMatchesAnIndependentImplementation() {
		// python3: hmac.new(b'demo-secret-0123456789', b'1795000000' + b'abcdef12' +
		// body, hashlib.sha256).hexdigest()
		assertThat(HsaSignatures.sign(HsaSignatures.SHA256, "demo-secret-0123456789", "1795000000", "abcdef12", BODY))
			.isEqualTo("cba71c8bbe5685a3907c4dbf3fab1ada7d9d5f986d821b0e65301a91756d9fd1");
	}

	@Test
	void sm3VariantIsA256BitHmacThatDependsOnEveryPart() {
		String sm3 = HsaSignatures.sign(HsaSignatures.SM3, "demo-secret-0123456789", "1795000000", "abcdef12", BODY);
		assertThat(sm3).hasSize(64)
			.isNotEqualTo(
					HsaSignatures.sign(HsaSignatures.SHA256, "demo-secret-0123456789", "1795000000", "abcdef12", BODY));
		assertThat(HsaSignatures.sign(HsaSignatures.SM3, "demo-secret-0123456789", "1795000001", "abcdef12", BODY))
			.isNotEqualTo(sm3);
		assertThat(HsaSignatures.sign(HsaSignatures.SM3, "demo-secret-0123456789", "1795000000", "abcdef13", BODY))
			.isNotEqualTo(sm3);
	}

	@Test
	void aPreparedKeySignsLikeTheSecretEveryTimeWithNothingCarriedOverBetweenMessages() {
		HsaSignatures.PreparedKey key = new HsaSignatures.PreparedKey("demo-secret-0123456789");
		for (int i = 0; i < 3; i++) {
			assertThat(key.sign(HsaSignatures.SHA256, "1795000000", "abcdef12", BODY))
				.isEqualTo("cba71c8bbe5685a3907c4dbf3fab1ada7d9d5f986d821b0e65301a91756d9fd1");
			assertThat(key.sign("hmac-sm3", "1795000000", "abcdef12", BODY)).isEqualTo(
					HsaSignatures.sign(HsaSignatures.SM3, "demo-secret-0123456789", "1795000000", "abcdef12", BODY));
		}
		assertThat(key.sign(HsaSignatures.SHA256, "1795000000", "abcdef13", BODY))
			.isEqualTo(
					HsaSignatures.sign(HsaSignatures.SHA256, "demo-secret-0123456789", "1795000000", "abcdef13", BODY))
			.isNotEqualTo("cba71c8bbe5685a3907c4dbf3fab1ada7d9d5f986d821b0e65301a91756d9fd1");
	}

	@Test
	void comparisonIgnoresCaseAndRefusesAnythingElse() {
		String expected = HsaSignatures.sign(HsaSignatures.SHA256, "s3cret-s3cret-s3cret", "1", "nonce1", BODY);
		assertThat(HsaSignatures.matches(expected, expected.toUpperCase())).isTrue();
		assertThat(HsaSignatures.matches(expected, expected.substring(1))).isFalse();
		assertThat(HsaSignatures.matches(expected, null)).isFalse();
	}

}
