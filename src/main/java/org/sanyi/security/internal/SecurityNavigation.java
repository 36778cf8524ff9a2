package org.sanyi.security.internal;

import org.sanyi.security.NavigationItem;
import org.sanyi.security.NavigationItem.Pillar;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Security's pages: users (administrators), the audit log, API tokens and the API docs,
 * which every role with a token or the audit log uses.
 */
@Configuration(proxyBeanMethods = false)
class SecurityNavigation {

	@Bean
	NavigationItem securityUsersLink() {
		return NavigationItem.of(Pillar.SYSTEM, 10, "nav.users", "/security/users", "security:user:list");
	}

	@Bean
	NavigationItem securityAuditLink() {
		return NavigationItem.of(Pillar.SYSTEM, 20, "nav.audit", "/security/audit", "security:audit:list");
	}

	@Bean
	NavigationItem securityTokensLink() {
		return NavigationItem.of(Pillar.SYSTEM, 30, "nav.tokens", "/security/tokens", "security:token:own");
	}

	@Bean
	NavigationItem securityApiDocsLink() {
		return NavigationItem.of(Pillar.SYSTEM, 40, "nav.apiDocs", "/swagger-ui.html", "security:audit:list",
				"security:token:own");
	}

}
