package org.sanyi.shared.facts;

import java.util.List;

/**
 * The data elements one module reports, declared as a Spring bean by that module.
 * Monitoring collects every catalogue: a fact naming an element no catalogue declares is
 * held in monitoring's error queue, not counted.
 */
public interface DataElementCatalogue {

	/** The reporting module's name, e.g. {@code insurance}. */
	String module();

	List<DataElement> elements();

	static DataElementCatalogue of(String module, List<DataElement> elements) {
		List<DataElement> copy = List.copyOf(elements);
		return new DataElementCatalogue() {
			@Override
			public String module() {
				return module;
			}

			@Override
			public List<DataElement> elements() {
				return copy;
			}
		};
	}

}
