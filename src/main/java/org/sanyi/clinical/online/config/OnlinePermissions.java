package org.sanyi.clinical.online.config;

import org.sanyi.security.PermissionCatalogue;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static org.sanyi.security.Role.DOCTOR;
import static org.sanyi.security.Role.RESIDENT;

/**
 * Doctors work their institution's online clinic (follow-up visits, renewals,
 * post-discharge check-ins); residents request follow-ups and renewals for themselves.
 */
@Configuration(proxyBeanMethods = false)
class OnlinePermissions {

	@Bean
	PermissionCatalogue onlinePermissionCatalogue() {
		return PermissionCatalogue.of("online")
			.permission("online:clinic:work", DOCTOR)
			.permission("online:portal:own", RESIDENT)
			.build();
	}

}
