package org.sanyi.security;

import java.io.Serializable;
import java.util.Set;

/**
 * The signed-in user as other modules see it: identity, role, permissions and data scope.
 * Serializable: it is part of the session's security context, which Spring Session stores
 * in PostgreSQL for every node to read.
 */
public record CurrentUser(long id, String username, String displayName, String roleCode, Set<String> permissions,
		DataScope scope) implements Serializable {

	public CurrentUser {
		permissions = Set.copyOf(permissions);
	}

	public boolean can(String permission) {
		return permissions.contains(permission);
	}

}
