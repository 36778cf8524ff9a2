package org.sanyi.identity.card;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class InMemoryReplayCacheTest {

	@Test
	void remembersACodeUntilItExpiresThenForgetsIt() {
		var cache = new InMemoryReplayCache(10);
		assertThat(cache.firstUse(CodeKind.HEALTH_CARD, 1, 42, 1_150, 1_000)).isTrue();
		assertThat(cache.firstUse(CodeKind.HEALTH_CARD, 1, 42, 1_150, 1_100)).isFalse();
		assertThat(cache.firstUse(CodeKind.HEALTH_CARD, 1, 42, 1_150, 1_150)).isFalse();
		// another card, another kind: different codes
		assertThat(cache.firstUse(CodeKind.HEALTH_CARD, 2, 42, 1_150, 1_100)).isTrue();
		assertThat(cache.firstUse(CodeKind.INSURANCE_VOUCHER, 1, 42, 1_150, 1_100)).isTrue();
		cache.firstUse(CodeKind.HEALTH_CARD, 3, 7, 2_000, 1_151);
		assertThat(cache.size()).isEqualTo(1);
	}

	@Test
	void whenFullTheCodeClosestToExpiryGoesFirst() {
		var cache = new InMemoryReplayCache(2);
		cache.firstUse(CodeKind.HEALTH_CARD, 1, 1, 1_300, 1_000);
		cache.firstUse(CodeKind.HEALTH_CARD, 2, 2, 1_100, 1_000);
		cache.firstUse(CodeKind.HEALTH_CARD, 3, 3, 1_200, 1_000);
		assertThat(cache.size()).isEqualTo(2);
		assertThat(cache.evictedEarly()).isEqualTo(1);
		assertThat(cache.firstUse(CodeKind.HEALTH_CARD, 1, 1, 1_300, 1_000)).isFalse();
		assertThat(cache.firstUse(CodeKind.HEALTH_CARD, 3, 3, 1_200, 1_000)).isFalse();
	}

}
