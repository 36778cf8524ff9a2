package org.sanyi.monitoring.indicator;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import org.sanyi.monitoring.engine.InstitutionGroups;
import org.sanyi.monitoring.engine.Vocabulary;
import org.sanyi.shared.facts.DataElement;
import org.sanyi.shared.facts.DataElementCatalogue;

import org.springframework.stereotype.Component;

/**
 * What indicator expressions may name on this platform: the data elements of every
 * module's {@link DataElementCatalogue} bean (monitoring learns them without the modules
 * knowing it) and the institution groups.
 */
@Component
public class Vocabularies {

	private final List<DataElementCatalogue> catalogues;

	private final InstitutionGroups groups;

	Vocabularies(List<DataElementCatalogue> catalogues, InstitutionGroups groups) {
		this.catalogues = List.copyOf(catalogues);
		this.groups = groups;
	}

	public Vocabulary vocabulary(Set<String> indicators) {
		return Vocabulary.of(elements(), groups.names(), indicators);
	}

	/** Every declared data element, by code. */
	public List<DataElement> elements() {
		List<DataElement> all = new ArrayList<>();
		catalogues.forEach(c -> all.addAll(c.elements()));
		all.sort(Comparator.comparing(DataElement::code));
		return all;
	}

	public Set<String> groupNames() {
		return groups.names();
	}

}
