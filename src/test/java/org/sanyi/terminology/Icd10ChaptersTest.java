package org.sanyi.terminology;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** ICD-10 chapters by category range, and the main diagnosis's chapter of a visit. */
class Icd10ChaptersTest {

	static String chapter(String code) {
		return Icd10Chapters.of(code).map(Icd10Chapters.Chapter::code).orElse("none");
	}

	@Test
	void codesFallInTheirChapterAtEveryBoundary() {
		assertThat(chapter("A09.000")).isEqualTo("01");
		assertThat(chapter("B99")).isEqualTo("01");
		assertThat(chapter("C16.900")).isEqualTo("02");
		assertThat(chapter("D48.9")).isEqualTo("02");
		assertThat(chapter("D50.900")).isEqualTo("03");
		assertThat(chapter("E11.900")).isEqualTo("04");
		assertThat(chapter("H25.900")).isEqualTo("07");
		assertThat(chapter("H66.900")).isEqualTo("08");
		assertThat(chapter("I10.x00")).isEqualTo("09");
		assertThat(chapter("I21.900x002")).isEqualTo("09");
		assertThat(chapter("J06.900")).isEqualTo("10");
		assertThat(chapter("O80.000")).isEqualTo("15");
		assertThat(chapter("S72.000")).isEqualTo("19");
		assertThat(chapter("T14.900")).isEqualTo("19");
		assertThat(chapter("V89.2")).isEqualTo("20");
		assertThat(chapter("Z51.100")).isEqualTo("21");
		assertThat(chapter("U07.100")).isEqualTo("22");
		assertThat(chapter("A01.000x005+J17.0*")).isEqualTo("01");
	}

	@Test
	void anythingThatIsNotAnIcd10CodeHasNoChapter() {
		assertThat(chapter("A04.03.03")).as("a TCM disease code").isEqualTo("none");
		assertThat(chapter("BNW010")).isEqualTo("none");
		assertThat(chapter("D49.0")).as("between chapters 2 and 3").isEqualTo("none");
		assertThat(chapter("")).isEqualTo("none");
		assertThat(chapter(null)).isEqualTo("none");
		assertThat(chapter("i10.x00")).isEqualTo("none");
	}

	@Test
	void theMainChapterIsThatOfTheFirstIcd10CodePassingOverTcmCodes() {
		assertThat(Icd10Chapters.mainChapter(List.of("I10.x00", "E11.900"))).isEqualTo("09");
		assertThat(Icd10Chapters.mainChapter(List.of("BNW010", "J06.900"))).isEqualTo("10");
		assertThat(Icd10Chapters.mainChapter(List.of("BNW010"))).isEqualTo(Icd10Chapters.NONE);
		assertThat(Icd10Chapters.mainChapter(List.of())).isEqualTo("00");
		assertThat(Icd10Chapters.mainChapter(null)).isEqualTo("00");
		assertThat(Icd10Chapters.CHAPTERS).hasSize(22);
	}

}
