package org.sanyi.security.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.sanyi.security.PermissionCatalogue;
import org.sanyi.security.PermissionCatalogue.Permission;
import org.sanyi.security.Role;
import org.sanyi.security.internal.PermissionGrants.Grant;

import org.springframework.stereotype.Service;

/**
 * Who holds which permission now, module by module as the catalogues declare them, and
 * what the database grants beyond them: the 角色权限 page.
 */
@Service
public class RoleMatrix {

	/**
	 * A role's hold on a permission: one of the module's defaults, granted besides them,
	 * or not held.
	 */
	public enum Hold {

		DEFAULT, ADDED, NONE

	}

	/** One permission with each role's hold, in {@link Role} order. */
	public record Row(String permission, String labelKey, List<Hold> holds) {
	}

	/** A module's permissions. */
	public record Module(String name, List<Row> rows) {
	}

	/**
	 * The catalogues' permissions by module, then the granted permissions no catalogue
	 * declares.
	 */
	public record Matrix(List<Role> roles, List<Module> modules, List<Row> undeclared) {
	}

	private final List<PermissionCatalogue> catalogues;

	private final PermissionGrants grants;

	RoleMatrix(List<PermissionCatalogue> catalogues, PermissionGrants grants) {
		this.catalogues = catalogues.stream().sorted((a, b) -> a.module().compareTo(b.module())).toList();
		this.grants = grants;
	}

	public Matrix current() {
		Set<Grant> granted = grants.all();
		Set<String> declared = new HashSet<>();
		List<Module> modules = new ArrayList<>();
		for (PermissionCatalogue catalogue : catalogues) {
			List<Row> rows = new ArrayList<>();
			for (Permission permission : catalogue.permissions()) {
				declared.add(permission.name());
				rows.add(new Row(permission.name(), permission.labelKey(),
						Arrays.stream(Role.values())
							.map(role -> hold(granted.contains(new Grant(role.name(), permission.name())),
									permission.defaultRoles().contains(role)))
							.toList()));
			}
			modules.add(new Module(catalogue.module(), rows));
		}
		Map<String, List<Hold>> others = new TreeMap<>();
		for (Grant grant : granted) {
			boolean knownRole = Arrays.stream(Role.values()).anyMatch(r -> r.name().equals(grant.role()));
			if (knownRole && !declared.contains(grant.permission())) {
				others.computeIfAbsent(grant.permission(), p -> new ArrayList<>(List.of(holdsOfNobody())))
					.set(Role.valueOf(grant.role()).ordinal(), Hold.ADDED);
			}
		}
		List<Row> undeclared = others.entrySet()
			.stream()
			.map(e -> new Row(e.getKey(), null, List.copyOf(e.getValue())))
			.toList();
		return new Matrix(List.of(Role.values()), modules, undeclared);
	}

	private static Hold hold(boolean granted, boolean byDefault) {
		return !granted ? Hold.NONE : byDefault ? Hold.DEFAULT : Hold.ADDED;
	}

	private static Hold[] holdsOfNobody() {
		Hold[] holds = new Hold[Role.values().length];
		Arrays.fill(holds, Hold.NONE);
		return holds;
	}

}
