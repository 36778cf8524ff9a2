package org.sanyi.monitoring.indicator;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.sanyi.monitoring.engine.DefinitionChecker;
import org.sanyi.monitoring.engine.DefinitionError;
import org.sanyi.monitoring.engine.IndicatorDefinition;
import org.sanyi.monitoring.engine.Vocabulary;

/**
 * The shipped 三医联动 definitions for bench/monitoring.sh, parsed as the platform parses
 * them (each after the ones it references): those that name only the data elements the
 * benchmark generates, in their shipped order.
 */
public final class ShippedForBenchmark {

	public static Map<String, IndicatorDefinition> definitions(Map<String, Set<String>> elements, Set<String> groups) {
		DefinitionChecker checker = new DefinitionChecker(new Vocabulary(elements, groups, Set.of()));
		Map<String, IndicatorDefinition> library = new LinkedHashMap<>();
		for (DefinitionRow row : ShippedIndicators.definitions()) {
			try {
				library.put(row.code(), checker.check(IndicatorService.draft(row), library));
			}
			catch (DefinitionError ex) {
				// names an element the benchmark does not generate (DRG results, budgets,
				// family-doctor contracts), or an indicator left out for that reason
			}
		}
		return library;
	}

	private ShippedForBenchmark() {
	}

}
