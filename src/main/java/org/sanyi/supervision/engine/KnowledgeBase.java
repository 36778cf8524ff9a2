package org.sanyi.supervision.engine;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The knowledge base (知识库) as the engine reads it: restrictions per national code, pairs
 * of mutually exclusive items, bundles with the components they include, and the
 * substitution map of 串换. Built once per version and shared read-only by every audit.
 */
public final class KnowledgeBase {

	public static final KnowledgeBase EMPTY = new KnowledgeBase(List.of(), List.of(), List.of(), List.of());

	private final Map<String, Restriction> restrictions = new HashMap<>();

	private final Map<String, Set<String>> exclusive = new HashMap<>();

	private final Map<String, Bundle> bundles = new HashMap<>();

	private final Map<String, List<Bundle>> bundlesOfComponent = new HashMap<>();

	private final Map<String, List<Substitution>> substitutions = new HashMap<>();

	public KnowledgeBase(List<Restriction> restrictions, List<ExclusivePair> exclusivePairs, List<Bundle> bundles,
			List<Substitution> substitutions) {
		restrictions.forEach(r -> this.restrictions.put(r.code(), r));
		for (ExclusivePair pair : exclusivePairs) {
			exclusive.computeIfAbsent(pair.first(), k -> new HashSet<>()).add(pair.second());
			exclusive.computeIfAbsent(pair.second(), k -> new HashSet<>()).add(pair.first());
		}
		for (Bundle bundle : bundles) {
			this.bundles.put(bundle.code(), bundle);
			for (String component : bundle.components()) {
				bundlesOfComponent.computeIfAbsent(component, k -> new java.util.ArrayList<>()).add(bundle);
			}
		}
		for (Substitution s : substitutions) {
			this.substitutions.computeIfAbsent(s.billedCode(), k -> new java.util.ArrayList<>()).add(s);
		}
	}

	/** The restrictions of a code, or {@code null}. */
	public Restriction restriction(String code) {
		return restrictions.get(code);
	}

	/** The codes a code excludes on the same day (empty set when none). */
	public Set<String> exclusiveWith(String code) {
		return exclusive.getOrDefault(code, Set.of());
	}

	public Bundle bundle(String code) {
		return bundles.get(code);
	}

	/** The bundles that include a code. */
	public List<Bundle> bundlesOf(String component) {
		return bundlesOfComponent.getOrDefault(component, List.of());
	}

	public List<Substitution> substitutionsOf(String billedCode) {
		return substitutions.getOrDefault(billedCode, List.of());
	}

	public boolean hasBundles() {
		return !bundles.isEmpty();
	}

	/** Sizes, for pages and logs. */
	public int size() {
		return restrictions.size() + exclusive.size() / 2 + bundles.size() + substitutions.size();
	}

	/** Two items that are not billed on the same day (互斥). */
	public record ExclusivePair(String first, String second) {
	}

	/** An item that includes others (项目内涵), with its price as the payment standard. */
	public record Bundle(String code, Set<String> components, BigDecimal price) {

		public Bundle {
			components = Set.copyOf(components);
		}

	}

	/**
	 * 串换: a line billed under {@code billedCode} whose hospital item name contains
	 * {@code keyword} is in fact the cheaper {@code actualCode}, paid at
	 * {@code actualPrice} a unit.
	 */
	public record Substitution(String billedCode, String keyword, String actualCode, BigDecimal actualPrice) {
	}

}
