package org.sanyi.monitoring.screen;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LinkSignatureTest {

	static final byte[] KEY = "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII);

	static final byte[] ROTATED = "fedcba9876543210fedcba9876543210".getBytes(StandardCharsets.US_ASCII);

	@Test
	void aTokenOpensTheAreaItWasSignedFor() {
		String token = LinkSignature.token(KEY, 42, 1_900_000_000L, "R359900");

		LinkSignature.Claim claim = LinkSignature.parse(token).orElseThrow();

		assertThat(claim.id()).isEqualTo(42);
		assertThat(claim.expiresEpoch()).isEqualTo(1_900_000_000L);
		assertThat(LinkSignature.valid(KEY, claim, "R359900")).isTrue();
	}

	@Test
	void anotherAreaALaterExpiryOrARotatedKeyAreRefused() {
		String token = LinkSignature.token(KEY, 42, 1_900_000_000L, "R359900");
		LinkSignature.Claim claim = LinkSignature.parse(token).orElseThrow();
		String signature = token.substring(token.lastIndexOf('.') + 1);
		LinkSignature.Claim extended = LinkSignature.parse("42.1990000000." + signature).orElseThrow();

		assertThat(LinkSignature.valid(KEY, claim, "R359921")).isFalse();
		assertThat(LinkSignature.valid(KEY, extended, "R359900")).isFalse();
		assertThat(LinkSignature.valid(ROTATED, claim, "R359900")).isFalse();
	}

	@Test
	void malformedTokensDoNotParse() {
		assertThat(LinkSignature.parse(null)).isEmpty();
		assertThat(LinkSignature.parse("42.1900000000")).isEmpty();
		assertThat(LinkSignature.parse("42.1900000000.short")).isEmpty();
		assertThat(LinkSignature.parse("x.1.aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")).isEmpty();
	}

}
