package org.sanyi.security;

import java.util.Optional;

/** Creating and finding accounts, for the demo generator and the user pages. */
public interface UserAccounts {

	/** Creates the account if its username is free; returns its id either way. */
	long ensure(NewAccount account);

	Optional<CurrentUser> findByUsername(String username);

	/** A new account; {@code rawPassword} is hashed before it is stored. */
	record NewAccount(String username, String rawPassword, String displayName, String roleCode, String regionCode,
			String institutionCode, String residentRef, String phone) {
	}

}
