package org.sanyi.pharma.rational;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One key of a review table that a proposed import changes in the region's own rows: a
 * row added, changed or removed, with the values of its other columns before and after
 * (as the file's columns name them). The second officer reviews these, not the whole
 * file.
 *
 * @param kind what happens to the key's row
 * @param key the row's key as shown: a prescription type, a drug, a pair "A + B", a drug
 * and a contraindication kind
 * @param before the region's row in force, column by column (empty when added)
 * @param after the file's row (empty when removed)
 */
public record RuleChange(Kind kind, String key, Map<String, String> before, Map<String, String> after) {

	/** What an approval does to a key's row. */
	public enum Kind {

		ADDED, CHANGED, REMOVED

	}

	/** The columns whose values differ (every column of an added or removed row). */
	public List<String> columns() {
		Map<String, String> any = after.isEmpty() ? before : after;
		return any.keySet().stream().filter(c -> !Objects.equals(before.get(c), after.get(c))).toList();
	}

}
