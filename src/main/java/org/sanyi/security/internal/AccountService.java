package org.sanyi.security.internal;

import java.util.Optional;

import org.sanyi.security.CurrentUser;
import org.sanyi.security.DataScope;
import org.sanyi.security.SecurityErrors;
import org.sanyi.security.UserAccounts;
import org.sanyi.shared.BusinessException;
import org.sanyi.shared.RegionCode;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class AccountService implements UserAccounts, UserDetailsService {

	private final AccountRepository accounts;

	private final PasswordEncoder passwords;

	AccountService(AccountRepository accounts, PasswordEncoder passwords) {
		this.accounts = accounts;
		this.passwords = passwords;
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		return accounts.findByUsername(username)
			.or(() -> LoginCodes.isMobile(username) ? accounts.findByPhone(username) : Optional.empty())
			.orElseThrow(() -> new UsernameNotFoundException(username));
	}

	@Override
	@Transactional
	public long ensure(NewAccount account) {
		Optional<Long> existing = accounts.idOf(account.username());
		if (existing.isPresent()) {
			return existing.get();
		}
		if (!accounts.roleExists(account.roleCode())) {
			throw new BusinessException(SecurityErrors.UNKNOWN_ROLE, account.roleCode());
		}
		if (account.rawPassword() == null || account.rawPassword().length() < 8) {
			throw new BusinessException(SecurityErrors.WEAK_PASSWORD, 8);
		}
		checkScope(account);
		return accounts.insert(account.username(), passwords.encode(account.rawPassword()), account.displayName(),
				account.roleCode(), account.regionCode(), account.institutionCode(), account.residentRef(),
				account.phone());
	}

	private void checkScope(NewAccount account) {
		DataScope.Kind kind = DataScope.Kind.valueOf(accounts.scopeKindOf(account.roleCode()));
		boolean ok = switch (kind) {
			case ALL -> true;
			case REGION -> account.regionCode() != null && RegionCode.isWellFormed(account.regionCode());
			case INSTITUTION -> account.institutionCode() != null && account.regionCode() != null;
			case SELF -> account.residentRef() != null;
		};
		if (!ok) {
			throw new BusinessException(SecurityErrors.SCOPE_MISSING, account.username(), kind);
		}
	}

	@Override
	public Optional<CurrentUser> findByUsername(String username) {
		return accounts.findByUsername(username).map(AccountDetails::currentUser);
	}

}
