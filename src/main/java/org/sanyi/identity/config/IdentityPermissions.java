package org.sanyi.identity.config;

import org.sanyi.security.PermissionCatalogue;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static org.sanyi.security.Role.DOCTOR;
import static org.sanyi.security.Role.HEALTH_REGULATOR;
import static org.sanyi.security.Role.INSURANCE_CLERK;
import static org.sanyi.security.Role.INSURANCE_OFFICER;
import static org.sanyi.security.Role.PLATFORM_ADMIN;
import static org.sanyi.security.Role.RESIDENT;

/**
 * Hospitals register patients, verify health codes and decode e-vouchers; regulators
 * (their region) search residents, review uncertain pairs and emergency (break-glass)
 * reads; administrators also issue cards and manage the matching parameters; residents
 * use the portal (their code, identifiers, consents, access and scan logs). Deaths are
 * registered by doctors (the 死亡医学证明 of their institution) and by regulators (the
 * civil-affairs and public-security feeds of their region); the bureau sees them.
 */
@Configuration(proxyBeanMethods = false)
class IdentityPermissions {

	@Bean
	PermissionCatalogue identityPermissionCatalogue() {
		return PermissionCatalogue.of("identity")
			.permission("identity:patient:register", DOCTOR, INSURANCE_CLERK)
			.permission("identity:resident:read", PLATFORM_ADMIN, HEALTH_REGULATOR, INSURANCE_OFFICER, DOCTOR,
					INSURANCE_CLERK, RESIDENT)
			.permission("identity:resident:list", PLATFORM_ADMIN, HEALTH_REGULATOR)
			.permission("identity:review:list", PLATFORM_ADMIN, HEALTH_REGULATOR)
			.permission("identity:review:decide", PLATFORM_ADMIN, HEALTH_REGULATOR)
			.permission("identity:card:issue", PLATFORM_ADMIN)
			.permission("identity:code:verify", DOCTOR, INSURANCE_CLERK)
			.permission("identity:evoucher:decode", DOCTOR, INSURANCE_CLERK)
			.permission("identity:portal:own", RESIDENT)
			.permission("identity:breakglass:list", PLATFORM_ADMIN, HEALTH_REGULATOR)
			.permission("identity:breakglass:review", PLATFORM_ADMIN, HEALTH_REGULATOR)
			.permission("identity:parameters:manage", PLATFORM_ADMIN)
			.permission("identity:death:register", PLATFORM_ADMIN, HEALTH_REGULATOR, DOCTOR)
			.permission("identity:death:list", PLATFORM_ADMIN, HEALTH_REGULATOR, INSURANCE_OFFICER)
			.build();
	}

}
