package org.sanyi.demo;

import org.sanyi.security.UserAccounts;
import org.sanyi.security.UserAccounts.NewAccount;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** The demo accounts of the roles that need no registry data. */
@Component
@Order(100)
class DemoAccounts implements DemoStep {

	static final String PASSWORD = "Sanyi@2026";

	private final UserAccounts accounts;

	DemoAccounts(UserAccounts accounts) {
		this.accounts = accounts;
	}

	@Override
	public String name() {
		return "accounts";
	}

	@Override
	public boolean run() {
		if (accounts.findByUsername("admin").isPresent()) {
			return false;
		}
		accounts.ensure(new NewAccount("admin", PASSWORD, "平台管理员", "PLATFORM_ADMIN", null, null, null, null));
		return true;
	}

}
