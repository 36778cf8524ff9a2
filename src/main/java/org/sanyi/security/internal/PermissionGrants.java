package org.sanyi.security.internal;

import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The rows of {@code sec_role_permission}: which role holds which permission. */
@Repository
class PermissionGrants {

	/** One role holding one permission. */
	record Grant(String role, String permission) {
	}

	private final JdbcClient jdbc;

	PermissionGrants(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Set<Grant> all() {
		return Set.copyOf(
				jdbc.sql("select role_code as role, permission from sec_role_permission").query(Grant.class).list());
	}

	/**
	 * Grants it unless the role holds it already (another node may be granting the same
	 * at the same moment).
	 */
	boolean grant(Grant grant) {
		return jdbc.sql("""
				insert into sec_role_permission (role_code, permission) values (:role, :permission)
				on conflict (role_code, permission) do nothing""")
			.param("role", grant.role())
			.param("permission", grant.permission())
			.update() == 1;
	}

	/** Takes the permission from every role; returns how many roles held it. */
	int revokeEverywhere(String permission) {
		return jdbc.sql("delete from sec_role_permission where permission = :p").param("p", permission).update();
	}

	Set<String> roles() {
		return jdbc.sql("select code from sec_role").query(String.class).list().stream().collect(Collectors.toSet());
	}

}
