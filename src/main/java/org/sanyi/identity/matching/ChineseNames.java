package org.sanyi.identity.matching;

import java.util.Map;

import net.sourceforge.pinyin4j.PinyinHelper;
import net.sourceforge.pinyin4j.format.HanyuPinyinCaseType;
import net.sourceforge.pinyin4j.format.HanyuPinyinOutputFormat;
import net.sourceforge.pinyin4j.format.HanyuPinyinToneType;
import net.sourceforge.pinyin4j.format.HanyuPinyinVCharType;
import net.sourceforge.pinyin4j.format.exception.BadHanyuPinyinOutputFormatCombination;

/**
 * Normalisation and romanisation of personal names for matching.
 *
 * <p>
 * Full pinyin is toneless, lower case, one syllable per character separated by spaces, ü
 * written {@code v} ({@code 吕 → lv}). The surname is read from a surname table first,
 * because pinyin4j gives the first dictionary reading and polyphonic surnames are read
 * differently as surnames: 单 is Shàn not dān, 曾 Zēng not céng, 解 Xiè, 仇 Qiú, 区 Ōu, 朴
 * Piáo, 查 Zhā, 覃 Qín, 尉迟 Yùchí, 万俟 Mòqí. Given-name characters use the first reading; a
 * wrong reading there is harmless because both records of a pair are romanised the same
 * way.
 *
 * <p>
 * {@link #fuzzy(String)} folds the confusions of southern Mandarin and of pinyin input
 * (the front and back nasals en/eng, in/ing, an/ang and the retroflex initials zh/ch/sh),
 * so that 陈 chen and 程 cheng agree at the "similar" level.
 */
public final class ChineseNames {

	private static final HanyuPinyinOutputFormat FORMAT = new HanyuPinyinOutputFormat();

	static {
		FORMAT.setToneType(HanyuPinyinToneType.WITHOUT_TONE);
		FORMAT.setVCharType(HanyuPinyinVCharType.WITH_V);
		FORMAT.setCaseType(HanyuPinyinCaseType.LOWERCASE);
	}

	/**
	 * Readings of surnames that differ from pinyin4j's first reading, and of the compound
	 * surnames.
	 */
	private static final Map<String, String> SURNAME_READINGS = Map.ofEntries(Map.entry("单", "shan"),
			Map.entry("曾", "zeng"), Map.entry("解", "xie"), Map.entry("仇", "qiu"), Map.entry("区", "ou"),
			Map.entry("朴", "piao"), Map.entry("查", "zha"), Map.entry("乐", "yue"), Map.entry("覃", "qin"),
			Map.entry("盖", "ge"), Map.entry("缪", "miao"), Map.entry("召", "shao"), Map.entry("重", "chong"),
			Map.entry("种", "chong"), Map.entry("秘", "bi"), Map.entry("柏", "bai"), Map.entry("都", "du"),
			Map.entry("句", "gou"), Map.entry("折", "she"), Map.entry("员", "yun"), Map.entry("宿", "su"),
			Map.entry("贲", "ben"), Map.entry("繁", "po"), Map.entry("瞿", "qu"), Map.entry("薄", "bo"),
			Map.entry("祭", "zhai"), Map.entry("长", "chang"), Map.entry("尉", "wei"), Map.entry("洗", "xian"),
			Map.entry("能", "nai"), Map.entry("蔚", "wei"), Map.entry("藏", "zang"), Map.entry("隗", "wei"),
			Map.entry("阚", "kan"), Map.entry("沈", "shen"), Map.entry("石", "shi"), Map.entry("叶", "ye"),
			Map.entry("牟", "mou"), Map.entry("车", "che"), Map.entry("卜", "bu"), Map.entry("朝", "chao"),
			Map.entry("行", "xing"), Map.entry("翟", "zhai"), Map.entry("和", "he"), Map.entry("万", "wan"),
			Map.entry("欧阳", "ou yang"), Map.entry("司马", "si ma"), Map.entry("上官", "shang guan"),
			Map.entry("诸葛", "zhu ge"), Map.entry("东方", "dong fang"), Map.entry("皇甫", "huang fu"),
			Map.entry("尉迟", "yu chi"), Map.entry("公孙", "gong sun"), Map.entry("慕容", "mu rong"),
			Map.entry("长孙", "zhang sun"), Map.entry("令狐", "ling hu"), Map.entry("夏侯", "xia hou"),
			Map.entry("司徒", "si tu"), Map.entry("端木", "duan mu"), Map.entry("万俟", "mo qi"), Map.entry("宇文", "yu wen"),
			Map.entry("澹台", "tan tai"), Map.entry("轩辕", "xuan yuan"), Map.entry("西门", "xi men"),
			Map.entry("南宫", "nan gong"), Map.entry("独孤", "du gu"), Map.entry("钟离", "zhong li"),
			Map.entry("闻人", "wen ren"), Map.entry("赫连", "he lian"), Map.entry("申屠", "shen tu"),
			Map.entry("公冶", "gong ye"), Map.entry("太史", "tai shi"), Map.entry("濮阳", "pu yang"),
			Map.entry("淳于", "chun yu"), Map.entry("单于", "chan yu"), Map.entry("呼延", "hu yan"),
			Map.entry("司空", "si kong"), Map.entry("鲜于", "xian yu"), Map.entry("闾丘", "lv qiu"),
			Map.entry("乐正", "yue zheng"), Map.entry("拓跋", "tuo ba"));

