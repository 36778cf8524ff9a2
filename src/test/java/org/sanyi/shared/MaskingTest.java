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

	@Test
	void idNumbersInATextAreMaskedWhereverTheyStandAlone() {
		String json = "{\"certno\":\"350403198507121234\",\"mdtrt_id\":\"M35990020261122350403198507\","
				+ "\"note\":\"身份证35040319850712123X已核验\",\"psn_no\":\"3599000000001234\"}";
		assertThat(Masking.idNumbersIn(json)).isEqualTo("{\"certno\":\"350403********1234\","
				+ "\"mdtrt_id\":\"M35990020261122350403198507\",\"note\":\"身份证350403********123X已核验\","
				+ "\"psn_no\":\"3599000000001234\"}");
		assertThat(Masking.idNumbersIn("S359900202611220000001234567")).as("part of a longer identifier")
			.isEqualTo("S359900202611220000001234567");
		assertThat(Masking.idNumbersIn(null)).isNull();
	}

}
