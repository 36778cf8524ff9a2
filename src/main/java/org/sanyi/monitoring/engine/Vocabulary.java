package org.sanyi.monitoring.engine;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.sanyi.shared.facts.DataElement;

/**
 * What an expression may name: the data elements every module's catalogue declares with
 * their dimensions, the institution groups, and the indicators that exist.
 *
 * @param elements data element code → the dimensions its facts carry
 * @param groups institution group names ({@link InstitutionGroups#names()})
 * @param indicators indicator codes that {@code I{code}} may name
 */
public record Vocabulary(Map<String, Set<String>> elements, Set<String> groups, Set<String> indicators) {

	/**
	 * The slice key that narrows an element to a group of institutions instead of a
	 * dimension of its facts.
	 */
	public static final String INSTITUTION_GROUP = "institution";

	public Vocabulary {
		elements = Map.copyOf(elements);
		groups = Set.copyOf(groups);
		indicators = Set.copyOf(indicators);
	}

	public static Vocabulary of(Collection<DataElement> elements, Set<String> groups, Set<String> indicators) {
		Map<String, Set<String>> map = new HashMap<>();
		for (DataElement e : elements) {
			map.put(e.code(), e.dimensions());
		}
		return new Vocabulary(map, groups, indicators);
	}

	/** The same vocabulary with other indicator codes. */
	public Vocabulary withIndicators(Set<String> codes) {
		return new Vocabulary(elements, groups, codes);
	}

}
