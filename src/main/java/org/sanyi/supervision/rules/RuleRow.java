package org.sanyi.supervision.rules;

import java.util.Map;

/**
 * A stored rule with its national-template attributes; lists are comma-separated enum
 * names (schemes: insutype codes), as in {@code sup_rule}; {@code logic} is the rule's
 * logic as the template states it (规则逻辑).
 */
public record RuleRow(String ruleId, String name, String kind, String category, String resultType, String timeWindow,
		String levels, String scenes, String stages, String severity, boolean blocking, boolean enabled,
		Map<String, String> parameters, String schemes, String logic) {

	public RuleRow {
		parameters = Map.copyOf(parameters);
		schemes = schemes == null ? "" : schemes.strip();
		logic = logic == null ? "" : logic.strip();
	}

	/** A rule for every scheme, without a logic text. */
	public RuleRow(String ruleId, String name, String kind, String category, String resultType, String timeWindow,
			String levels, String scenes, String stages, String severity, boolean blocking, boolean enabled,
			Map<String, String> parameters) {
		this(ruleId, name, kind, category, resultType, timeWindow, levels, scenes, stages, severity, blocking, enabled,
				parameters, "", "");
	}

}
