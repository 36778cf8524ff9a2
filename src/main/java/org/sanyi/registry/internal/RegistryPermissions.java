package org.sanyi.registry.internal;

import org.sanyi.security.PermissionCatalogue;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static org.sanyi.security.Role.DOCTOR;
import static org.sanyi.security.Role.HEALTH_REGULATOR;
import static org.sanyi.security.Role.INSURANCE_CLERK;
import static org.sanyi.security.Role.INSURANCE_OFFICER;
import static org.sanyi.security.Role.PLATFORM_ADMIN;

/**
 * Regulators and insurance officers list and export what lies in their region; doctors
 * and insurance clerks list only their own institution (the data scope narrows it);
 * residents get none. Writes are the platform administrator's.
 */
@Configuration(proxyBeanMethods = false)
class RegistryPermissions {

	@Bean
	PermissionCatalogue registryPermissionCatalogue() {
		return PermissionCatalogue.of("registry")
			.permission("registry:region:list", PLATFORM_ADMIN, HEALTH_REGULATOR, INSURANCE_OFFICER, DOCTOR,
					INSURANCE_CLERK)
			.permission("registry:region:export", PLATFORM_ADMIN, HEALTH_REGULATOR, INSURANCE_OFFICER)
			.permission("registry:region:edit", PLATFORM_ADMIN)
			.permission("registry:institution:list", PLATFORM_ADMIN, HEALTH_REGULATOR, INSURANCE_OFFICER, DOCTOR,
					INSURANCE_CLERK)
			.permission("registry:institution:export", PLATFORM_ADMIN, HEALTH_REGULATOR, INSURANCE_OFFICER)
			.permission("registry:institution:edit", PLATFORM_ADMIN)
			.permission("registry:alliance:list", PLATFORM_ADMIN, HEALTH_REGULATOR, INSURANCE_OFFICER, DOCTOR,
					INSURANCE_CLERK)
			.permission("registry:alliance:export", PLATFORM_ADMIN, HEALTH_REGULATOR, INSURANCE_OFFICER)
			.permission("registry:alliance:edit", PLATFORM_ADMIN)
			.build();
	}

}
