package org.sanyi.supervision.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import org.sanyi.shared.BusinessException;
import org.sanyi.supervision.SupervisionErrors;
import org.sanyi.supervision.engine.Category;
import org.sanyi.supervision.engine.InstitutionType;
import org.sanyi.supervision.engine.KnowledgeBase;
import org.sanyi.supervision.engine.Restriction;
import org.sanyi.supervision.engine.ResultType;
import org.sanyi.supervision.engine.Rule;
import org.sanyi.supervision.engine.RuleKind;
import org.sanyi.supervision.engine.Scene;
import org.sanyi.supervision.engine.Severity;
import org.sanyi.supervision.engine.Sex;
import org.sanyi.supervision.engine.Stage;
import org.sanyi.supervision.engine.TimeWindow;

/**
 * Stored rules and knowledge entries to the engine's types; a stored value the engine
 * cannot read is refused by field.
 */
final class RuleMapping {

	/**
	 * The national 险种 codes a rule may be limited to: 310 职工基本医疗保险, 320 公务员医疗补助, 330
	 * 大额医疗费用补助, 340 离休人员医疗保障, 390 城乡居民基本医疗保险, 392 城乡居民大病医疗保险, 510 生育保险.
	 */
	static final Set<String> SCHEMES = Set.of("310", "320", "330", "340", "390", "392", "510");

	private RuleMapping() {
	}

	/**
	 * The engine's rule of a stored one, or {@code SUP-0001}/{@code SUP-0002} naming the
	 * field.
	 */
	static Rule rule(RuleRow r) {
		String id = r.ruleId() == null ? "" : r.ruleId().strip();
		if (!id.matches("[A-Za-z0-9_-]{1,30}")) {
			throw invalid("rule_id", r.ruleId());
		}
		if (r.name() == null || r.name().isBlank() || r.name().length() > 200) {
			throw invalid("name", r.name());
		}
		RuleKind kind = RuleKind.named(r.kind()).orElseThrow(() -> invalid("kind", r.kind()));
		kind.problemOf(r.parameters()).ifPresent(p -> {
			throw new BusinessException(SupervisionErrors.INVALID_PARAMETER, id, p,
					String.valueOf(r.parameters().get(p)));
		});
		Set<Stage> stages = names(r.stages(), "stages", Stage::valueOf);
		if (stages.isEmpty()) {
			throw invalid("stages", r.stages());
		}
		Set<Integer> levels = new HashSet<>();
		for (String level : split(r.levels())) {
			if (!level.matches("[0-3]")) {
				throw invalid("levels", r.levels());
			}
			levels.add(Integer.parseInt(level));
		}
		Set<String> schemes = new HashSet<>();
		for (String scheme : split(r.schemes())) {
			if (!SCHEMES.contains(scheme)) {
				throw invalid("schemes", r.schemes());
			}
			schemes.add(scheme);
		}
		if (r.logic().length() > 1000) {
			throw invalid("logic", r.logic().substring(0, 20) + "…");
		}
		TimeWindow window = one(r.timeWindow(), "time_window", TimeWindow::valueOf);
		if (!kind.windows().contains(window)) {
			throw invalid("time_window", r.timeWindow());
		}
		return new Rule(id, r.name().strip(), kind, one(r.category(), "category", Category::valueOf),
				one(r.resultType(), "result_type", ResultType::valueOf), window, levels,
				names(r.scenes(), "scenes", Scene::valueOf), stages, one(r.severity(), "severity", Severity::valueOf),
				r.blocking(), r.parameters(), schemes, names(r.types(), "types", InstitutionType::valueOf));
	}

	/** The knowledge base of a version's entries (already checked at import). */
	static KnowledgeBase knowledge(List<KnowledgeEntry> entries) {
		List<Restriction> restrictions = new ArrayList<>();
		List<KnowledgeBase.ExclusivePair> pairs = new ArrayList<>();
		List<KnowledgeBase.Bundle> bundles = new ArrayList<>();
		List<KnowledgeBase.Substitution> substitutions = new ArrayList<>();
		for (KnowledgeEntry e : entries) {
			switch (e.entryType()) {
				case "RESTRICTION" -> restrictions
					.add(new Restriction(e.code(), e.sex() == null ? null : Sex.ofCode(e.sex()), e.minAge(), e.maxAge(),
							e.childOnly(), e.minLevel(), names(e.scenes().replace('|', ','), "scenes", Scene::valueOf),
							bars(e.indications()), bars(e.requires()), e.maxDays(), e.maxPerDay(), e.courseDays(),
							e.priceCap(), bars(e.departments()), e.maxAmount()));
				case "EXCLUSIVE" -> pairs.add(new KnowledgeBase.ExclusivePair(e.code(), e.other()));
				case "BUNDLE" -> bundles.add(new KnowledgeBase.Bundle(e.code(), Set.copyOf(bars(e.other())),
						e.price() == null ? BigDecimal.ZERO : e.price()));
				case "SUBSTITUTION" ->
					substitutions.add(new KnowledgeBase.Substitution(e.code(), e.keyword(), e.other(), e.price()));
				default -> throw invalid("type", e.entryType());
			}
		}
		return new KnowledgeBase(restrictions, pairs, bundles, substitutions);
	}

	static List<String> bars(String list) {
		return list == null || list.isBlank() ? List.of()
				: Arrays.stream(list.split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).toList();
	}

	static List<String> split(String list) {
		return list == null || list.isBlank() ? List.of()
				: Arrays.stream(list.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
	}

	private static <E extends Enum<E>> E one(String value, String field, Function<String, E> parse) {
		try {
			return parse.apply(value == null ? "" : value.strip());
		}
		catch (IllegalArgumentException ex) {
			throw invalid(field, value);
		}
	}

	private static <E extends Enum<E>> Set<E> names(String list, String field, Function<String, E> parse) {
		Set<E> set = new HashSet<>();
		for (String name : split(list)) {
			set.add(one(name, field, parse));
		}
		return Set.copyOf(set);
	}

	private static BusinessException invalid(String field, Object value) {
		return new BusinessException(SupervisionErrors.INVALID_FIELD, field, String.valueOf(value));
	}

}
