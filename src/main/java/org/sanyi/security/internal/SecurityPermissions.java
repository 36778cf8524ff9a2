package org.sanyi.security.internal;

import org.sanyi.security.PermissionCatalogue;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static org.sanyi.security.Role.DOCTOR;
import static org.sanyi.security.Role.HEALTH_REGULATOR;
import static org.sanyi.security.Role.INSURANCE_CLERK;
import static org.sanyi.security.Role.INSURANCE_OFFICER;
import static org.sanyi.security.Role.PLATFORM_ADMIN;

/**
 * Security's own permissions: the user list is the administrator's, the audit log the
 * supervisors', API tokens every role's but the residents'.
 */
@Configuration(proxyBeanMethods = false)
class SecurityPermissions {

	@Bean
	PermissionCatalogue securityPermissionCatalogue() {
		return PermissionCatalogue.of("security")
			.permission("security:user:list", PLATFORM_ADMIN)
			.permission("security:user:unlock", PLATFORM_ADMIN)
			.permission("security:audit:list", PLATFORM_ADMIN, HEALTH_REGULATOR, INSURANCE_OFFICER)
			.permission("security:audit:verify", PLATFORM_ADMIN)
			.permission("security:ops:metrics", PLATFORM_ADMIN)
			.permission("security:token:own", PLATFORM_ADMIN, HEALTH_REGULATOR, INSURANCE_OFFICER, DOCTOR,
					INSURANCE_CLERK)
			.build();
	}

}