	/**
	 * Per-character first reading, filled lazily; racy writes store equal immutable
	 * strings and are benign.
	 */
	private static final String[] READINGS = new String[0x10000];

	private static final String NO_READING = "";

	private ChineseNames() {
	}

	/**
	 * Trims, folds full-width letters and digits to half-width, drops spaces and the
	 * separators of transcribed minority and foreign names (买买提·艾力 → 买买提艾力) and
	 * lower-cases Latin letters.
	 */
	public static String normalize(String raw) {
		if (raw == null) {
			return "";
		}
		var out = new StringBuilder(raw.length());
		for (int i = 0; i < raw.length(); i++) {
			char c = raw.charAt(i);
			if (c >= '\uFF01' && c <= '\uFF5E') {
				c = (char) (c - 0xFEE0);
			}
			if (Character.isWhitespace(c) || c == '\u3000' || c == '·' || c == '•' || c == '・' || c == '.'
					|| c == '\u00B7' || c == '-') {
				continue;
			}
			out.append(Character.toLowerCase(c));
		}
		return out.toString();
	}

	/**
	 * Length of the surname in characters: 2 for the compound surnames of the table, else
	 * 1 (0 when empty).
	 */
	public static int surnameLength(String normalizedName) {
		if (normalizedName.isEmpty()) {
			return 0;
		}
		if (normalizedName.length() >= 3 && SURNAME_READINGS.containsKey(normalizedName.substring(0, 2))) {
			return 2;
		}
		return 1;
	}

	public static String surname(String normalizedName) {
		return normalizedName.substring(0, surnameLength(normalizedName));
	}

	/**
	 * Full toneless pinyin, syllables separated by single spaces; Latin letters pass
	 * through as one word.
	 */
	public static String pinyin(String normalizedName) {
		var out = new StringBuilder(normalizedName.length() * 5);
		int surnameLength = surnameLength(normalizedName);
		String surnameReading = surnameLength == 0 ? null
				: SURNAME_READINGS.get(normalizedName.substring(0, surnameLength));
		int start = 0;
		if (surnameReading != null) {
			out.append(surnameReading);
			start = surnameLength;
		}
		boolean inLatin = false;
		for (int i = start; i < normalizedName.length(); i++) {
			char c = normalizedName.charAt(i);
			if (c < 128) {
				if (Character.isLetter(c)) {
					if (!inLatin && !out.isEmpty()) {
						out.append(' ');
					}
					out.append(c);
					inLatin = true;
				}
				continue;
			}
			inLatin = false;
			String reading = reading(c);
			if (!reading.isEmpty()) {
				if (!out.isEmpty()) {
					out.append(' ');
				}
				out.append(reading);
			}
		}
		return out.toString();
	}

	/** The pinyin of the surname only, for blocking. */
	public static String surnamePinyin(String pinyin, String normalizedName) {
		int syllables = surnameLength(normalizedName);
		int end = -1;
		for (int i = 0; i < syllables; i++) {
			end = pinyin.indexOf(' ', end + 1);
			if (end < 0) {
				return pinyin;
			}
		}
		return syllables == 0 ? "" : pinyin.substring(0, end);
	}

	/**
	 * Pinyin with the spaces removed and the usual confusions folded: zh/ch/sh → z/c/s
	 * and the back nasals ang/eng/ing → an/en/in ({@code ong} has no front counterpart
	 * and stays). {@code chen} and {@code cheng} both become {@code cen}.
	 */
	public static String fuzzy(String pinyin) {
		var out = new StringBuilder(pinyin.length());
		int i = 0;
		int n = pinyin.length();
		while (i < n) {
			int end = pinyin.indexOf(' ', i);
			if (end < 0) {
				end = n;
			}
			int from = i;
			if (end - from >= 2 && pinyin.charAt(from + 1) == 'h') {
				char first = pinyin.charAt(from);
				if (first == 'z' || first == 'c' || first == 's') {
					out.append(first);
					from += 2;
				}
			}
			int to = end;
			if (end - from >= 3 && pinyin.charAt(end - 1) == 'g' && pinyin.charAt(end - 2) == 'n') {
				char vowel = pinyin.charAt(end - 3);
				if (vowel == 'a' || vowel == 'e' || vowel == 'i') {
					to = end - 1;
				}
			}
			out.append(pinyin, from, to);
			i = end + 1;
		}
		return out.toString();
	}

	static String reading(char c) {
		String cached = READINGS[c];
		if (cached == null) {
			cached = lookup(c);
			READINGS[c] = cached;
		}
		return cached;
	}

	private static String lookup(char c) {
		try {
			String[] readings = PinyinHelper.toHanyuPinyinStringArray(c, FORMAT);
			return readings == null || readings.length == 0 ? NO_READING : readings[0];
		}
		catch (BadHanyuPinyinOutputFormatCombination ex) {
			throw new IllegalStateException(ex);
		}
	}

}
