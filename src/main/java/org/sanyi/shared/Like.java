package org.sanyi.shared;

/**
 * Makes a user's search text safe inside a SQL {@code LIKE} pattern: {@code %} and
 * {@code _} in the text match themselves, not "anything" (PostgreSQL's default escape
 * character is the backslash). Every repository that puts search input into a LIKE binds
 * it through here ({@code LikeParametersTest} checks).
 */
public final class Like {

	private Like() {
	}

	/** The text trimmed and escaped, empty for null; the SQL adds its own {@code '%'}. */
	public static String escape(String text) {
		if (text == null) {
			return "";
		}
		return text.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

}
