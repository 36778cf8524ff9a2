package org.sanyi.shared;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masking of personal data for display and logs, as users of Chinese health systems
 * expect: an ID number keeps its region and last four ({@code 350403********1234}), a
 * mobile its first three and last four ({@code 138****5678}), a name its surname
 * ({@code 张*}, {@code 欧阳**}).
 */
public final class Masking {

	/**
	 * An 18-character resident ID number standing on its own in a text (not inside a
	 * longer run of letters and digits): region, a birth date of 18xx–20xx, sequence and
	 * check character. The same pattern masks the rows already stored (insurance V8, drg
	 * V4).
	 */
	static final Pattern ID_NUMBER = Pattern
		.compile("(?<![0-9A-Za-z])([1-9][0-9]{5})(?:18|19|20)[0-9]{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12][0-9]|3[01])"
				+ "([0-9]{3}[0-9Xx])(?![0-9A-Za-z])");

	private Masking() {
	}

	/**
	 * The text with every ID number in it masked like {@link #idNumber}: for what is kept
	 * only as a record (a stored message, an uploaded form, an error text). Null stays
	 * null.
	 */
	public static String idNumbersIn(String text) {
		if (text == null || text.length() < 18) {
			return text;
		}
		Matcher m = ID_NUMBER.matcher(text);
		if (!m.find()) {
			return text;
		}
		var out = new StringBuilder(text.length());
		int from = 0;
		do {
			out.append(text, from, m.start()).append(m.group(1)).append("********").append(m.group(2));
			from = m.end();
		}
		while (m.find());
		return out.append(text, from, text.length()).toString();
	}

	public static String idNumber(String v) {
		if (v == null || v.isBlank()) {
			return "";
		}
		if (v.length() <= 10) {
			return "*".repeat(v.length());
		}
		return v.substring(0, 6) + "*".repeat(v.length() - 10) + v.substring(v.length() - 4);
	}

	public static String phone(String v) {
		if (v == null || v.isBlank()) {
			return "";
		}
		if (v.length() < 7) {
			return "*".repeat(v.length());
		}
		return v.substring(0, 3) + "*".repeat(v.length() - 7) + v.substring(v.length() - 4);
	}

	public static String name(String v) {
		if (v == null || v.isBlank()) {
			return "";
		}
		int keep = v.length() >= 4 ? 2 : 1;
		return v.substring(0, keep) + "*".repeat(v.length() - keep);
	}

}
