package org.sanyi.identity.card;

import org.junit.jupiter.api.Test;
import org.sanyi.identity.IdentityErrors;
import org.sanyi.shared.BusinessException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HealthCardNumberTest {

	@Test
	void checkDigitsAreIso7064Mod97() {
		HealthCardNumber card = HealthCardNumber.ofSerial(12345678901234L);
		assertThat(card.value()).hasSize(16).startsWith("12345678901234");
		assertThat(Long.parseLong(card.value()) % 97).isEqualTo(1);
		assertThat(card.serial()).isEqualTo(12345678901234L);
		assertThat(card.formatted()).isEqualTo(card.value().substring(0, 4) + " " + card.value().substring(4, 8) + " "
				+ card.value().substring(8, 12) + " " + card.value().substring(12));
		assertThat(HealthCardNumber.ofSerial(0).value()).isEqualTo("0000000000000098");
	}

	@Test
	void typedNumbersWithSpacesParse() {
		HealthCardNumber card = HealthCardNumber.ofSerial(98765432109876L);
		assertThat(HealthCardNumber.parse(card.formatted())).isEqualTo(card);
		assertThat(HealthCardNumber.parse(card.formatted().replace(' ', '-'))).isEqualTo(card);
	}

	@Test
	void everySingleDigitErrorAndAdjacentTranspositionIsDetected() {
		for (long serial : new long[] { 12345678901234L, 10000000000000L, 99999999999999L, 31415926535897L }) {
			String valid = HealthCardNumber.ofSerial(serial).value();
			for (int i = 0; i < 16; i++) {
				for (char d = '0'; d <= '9'; d++) {
					if (d != valid.charAt(i)) {
						String wrong = valid.substring(0, i) + d + valid.substring(i + 1);
						assertThat(HealthCardNumber.isValid(wrong)).as(wrong).isFalse();
					}
				}
				if (i < 15 && valid.charAt(i) != valid.charAt(i + 1)) {
					String swapped = valid.substring(0, i) + valid.charAt(i + 1) + valid.charAt(i)
							+ valid.substring(i + 2);
					assertThat(HealthCardNumber.isValid(swapped)).as(swapped).isFalse();
				}
			}
		}
	}

	@Test
	void invalidNumbersAreABusinessError() {
		assertThatThrownBy(() -> HealthCardNumber.parse("1234567890123456")).isInstanceOfSatisfying(
				BusinessException.class, ex -> assertThat(ex.error()).isEqualTo(IdentityErrors.INVALID_CARD_NUMBER));
		assertThat(HealthCardNumber.isValid("12345")).isFalse();
		assertThat(HealthCardNumber.isValid("123456789012345X")).isFalse();
		assertThat(HealthCardNumber.isValid(null)).isFalse();
	}

}
