package org.sanyi.terminology;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The 22 chapters of ICD-10 (WHO; GB/T 14396, the 医保版 keeps them) by the category ranges
 * of their codes: a disaggregation of bounded size for anything sliced by diagnosis (a
 * full code would make one slice per disease). Chapter codes are two digits, {@code 01}
 * 某些传染病和寄生虫病 (A00–B99) … {@code 22} 用于特殊目的的编码 (U00–U85); their names are the messages
 * {@code terminology.icd10.chapter.<nn>}. Pure.
 */
public final class Icd10Chapters {

	/**
	 * The slice value of a settlement without an ICD-10 diagnosis (e.g. a pharmacy
	 * purchase).
	 */
	public static final String NONE = "00";

	/**
	 * An ICD-10 (医保版) code: category, optional subcategory with an extension, optional
	 * dagger-asterisk pair; the form the gateway accepts for Western diagnoses.
	 */
	private static final Pattern CODE = Pattern
		.compile("[A-Z][0-9]{2}(\\.[0-9A-Za-z]{1,3}([A-Za-z][0-9]{3})?)?(\\+[A-Z][0-9]{2}(\\.[0-9A-Za-z])?\\*)?");

	/**
	 * One chapter: its code and the first and last category (three characters) it holds.
	 */
	public record Chapter(String code, String first, String last) {

		boolean holds(String category) {
			return category.compareTo(first) >= 0 && category.compareTo(last) <= 0;
		}

		/** The message key of its name. */
		public String labelKey() {
			return "terminology.icd10.chapter." + code;
		}

		/** Its range as written in the classification, e.g. {@code A00–B99}. */
		public String range() {
			return first + "–" + last;
		}

	}

	/** The chapters in order. */
	public static final List<Chapter> CHAPTERS = List.of(new Chapter("01", "A00", "B99"),
			new Chapter("02", "C00", "D48"), new Chapter("03", "D50", "D89"), new Chapter("04", "E00", "E90"),
			new Chapter("05", "F00", "F99"), new Chapter("06", "G00", "G99"), new Chapter("07", "H00", "H59"),
			new Chapter("08", "H60", "H95"), new Chapter("09", "I00", "I99"), new Chapter("10", "J00", "J99"),
			new Chapter("11", "K00", "K93"), new Chapter("12", "L00", "L99"), new Chapter("13", "M00", "M99"),
			new Chapter("14", "N00", "N99"), new Chapter("15", "O00", "O99"), new Chapter("16", "P00", "P96"),
			new Chapter("17", "Q00", "Q99"), new Chapter("18", "R00", "R99"), new Chapter("19", "S00", "T98"),
			new Chapter("20", "V01", "Y98"), new Chapter("21", "Z00", "Z99"), new Chapter("22", "U00", "U85"));

	private Icd10Chapters() {
	}

	/**
	 * The chapter of an ICD-10 code ({@code I10.x00} → 09); empty for anything that is
	 * not an ICD-10 code (a TCM code such as {@code A04.03.03} or {@code BNW010}, blank)
	 * or whose category lies in no chapter (D49, H96 …).
	 */
	public static Optional<Chapter> of(String code) {
		if (code == null) {
			return Optional.empty();
		}
		String c = code.strip();
		if (!CODE.matcher(c).matches()) {
			return Optional.empty();
		}
		String category = c.substring(0, 3);
		return CHAPTERS.stream().filter(ch -> ch.holds(category)).findFirst();
	}

	/**
	 * The chapter code of the main diagnosis among a visit's codes (main first; the first
	 * code that is ICD-10 counts, TCM codes are passed over), {@link #NONE} without one.
	 */
	public static String mainChapter(List<String> codes) {
		if (codes != null) {
			for (String code : codes) {
				if (code != null && CODE.matcher(code.strip()).matches()) {
					return of(code).map(Chapter::code).orElse(NONE);
				}
			}
		}
		return NONE;
	}

	/** The chapter of a code ({@code 01}…{@code 22}), if it is one. */
	public static Optional<Chapter> chapter(String chapterCode) {
		return CHAPTERS.stream().filter(c -> c.code().equals(chapterCode)).findFirst();
	}

}
