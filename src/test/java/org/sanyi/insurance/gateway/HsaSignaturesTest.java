package org.sanyi.insurance.gateway;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The documented signature: HMAC over timestamp, nonce and the raw body, hex. */
class HsaSignaturesTest {

	static final byte[] BODY = "{\"infno\":\"9001\"}".getBytes(StandardCharsets.UTF_8);

	@Test
	void hmacSha256OverTimestampNonceAndBodyMatchesAnIndependentImplementation() {
		// python3: hmac.new(b'demo-secret-0123456789', b'1795000000' + b'abcdef12' + body, hashlib.sha256).hexdigest()
		assertThat(HsaSignatures.sign(HsaSignatures.SHA256, "demo-secret-0123456789", "1795000000", "abcdef12", BODY))
			.isEqualTo("cba71c8bbe5685a3907c4dbf3fab1ada7d9d5f986d821b0e65301a91756d9fd1");
	}

	@Test
	void sm3VariantIsA256BitHmacThatDependsOnEveryPart() {
		String sm3 = HsaSignatures.sign(HsaSignatures.SM3, "demo-secret-0123456789", "1795000000", "abcdef12", BODY);
		assertThat(sm3).hasSize(64).isNotEqualTo(
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
			.isEqualTo(HsaSignatures.sign(HsaSignatures.SHA256, "demo-secret-0123456789", "1795000000", "abcdef13", BODY))
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
