package org.sanyi.monitoring.facts;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.sanyi.shared.facts.DataElement;
import org.sanyi.shared.facts.DataElementCatalogue;

import org.springframework.stereotype.Component;

/**
 * Every data element the modules declare, collected from their
 * {@link DataElementCatalogue} beans: monitoring learns what exists without any module
 * knowing monitoring.
 */
@Component
public class DataElements {

	private final Map<String, DataElement> byCode = new HashMap<>();

	DataElements(List<DataElementCatalogue> catalogues) {
		for (DataElementCatalogue catalogue : catalogues) {
			for (DataElement element : catalogue.elements()) {
				DataElement before = byCode.putIfAbsent(element.code(), element);
				if (before != null && !before.equals(element)) {
					throw new IllegalStateException("data element " + element.code() + " is declared twice, by "
							+ catalogue.module() + " and another module");
				}
			}
		}
	}

	public Optional<DataElement> find(String code) {
		return Optional.ofNullable(byCode.get(code));
	}

	public List<DataElement> all() {
		return byCode.values().stream().sorted(java.util.Comparator.comparing(DataElement::code)).toList();
	}

}
