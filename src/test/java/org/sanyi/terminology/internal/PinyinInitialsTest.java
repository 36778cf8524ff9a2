package org.sanyi.terminology.internal;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.sanyi.shared.Pinyin;

import static org.assertj.core.api.Assertions.assertThat;

class PinyinInitialsTest {

	@Test
	void givesTheSameInitialsAsTheSharedPinyinHelper() {
		for (String name : List.of("特发性（原发性）高血压", "2型糖尿病性肾病", "急性阑尾炎，其他未特指", "CT血管成像（CTA）", "Ⅰ级护理",
				"继发性肺结核（初治,单耐药）涂阳培阳", "𠀀 rare", "")) {
			assertThat(PinyinInitials.of(name)).as(name).isEqualTo(Pinyin.initials(name));
		}
		assertThat(PinyinInitials.of("高血压")).isEqualTo("gxy");
	}

}
