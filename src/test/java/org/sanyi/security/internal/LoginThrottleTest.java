package org.sanyi.security.internal;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LoginThrottleTest {

	@Test
	void anAccountHasThreeFreeFailuresThenDoublingDelaysThenAQuarterHourLock() {
		LoginThrottle.Policy account = LoginThrottle.ACCOUNT;
		assertThat(account.delayAfter(3)).isZero();
		assertThat(account.delayAfter(4)).hasSeconds(1);
		assertThat(account.delayAfter(5)).hasSeconds(2);
		assertThat(account.delayAfter(9)).hasSeconds(32);
		assertThat(account.delayAfter(10)).isEqualTo(Duration.ofMinutes(15));
		assertThat(account.delayAfter(30)).isEqualTo(Duration.ofMinutes(15));
	}

	@Test
	void aClientAddressHasTwentyFreeFailuresAndDelaysNeverExceedTheLock() {
		LoginThrottle.Policy client = LoginThrottle.CLIENT;
		assertThat(client.delayAfter(20)).isZero();
		assertThat(client.delayAfter(21)).hasSeconds(1);
		assertThat(client.delayAfter(49)).isEqualTo(Duration.ofMinutes(15));
		assertThat(client.delayAfter(50)).isEqualTo(Duration.ofMinutes(15));
	}

}
