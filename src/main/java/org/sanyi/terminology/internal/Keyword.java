package org.sanyi.terminology.internal;

import java.util.Locale;

import org.sanyi.shared.Like;

/**
 * One search box, three ways to match (what Chinese code pickers offer): a code prefix
 * ignoring case, a part of the name, or pinyin initials ({@code gxy} finds 原发性高血压). The
 * LIKE patterns have their wildcards escaped.
 */
record Keyword(String text, String codePrefix, String nameContains, String pinyinContains) {

	/**
	 * The SQL condition over a table aliased {@code t} with {@code code}, {@code name},
	 * {@code pinyin}.
	 */
	static final String CONDITION = """
			(:kw = '' or upper(t.code) like :codePrefix or t.name like :nameContains
			 or (:pinyinContains <> '' and t.pinyin like :pinyinContains))
			""";

	static Keyword of(String text) {
		String t = text == null ? "" : text.strip();
		if (t.isEmpty()) {
			return new Keyword("", "", "", "");
		}
		String escaped = Like.escape(t);
		boolean initials = t.chars().allMatch(c -> c < 128 && Character.isLetterOrDigit(c));
		return new Keyword(t, escaped.toUpperCase(Locale.ROOT) + "%", "%" + escaped + "%",
				initials ? "%" + escaped.toLowerCase(Locale.ROOT) + "%" : "");
	}

	org.springframework.jdbc.core.simple.JdbcClient.StatementSpec bind(
			org.springframework.jdbc.core.simple.JdbcClient.StatementSpec spec) {
		return spec.param("kw", text)
			.param("codePrefix", codePrefix)
			.param("nameContains", nameContains)
			.param("pinyinContains", pinyinContains);
	}

}
