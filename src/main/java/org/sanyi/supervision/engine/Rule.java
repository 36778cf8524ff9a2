package org.sanyi.supervision.engine;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A rule with the attributes of the national template. Empty {@code levels},
 * {@code types}, {@code scenes} or {@code schemes} mean all.
 *
 * @param ruleId the rule's stable id ({@code rule_id} in the 3101 answer)
 * @param name 规则名称
 * @param kind what the rule checks
 * @param category 政策类 / 管理类 / 医疗类
 * @param result 可疑 or 明确违规
 * @param window 时间区间
 * @param levels 医疗机构级别 it applies to (0–3)
 * @param scenes 应用场景 it applies to
 * @param stages 监管环节 it runs in
 * @param severity how serious a hit is
 * @param blocking whether a definite hit at 3102 holds the settlement back (otherwise it
 * only warns)
 * @param parameters the kind's parameters that differ from their defaults
 * @param schemes 险种 ({@code insutype} codes) it applies to, empty for all
 * @param types 医疗机构类型 it applies to, empty for all
 */
public record Rule(String ruleId, String name, RuleKind kind, Category category, ResultType result, TimeWindow window,
		Set<Integer> levels, Set<Scene> scenes, Set<Stage> stages, Severity severity, boolean blocking,
		Map<String, String> parameters, Set<String> schemes, Set<InstitutionType> types) {

	/** A rule for every type of institution. */
	public Rule(String ruleId, String name, RuleKind kind, Category category, ResultType result, TimeWindow window,
			Set<Integer> levels, Set<Scene> scenes, Set<Stage> stages, Severity severity, boolean blocking,
			Map<String, String> parameters, Set<String> schemes) {
		this(ruleId, name, kind, category, result, window, levels, scenes, stages, severity, blocking, parameters,
				schemes, Set.of());
	}

	/** A rule for every scheme and type of institution. */
	public Rule(String ruleId, String name, RuleKind kind, Category category, ResultType result, TimeWindow window,
			Set<Integer> levels, Set<Scene> scenes, Set<Stage> stages, Severity severity, boolean blocking,
			Map<String, String> parameters) {
		this(ruleId, name, kind, category, result, window, levels, scenes, stages, severity, blocking, parameters,
				Set.of());
	}

	public Rule {
		schemes = Set.copyOf(schemes);
		types = Set.copyOf(types);
		levels = Set.copyOf(levels);
		scenes = Set.copyOf(scenes);
		stages = Set.copyOf(stages);
		parameters = Map.copyOf(parameters);
		kind.problemOf(parameters).ifPresent(p -> {
			throw new IllegalArgumentException("parameter " + p + " of rule " + ruleId);
		});
	}

	/**
	 * Whether the rule runs at this stage for a claim of this scene, at an institution of
	 * this level and type, under this scheme. A claim whose type or scheme is not known
	 * ({@code null}) is checked by every rule: the fund's side.
	 */
	public boolean appliesTo(Stage stage, Scene scene, int level, InstitutionType type, String insutype) {
		return stages.contains(stage) && (scenes.isEmpty() || scenes.contains(scene))
				&& (levels.isEmpty() || levels.contains(level))
				&& (types.isEmpty() || type == null || types.contains(type))
				&& (schemes.isEmpty() || insutype == null || insutype.isEmpty() || schemes.contains(insutype));
	}

	/** A whole-number parameter (its default when not set). */
	public int intParameter(String name) {
		return Integer.parseInt(value(name).strip());
	}

	/** A decimal parameter. */
	public BigDecimal decimalParameter(String name) {
		return new BigDecimal(value(name).strip());
	}

	/** A code-list parameter. */
	public List<String> codesParameter(String name) {
		return Arrays.stream(value(name).strip().split(",")).map(String::strip).toList();
	}

	private String value(String name) {
		String v = parameters.get(name);
		return v != null ? v : kind.parameters().get(name).defaultValue();
	}

	/** The rule with a parameter changed. */
	public Rule withParameter(String name, String value) {
		Map<String, String> changed = new HashMap<>(parameters);
		changed.put(name, value);
		return new Rule(ruleId, name, kind, category, result, window, levels, scenes, stages, severity, blocking,
				changed, schemes, types);
	}

}
