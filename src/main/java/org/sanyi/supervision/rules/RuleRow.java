package org.sanyi.supervision.rules;

import java.util.Map;

/**
 * A stored rule with its national-template attributes; lists are comma-separated enum
 * names, as in {@code sup_rule}.
 */
public record RuleRow(String ruleId, String name, String kind, String category, String resultType, String timeWindow,
		String levels, String scenes, String stages, String severity, boolean blocking, boolean enabled,
		Map<String, String> parameters) {

	public RuleRow {
		parameters = Map.copyOf(parameters);
	}

}
