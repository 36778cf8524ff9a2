package org.sanyi.security;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The permissions one module checks, each with the message key of its human label and the
 * roles that hold it by default. A module declares one catalogue as a Spring bean; at
 * start-up the security module grants every default that is missing from
 * {@code sec_role_permission} (existing grants, and grants an administrator added, stay
 * as they are). A permission the module no longer checks is listed as
 * {@linkplain Builder#retired retired}: its grants are then removed from every role.
 * Simply dropping it from the catalogue leaves its grants in place (they are harmless
 * once no code checks it, and the platform cannot tell a former default from an
 * administrator's grant); start-up logs them.
 *
 * <pre>{@code
 * &#64;Bean
 * PermissionCatalogue registryPermissions() {
 *     return PermissionCatalogue.of("registry")
 *         .permission("registry:region:list", PLATFORM_ADMIN, HEALTH_REGULATOR)
 *         .build();
 * }
 * }</pre>
 *
 * @param module the module's name, the first part of each of its permissions
 * @param permissions what the module checks
 * @param retired permissions the module checked once; their grants are removed
 */
public record PermissionCatalogue(String module, List<Permission> permissions, Set<String> retired) {

	/**
	 * {@code module:resource:action}, lower case with hyphens; the database checks the
	 * same shape.
	 */
	static final Pattern NAME = Pattern.compile("[a-z]+:[a-z-]+:[a-z-]+");

	public PermissionCatalogue {
		permissions = List.copyOf(permissions);
		retired = Set.copyOf(retired);
		for (Permission permission : permissions) {
			requireOwn(module, permission.name());
		}
		retired.forEach(name -> requireOwn(module, name));
	}

	public static Builder of(String module) {
		return new Builder(module);
	}

	/**
	 * One permission.
	 *
	 * @param name {@code module:resource:action}, as
	 * {@code @PreAuthorize("hasAuthority(...)")} checks it
	 * @param labelKey message key of the human label
	 * ({@code permission.<module>.<resource>.<action>} by default)
	 * @param defaultRoles the roles granted it unless an administrator decides otherwise
	 */
	public record Permission(String name, String labelKey, Set<Role> defaultRoles) {

		public Permission {
			if (name == null || !NAME.matcher(name).matches()) {
				throw new IllegalArgumentException("permission must read module:resource:action, got: " + name);
			}
			defaultRoles = defaultRoles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(defaultRoles));
		}

		/**
		 * The default label key of a permission: {@code permission.registry.region.list}.
		 */
		public static String labelKeyOf(String name) {
			return "permission." + name.replace(':', '.');
		}

	}

	public static final class Builder {

		private final String module;

		private final List<Permission> permissions = new ArrayList<>();

		private final List<String> retired = new ArrayList<>();

		private Builder(String module) {
			this.module = module;
		}

		/**
		 * A permission labelled {@code permission.<module>.<resource>.<action>}, held by
		 * default by {@code roles}.
		 */
		public Builder permission(String name, Role... roles) {
			permissions.add(new Permission(name, Permission.labelKeyOf(name), Set.copyOf(Arrays.asList(roles))));
			return this;
		}

		/** A permission no longer checked: every role loses it at the next start. */
		public Builder retired(String name) {
			retired.add(name);
			return this;
		}

		public PermissionCatalogue build() {
			return new PermissionCatalogue(module, permissions, Set.copyOf(retired));
		}

	}

	private static void requireOwn(String module, String name) {
		if (name == null || !NAME.matcher(name).matches() || !name.startsWith(module + ":")) {
			throw new IllegalArgumentException(
					"module " + module + " may only declare " + module + ":resource:action permissions, got: " + name);
		}
	}

}
