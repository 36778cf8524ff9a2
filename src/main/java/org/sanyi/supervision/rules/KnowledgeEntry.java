package org.sanyi.supervision.rules;

import java.math.BigDecimal;

/**
 * A line of a knowledge-base version ({@code sup_kb_entry}). Lists ({@code scenes},
 * {@code indications}, {@code requires}, a bundle's components in {@code other}) are
 * separated by {@code |}.
 */
public record KnowledgeEntry(int lineNo, String entryType, String code, String sex, Integer minAge, Integer maxAge,
		boolean childOnly, Integer minLevel, String scenes, String indications, String requires, Integer maxDays,
		BigDecimal maxPerDay, Integer courseDays, BigDecimal priceCap, String other, String keyword, BigDecimal price,
		String departments, BigDecimal maxAmount) {

	public KnowledgeEntry {
		departments = departments == null ? "" : departments;
	}

}
