package org.sanyi.security.internal;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Successful and failed logins and logouts go to the audit log; failures also count
 * towards the sign-in throttle, and a success clears the account's count.
 */
@Component
class LoginAudit {

	private final AuditLogService audit;

	private final AccountRepository accounts;

	private final LoginThrottle throttle;

	LoginAudit(AuditLogService audit, AccountRepository accounts, LoginThrottle throttle) {
		this.audit = audit;
		this.accounts = accounts;
		this.throttle = throttle;
	}

	@EventListener
	void success(AuthenticationSuccessEvent event) {
		if (event.getAuthentication().getPrincipal() instanceof AccountDetails account) {
			accounts.touchLogin(account.getUsername());
			throttle.succeeded(account.getUsername());
			audit.write(account.currentUser(), "LOGIN", "security:session", null, null, AuditLogService.clientIp(),
					"SUCCESS");
		}
	}

	@EventListener
	void failure(AbstractAuthenticationFailureEvent event) {
		throttle.failed(throttle.accountKey(event.getAuthentication().getName()), AuditLogService.clientIp());
		audit.writeAnonymous(event.getAuthentication().getName(), "LOGIN_FAILED", "security:session",
				event.getException().getClass().getSimpleName(), AuditLogService.clientIp(), "FAILED");
	}

	@EventListener
	void logout(LogoutSuccessEvent event) {
		if (event.getAuthentication().getPrincipal() instanceof AccountDetails account) {
			audit.write(account.currentUser(), "LOGOUT", "security:session", null, null, AuditLogService.clientIp(),
					"SUCCESS");
		}
	}

}
