package org.sanyi.security.internal;

import java.util.Collection;
import java.util.stream.Stream;

import org.sanyi.security.CurrentUser;
import org.sanyi.security.CurrentUsers;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The principal of a signed-in session or token: the user's permissions are its
 * authorities. A session keeps it serialised in PostgreSQL (Spring Session JDBC), without
 * the password hash, which only the login needed.
 */
record AccountDetails(CurrentUser currentUser, String passwordHash,
		boolean enabled) implements UserDetails, CurrentUsers.UserHolder {

	@java.io.Serial
	private Object writeReplace() {
		return passwordHash == null ? this : new AccountDetails(currentUser, null, enabled);
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return Stream.concat(Stream.of("ROLE_" + currentUser.roleCode()), currentUser.permissions().stream())
			.map(SimpleGrantedAuthority::new)
			.toList();
	}

	@Override
	public String getPassword() {
		return passwordHash;
	}

	@Override
	public String getUsername() {
		return currentUser.username();
	}

	@Override
	public boolean isEnabled() {
		return enabled;
	}

}
