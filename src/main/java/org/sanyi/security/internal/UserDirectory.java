package org.sanyi.security.internal;

import java.time.OffsetDateTime;

import org.sanyi.security.DataScope;
import org.sanyi.shared.Page;
import org.sanyi.shared.PageQuery;

import org.springframework.stereotype.Service;

/**
 * The list of accounts an administrator or regulator may see: their own region's users.
 */
@Service
public class UserDirectory {

	private final AccountRepository accounts;

	UserDirectory(AccountRepository accounts) {
		this.accounts = accounts;
	}

	public Page<UserRow> search(String keyword, DataScope scope, PageQuery page) {
		if (scope.kind() == DataScope.Kind.INSTITUTION || scope.kind() == DataScope.Kind.SELF) {
			return page.page(java.util.List.of(), 0);
		}
		String kw = keyword == null ? "" : keyword.trim();
		String prefix = scope.regionPrefix();
		return page.page(accounts.users(prefix, kw, page.size(), page.offset()).stream().map(UserRow::of).toList(),
				accounts.countUsers(prefix, kw));
	}

	/** An account as listed; the phone is masked. */
	public record UserRow(long id, String username, String displayName, String roleCode, String regionCode,
			String institutionCode, String maskedPhone, boolean enabled, OffsetDateTime lastLoginAt) {

		static UserRow of(AccountRepository.UserView v) {
			return new UserRow(v.id(), v.username(), v.displayName(), v.roleCode(), v.regionCode(), v.institutionCode(),
					org.sanyi.shared.Masking.phone(v.phone()), v.enabled(), v.lastLoginAt());
		}

	}

}
