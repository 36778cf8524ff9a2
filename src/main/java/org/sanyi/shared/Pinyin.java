package org.sanyi.shared;

import net.sourceforge.pinyin4j.PinyinHelper;

/**
 * Pinyin initials for search: every Chinese picker lets a user type {@code smsl} for
 * 三明市立医院. The first reading of a polyphonic character is used; that is right for the
 * names we index in the vast majority of cases and a wrong initial only costs a search by
 * initials, not correctness.
 */
public final class Pinyin {

	private Pinyin() {
	}

	public static String initials(String text) {
		if (text == null) {
			return "";
		}
		var out = new StringBuilder(text.length());
		text.codePoints().forEach(cp -> {
			if (cp < 128) {
				if (Character.isLetterOrDigit(cp)) {
					out.append(Character.toLowerCase((char) cp));
				}
				return;
			}
			String[] readings = cp <= 0xFFFF ? PinyinHelper.toHanyuPinyinStringArray((char) cp) : null;
			if (readings != null && readings.length > 0 && !readings[0].isEmpty()) {
				out.append(readings[0].charAt(0));
			}
		});
		return out.toString();
	}

}
