package org.sanyi.drg.config;

import org.sanyi.security.PermissionCatalogue;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static org.sanyi.security.Role.DOCTOR;
import static org.sanyi.security.Role.HEALTH_REGULATOR;
import static org.sanyi.security.Role.INSURANCE_CLERK;
import static org.sanyi.security.Role.INSURANCE_OFFICER;
import static org.sanyi.security.Role.PLATFORM_ADMIN;

/**
 * Grouping schemes are browsed by everyone but residents and imported by the bureau;
 * cases are grouped by the bureau and the hospitals. Settlement lists are the hospital's
 * own or the officer's region; the hospital DRG report and the monthly settlement are the
 * bureau's (hospitals read their own report); payment parameters are proposed and
 * approved by two different insurance officers.
 */
@Configuration(proxyBeanMethods = false)
class DrgPermissions {

	@Bean
	PermissionCatalogue drgPermissionCatalogue() {
		return PermissionCatalogue.of("drg")
			.permission("drg:scheme:list", PLATFORM_ADMIN, HEALTH_REGULATOR, INSURANCE_OFFICER, DOCTOR, INSURANCE_CLERK)
			.permission("drg:scheme:import", PLATFORM_ADMIN, INSURANCE_OFFICER)
			.permission("drg:group:run", PLATFORM_ADMIN, INSURANCE_OFFICER, DOCTOR, INSURANCE_CLERK)
			.permission("drg:case:list", PLATFORM_ADMIN, INSURANCE_OFFICER, DOCTOR, INSURANCE_CLERK)
			.permission("drg:report:list", PLATFORM_ADMIN, HEALTH_REGULATOR, INSURANCE_OFFICER, INSURANCE_CLERK)
			.permission("drg:settlement:run", PLATFORM_ADMIN, INSURANCE_OFFICER)
			.permission("drg:param:list", PLATFORM_ADMIN, HEALTH_REGULATOR, INSURANCE_OFFICER)
			.permission("drg:param:edit", INSURANCE_OFFICER)
			.permission("drg:param:approve", INSURANCE_OFFICER)
			.build();
	}

}
