package org.sanyi.shared;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MaskingTest {

	@Test
	void masksAsChineseUsersExpect() {
		assertThat(Masking.idNumber("350403198507121234")).isEqualTo("350403********1234");
		assertThat(Masking.phone("13812345678")).isEqualTo("138****5678");
		assertThat(Masking.name("张三")).isEqualTo("张*");
		assertThat(Masking.name("欧阳娜娜")).isEqualTo("欧阳**");
		assertThat(Masking.idNumber(null)).isEmpty();
		assertThat(Masking.phone("123")).isEqualTo("***");
	}

}
