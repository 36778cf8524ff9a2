package org.sanyi.terminology.internal;

import org.sanyi.security.PermissionCatalogue;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static org.sanyi.security.Role.DOCTOR;
import static org.sanyi.security.Role.HEALTH_REGULATOR;
import static org.sanyi.security.Role.INSURANCE_CLERK;
import static org.sanyi.security.Role.INSURANCE_OFFICER;
import static org.sanyi.security.Role.PLATFORM_ADMIN;

/**
 * Every role but residents browses code systems and catalogues; administrators and the
 * insurance bureau import.
 */
@Configuration(proxyBeanMethods = false)
class TerminologyPermissions {

	@Bean
	PermissionCatalogue terminologyPermissionCatalogue() {
		return PermissionCatalogue.of("terminology")
			.permission("terminology:code:list", PLATFORM_ADMIN, HEALTH_REGULATOR, INSURANCE_OFFICER, DOCTOR,
					INSURANCE_CLERK)
			.permission("terminology:code:import", PLATFORM_ADMIN, INSURANCE_OFFICER)
			.build();
	}

}
