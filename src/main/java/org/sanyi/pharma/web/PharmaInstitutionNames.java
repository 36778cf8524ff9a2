package org.sanyi.pharma.web;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

import org.sanyi.registry.Institution;
import org.sanyi.registry.Registry;
import org.springframework.stereotype.Component;

/**
 * Names of the institutions a page lists, from the registry (the code itself when
 * unknown).
 */
@Component
public class PharmaInstitutionNames {

	private final Registry registry;

	PharmaInstitutionNames(Registry registry) {
		this.registry = registry;
	}

	public Map<String, String> of(Collection<String> codes) {
		Map<String, String> names = new LinkedHashMap<>();
		for (String code : codes) {
			names.computeIfAbsent(code, c -> registry.institution(c).map(Institution::name).orElse(c));
		}
		return names;
	}

}
