package org.sanyi.drg.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import org.sanyi.registry.Institution;
import org.sanyi.registry.Registry;
import org.sanyi.security.DataScope;

import org.springframework.stereotype.Component;

/**
 * Institutions as the DRG pages name them: registry names by code, and the institutions a
 * user may choose.
 */
@Component
class InstitutionNames {

	private final Registry registry;

	private final ReportRepository reports;

	InstitutionNames(Registry registry, ReportRepository reports) {
		this.registry = registry;
		this.reports = reports;
	}

	/**
	 * The registered name of each code (the code itself when unknown), in the order
	 * given, without repeats.
	 */
	Map<String, String> of(List<String> codes) {
		Map<String, String> names = new LinkedHashMap<>();
		for (String code : new ArrayList<>(new LinkedHashSet<>(codes))) {
			names.put(code, registry.institution(code).map(Institution::name).orElse(code));
		}
		return names;
	}

	/**
	 * The institutions whose DRG data the scope sees: its own for an institution, else
	 * those with lists.
	 */
	List<String> inScope(DataScope scope) {
		return switch (scope.kind()) {
			case INSTITUTION -> List.of(scope.institutionCode());
			default -> reports.institutions(scope);
		};
	}

}
