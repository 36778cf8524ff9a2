package org.sanyi.shared;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PinyinTest {

	@Test
	void initialsOfChineseAndKeepsLatinAndDigits() {
		assertThat(Pinyin.initials("三明市第一医院")).isEqualTo("smsdyyy");
		assertThat(Pinyin.initials("阿莫西林胶囊 0.25g")).isEqualTo("amxljn025g");
		assertThat(Pinyin.initials(null)).isEmpty();
	}

}
