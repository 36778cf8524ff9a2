package org.sanyi.security.internal;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.sanyi.security.PermissionCatalogue;
import org.sanyi.security.PermissionCatalogue.Permission;
import org.sanyi.security.Role;
import org.sanyi.security.internal.PermissionGrants.Grant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * Brings {@code sec_role_permission} up to the modules' {@link PermissionCatalogue}s when
 * the application starts, after the migrations and before the first request: every
 * default grant that is missing is added, the grants of retired permissions are removed,
 * and nothing else changes, so grants an administrator added stay. Running it twice, or
 * on two nodes at once, changes nothing the second time. Grants of permissions that no
 * catalogue declares any more are only logged (see {@link PermissionCatalogue} for why).
 */
@Component
class PermissionCatalogueSync implements SmartInitializingSingleton {

	private static final Logger log = LoggerFactory.getLogger(PermissionCatalogueSync.class);

	private final List<PermissionCatalogue> catalogues;

	private final PermissionGrants grants;

	PermissionCatalogueSync(List<PermissionCatalogue> catalogues, PermissionGrants grants) {
		this.catalogues = List.copyOf(catalogues);
		this.grants = grants;
		checkConsistency(this.catalogues);
	}

	@Override
	public void afterSingletonsInstantiated() {
		sync();
	}

	/**
	 * What the sync did: grants added, grants removed, permissions still granted that
	 * nobody declares.
	 */
	record Outcome(int granted, int revoked, Set<String> undeclared) {
	}

	Outcome sync() {
		Set<Grant> existing = grants.all();
		Set<String> roles = grants.roles();
		int granted = 0;
		for (Grant grant : defaults(catalogues)) {
			if (!roles.contains(grant.role())) {
				throw new IllegalStateException("role " + grant.role() + " of " + grant.permission()
						+ " is not in sec_role: a new role needs a security migration");
			}
			if (!existing.contains(grant) && grants.grant(grant)) {
				granted++;
			}
		}
		int revoked = 0;
		for (PermissionCatalogue catalogue : catalogues) {
			for (String retired : catalogue.retired()) {
				revoked += grants.revokeEverywhere(retired);
			}
		}
		Set<String> declared = new HashSet<>();
		catalogues.forEach(c -> c.permissions().forEach(p -> declared.add(p.name())));
		Set<String> undeclared = new TreeSet<>();
		existing.stream().map(Grant::permission).filter(p -> !declared.contains(p)).forEach(undeclared::add);
		catalogues.forEach(c -> undeclared.removeAll(c.retired()));
		log.info("Permissions of {} modules: {} default grant(s) added, {} grant(s) of retired permissions removed",
				catalogues.size(), granted, revoked);
		if (!undeclared.isEmpty()) {
			log.warn("Granted but declared by no module (kept; retire them in the owning catalogue to remove them): {}",
					undeclared);
		}
		return new Outcome(granted, revoked, undeclared);
	}

	/** Every (role, permission) the catalogues grant by default. */
	static Set<Grant> defaults(List<PermissionCatalogue> catalogues) {
		Set<Grant> result = new LinkedHashSet<>();
		for (PermissionCatalogue catalogue : catalogues) {
			for (Permission permission : catalogue.permissions()) {
				for (Role role : permission.defaultRoles()) {
					result.add(new Grant(role.name(), permission.name()));
				}
			}
		}
		return result;
	}

	/**
	 * One catalogue per module, each permission declared once, nothing both declared and
	 * retired.
	 */
	static void checkConsistency(List<PermissionCatalogue> catalogues) {
		Set<String> modules = new HashSet<>();
		Map<String, String> owner = new HashMap<>();
		for (PermissionCatalogue catalogue : catalogues) {
			if (!modules.add(catalogue.module())) {
				throw new IllegalStateException("two permission catalogues for module " + catalogue.module());
			}
			for (Permission permission : catalogue.permissions()) {
				if (owner.put(permission.name(), catalogue.module()) != null) {
					throw new IllegalStateException("permission " + permission.name() + " is declared twice");
				}
			}
		}
		for (PermissionCatalogue catalogue : catalogues) {
			for (String retired : catalogue.retired()) {
				if (owner.containsKey(retired)) {
					throw new IllegalStateException("permission " + retired + " is both declared and retired");
				}
			}
		}
	}

}
