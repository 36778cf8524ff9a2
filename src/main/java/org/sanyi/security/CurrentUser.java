package org.sanyi.security;

import java.util.Set;

/** The signed-in user as other modules see it: identity, role, permissions and data scope. */
public record CurrentUser(long id, String username, String displayName, String roleCode, Set<String> permissions,
		DataScope scope) {

	public CurrentUser {
		permissions = Set.copyOf(permissions);
	}

	public boolean can(String permission) {
		return permissions.contains(permission);
	}

}
