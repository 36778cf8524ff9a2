package org.sanyi.shared;

/**
 * Masking of personal data for display and logs, as users of Chinese health systems expect: an ID number keeps its
 * region and last four ({@code 350403********1234}), a mobile its first three and last four ({@code 138****5678}),
 * a name its surname ({@code 张*}, {@code 欧阳**}).
 */
public final class Masking {

	private Masking() {
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
