package org.sanyi.identity.matching;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ChineseNamesTest {

	@Test
	void pinyinIsTonelessWithOneSyllablePerCharacter() {
		assertThat(ChineseNames.pinyin("张伟")).isEqualTo("zhang wei");
		assertThat(ChineseNames.pinyin("吕晓明")).isEqualTo("lv xiao ming");
	}

	@Test
	void polyphonicSurnamesAreReadAsSurnames() {
		assertThat(ChineseNames.pinyin("单田芳")).startsWith("shan ");
		assertThat(ChineseNames.pinyin("曾国藩")).startsWith("zeng ");
		assertThat(ChineseNames.pinyin("解缙")).startsWith("xie ");
		assertThat(ChineseNames.pinyin("仇英")).startsWith("qiu ");
		assertThat(ChineseNames.pinyin("区志坚")).startsWith("ou ");
		assertThat(ChineseNames.pinyin("朴树")).startsWith("piao ");
		assertThat(ChineseNames.pinyin("覃静")).startsWith("qin ");
	}

	@Test
	void compoundSurnamesAreOneSurnameOfTwoCharacters() {
		assertThat(ChineseNames.surnameLength("欧阳娜娜")).isEqualTo(2);
		assertThat(ChineseNames.pinyin("尉迟恭")).isEqualTo("yu chi gong");
		assertThat(ChineseNames.pinyin("万俟卨")).startsWith("mo qi ");
		assertThat(ChineseNames.surnamePinyin(ChineseNames.pinyin("欧阳娜娜"), "欧阳娜娜")).isEqualTo("ou yang");
		assertThat(ChineseNames.surnamePinyin(ChineseNames.pinyin("张伟"), "张伟")).isEqualTo("zhang");
		// a two-character name starting with a compound surname's characters is surname +
		// given name
		assertThat(ChineseNames.surnameLength("欧阳")).isEqualTo(1);
	}

	@Test
	void normalisationFoldsFullWidthAndDropsSeparators() {
		assertThat(ChineseNames.normalize(" 买买提·艾力 ")).isEqualTo("买买提艾力");
		assertThat(ChineseNames.normalize("ＪＯＨＮ　Ｓｍｉｔｈ")).isEqualTo("johnsmith");
		assertThat(ChineseNames.normalize(null)).isEmpty();
	}

	@Test
	void fuzzyPinyinFoldsNasalsAndRetroflexes() {
		assertThat(ChineseNames.fuzzy("chen")).isEqualTo(ChineseNames.fuzzy("cheng")).isEqualTo("cen");
		assertThat(ChineseNames.fuzzy("lin")).isEqualTo(ChineseNames.fuzzy("ling"));
		assertThat(ChineseNames.fuzzy("zhou")).isEqualTo(ChineseNames.fuzzy("zou"));
		assertThat(ChineseNames.fuzzy("zhang wei")).isEqualTo("zanwei");
		assertThat(ChineseNames.fuzzy("hong")).isEqualTo("hong");
	}

}
