package org.sanyi.terminology.internal;

import org.sanyi.shared.Pinyin;

/**
 * {@link Pinyin#initials} with a per-character memo. pinyin4j parses its readings on
 * every call, which made the initials of a 33,000-name ICD file the slowest part of its
 * import; names repeat a few thousand characters, so each is looked up once. The result
 * is the same as {@code Pinyin.initials} character by character.
 */
final class PinyinInitials {

	/** Per BMP character: 0 not yet known, {@link #NONE} no initial, else the initial. */
	private static final char[] MEMO = new char[Character.MAX_VALUE + 1];

	private static final char NONE = '\uFFFF';

	private PinyinInitials() {
	}

	static String of(String text) {
		if (text == null) {
			return "";
		}
		var out = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (Character.isSurrogate(c)) {
				continue;
			}
			char initial = MEMO[c];
			if (initial == 0) {
				// a benign race: every thread computes the same value
				String one = Pinyin.initials(String.valueOf(c));
				initial = one.isEmpty() ? NONE : one.charAt(0);
				MEMO[c] = initial;
			}
			if (initial != NONE) {
				out.append(initial);
			}
		}
		return out.toString();
	}

}
