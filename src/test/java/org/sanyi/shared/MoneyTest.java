package org.sanyi.shared;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MoneyTest {

	@Test
	void keepsTwoDecimalsAndNeverRoundsSilentlyOnCreation() {
		assertThat(Money.of("12.5").toString()).isEqualTo("12.50");
		assertThat(Money.of("12.500").toString()).isEqualTo("12.50");
		assertThatThrownBy(() -> Money.of("12.345")).isInstanceOf(ArithmeticException.class);
	}

	@Test
	void ratiosRoundHalfUpToTheFen() {
		assertThat(Money.of("100.05").times(new BigDecimal("0.5")).toString()).isEqualTo("50.03");
		assertThat(Money.of("0.01").times(new BigDecimal("0.5")).toString()).isEqualTo("0.01");
	}

	@Test
	void addsAndComparesExactly() {
		assertThat(Money.of("0.10").plus(Money.of("0.20"))).isEqualTo(Money.of("0.30"));
		assertThat(Money.of("5").min(Money.of("3"))).isEqualTo(Money.of("3"));
		assertThat(Money.of("1").minus(Money.of("2")).isNegative()).isTrue();
	}

}
