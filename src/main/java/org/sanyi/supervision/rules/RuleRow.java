package org.sanyi.supervision.rules;

import java.util.Map;

/**
 * A stored rule with its national-template attributes; lists are comma-separated enum
 * names (schemes: insutype codes), as in {@code sup_rule}; {@code logic} is the rule's
 * logic as the template states it (规则逻辑); {@code types} the institution types (医疗机构类型) it
 * is limited to.
 */
public record RuleRow(String ruleId, String name, String kind, String category, String resultType, String timeWindow,
		String levels, String scenes, String stages, String severity, boolean blocking, boolean enabled,
		Map<String, String> parameters, String schemes, String logic, String types) {

	public RuleRow {
		types = types == null ? "" : types.strip();
		parameters = Map.copyOf(parameters);
		schemes = schemes == null ? "" : schemes.strip();
		logic = logic == null ? "" : logic.strip();
	}

	/** A rule for every type of institution. */
	public RuleRow(String ruleId, String name, String kind, String category, String resultType, String timeWindow,
			String levels, String scenes, String stages, String severity, boolean blocking, boolean enabled,
			Map<String, String> parameters, String schemes, String logic) {
		this(ruleId, name, kind, category, resultType, timeWindow, levels, scenes, stages, severity, blocking, enabled,
				parameters, schemes, logic, "");
	}

	/** A rule for every scheme and type of institution, without a logic text. */
	public RuleRow(String ruleId, String name, String kind, String category, String resultType, String timeWindow,
			String levels, String scenes, String stages, String severity, boolean blocking, boolean enabled,
			Map<String, String> parameters) {
		this(ruleId, name, kind, category, resultType, timeWindow, levels, scenes, stages, severity, blocking, enabled,
				parameters, "", "");
	}

}
