package org.sanyi.shared;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IdNumberTest {

	/**
	 * A number built with the GB 11643 check digit: region 350403, born 1985-07-12,
	 * sequence 123 (male).
	 */
	static String valid() {
		String first17 = "35040319850712123";
		return first17 + IdNumber.checkCharacter(first17);
	}

	@Test
	void acceptsAValidNumberAndReadsBirthSexAndRegion() {
		IdNumber id = IdNumber.of(valid());
		assertThat(id.birthDate()).isEqualTo(LocalDate.of(1985, 7, 12));
		assertThat(id.sexCode()).isEqualTo("1");
		assertThat(id.regionCode()).isEqualTo("350403");
		assertThat(id.masked()).isEqualTo("350403********" + valid().substring(14));
		assertThat(id.toString()).doesNotContain("19850712");
	}

	@Test
	void checkCharacterTenIsX() {
		// 11010519491231002X is the example number printed in GB 11643-1999
		assertThat(IdNumber.checkCharacter("11010519491231002")).isEqualTo('X');
		assertThat(IdNumber.of("11010519491231002x").value()).endsWith("X");
	}

	@Test
	void rejectsWrongCheckCharacter() {
		String good = valid();
		char wrong = good.charAt(17) == '1' ? '2' : '1';
		assertThatThrownBy(() -> IdNumber.of(good.substring(0, 17) + wrong)).isInstanceOf(BusinessException.class)
			.satisfies(ex -> assertThat(((BusinessException) ex).error()).isEqualTo(SharedErrors.INVALID_ID_NUMBER));
	}

	@Test
	void rejectsFutureAndImpossibleBirthDates() {
		String future = "3504032099010112" + "3";
		assertThat(IdNumber.isValid(future + IdNumber.checkCharacter(future), LocalDate.of(2026, 11, 22))).isFalse();
		String feb30 = "35040319850230123";
		assertThat(IdNumber.isValid(feb30 + IdNumber.checkCharacter(feb30), LocalDate.of(2026, 11, 22))).isFalse();
	}

	@Test
	void rejectsWrongLengthAndLetters() {
		assertThat(IdNumber.isValid("35040319850712123", LocalDate.now())).isFalse();
		assertThat(IdNumber.isValid("3504031985071212AX", LocalDate.now())).isFalse();
		assertThat(IdNumber.isValid(null, LocalDate.now())).isFalse();
	}

	@Test
	void errorMessageArgumentIsMaskedSoLogsDoNotLeakTheNumber() {
		String good = valid();
		String bad = good.substring(0, 17) + (good.charAt(17) == '1' ? '2' : '1');
		assertThatThrownBy(() -> IdNumber.of(bad)).hasMessageNotContaining("19850712");
	}

}
