package org.sanyi.terminology.internal;

import java.util.Map;
import java.util.Optional;

import org.sanyi.security.CurrentUsers;
import org.sanyi.security.DataScope;
import org.sanyi.shared.BusinessException;
import org.sanyi.terminology.TerminologyErrors;

import org.springframework.stereotype.Component;

/**
 * Who may change a code system. National systems (ICD-10 医保版, ICD-9-CM-3, national
 * dictionaries and catalogues) are maintained by the platform administrator (data scope
 * ALL) and are read-only to regions; a region may keep systems of its own, which only it
 * (and the administrator) changes. Work without a signed-in user (the shipped seed, the
 * demo) is the platform's own.
 */
@Component
public class Stewardship {

	private final CodeSystemRepository systems;

	Stewardship(CodeSystemRepository systems) {
		this.systems = systems;
	}

	/**
	 * Refuses, with a clear error, a change the current user may not make to the system.
	 */
	void checkMayChange(String code) {
		Optional<DataScope> scope = currentScope();
		if (scope.isEmpty() || scope.get().kind() == DataScope.Kind.ALL) {
			return;
		}
		String owner = systems.owners().get(code);
		if (owner == null) {
			return;
		}
		if (owner.isEmpty()) {
			throw new BusinessException(TerminologyErrors.NATIONAL_SYSTEM_READ_ONLY, code);
		}
		if (!owner.startsWith(scope.get().regionPrefix())) {
			throw new BusinessException(TerminologyErrors.OTHER_REGIONS_SYSTEM, code, owner);
		}
	}

	/**
	 * The owner a version is stored with: its system's (null for national); for a new
	 * system none (national) when the administrator imports it, the officer's region
	 * otherwise.
	 */
	String ownerOf(String code) {
		String owner = systems.owners().get(code);
		if (owner != null) {
			return owner.isEmpty() ? null : owner;
		}
		return currentScope().filter(s -> s.kind() == DataScope.Kind.REGION).map(DataScope::regionCode).orElse(null);
	}

	/**
	 * Whether the current user may import or retire versions of each system, for showing
	 * the buttons.
	 */
	public Map<String, Boolean> mayChange() {
		Optional<DataScope> scope = currentScope();
		boolean admin = scope.isEmpty() || scope.get().kind() == DataScope.Kind.ALL;
		String prefix = scope.map(s -> s.kind() == DataScope.Kind.REGION ? s.regionPrefix() : null).orElse(null);
		var result = new java.util.HashMap<String, Boolean>();
		systems.owners()
			.forEach((code, owner) -> result.put(code,
					admin || prefix != null && !owner.isEmpty() && owner.startsWith(prefix)));
		return result;
	}

	private static Optional<DataScope> currentScope() {
		return CurrentUsers.find().map(u -> CurrentUsers.scope());
	}

}
