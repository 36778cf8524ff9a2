package org.sanyi.insurance.config;

import org.sanyi.security.PermissionCatalogue;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static org.sanyi.security.Role.HEALTH_REGULATOR;
import static org.sanyi.security.Role.INSURANCE_CLERK;
import static org.sanyi.security.Role.INSURANCE_OFFICER;
import static org.sanyi.security.Role.PLATFORM_ADMIN;
import static org.sanyi.security.Role.RESIDENT;

/**
 * Insurance officers (their region) see settlements, policy versions, the fund ledger,
 * reconciliation and budgets, propose changes and approve other officers' proposals;
 * insurance clerks (their institution) see their own settlements, statements and their
 * group's budget; health regulators list settlements for supervision; residents see their
 * own insurance in the portal (我的医保).
 */
@Configuration(proxyBeanMethods = false)
class InsurancePermissions {

	@Bean
	PermissionCatalogue insurancePermissionCatalogue() {
		return PermissionCatalogue.of("insurance")
			.permission("insurance:settlement:list", PLATFORM_ADMIN, HEALTH_REGULATOR, INSURANCE_OFFICER,
					INSURANCE_CLERK)
			.permission("insurance:settlement:export", PLATFORM_ADMIN, INSURANCE_OFFICER, INSURANCE_CLERK)
			.permission("insurance:statement:list", PLATFORM_ADMIN, INSURANCE_CLERK)
			.permission("insurance:policy:list", PLATFORM_ADMIN, INSURANCE_OFFICER)
			.permission("insurance:policy:edit", INSURANCE_OFFICER)
			.permission("insurance:policy:approve", INSURANCE_OFFICER)
			.permission("insurance:ledger:list", PLATFORM_ADMIN, INSURANCE_OFFICER)
			.permission("insurance:reconcile:list", PLATFORM_ADMIN, INSURANCE_OFFICER)
			.permission("insurance:reconcile:run", PLATFORM_ADMIN, INSURANCE_OFFICER)
			.permission("insurance:budget:list", PLATFORM_ADMIN, INSURANCE_OFFICER, INSURANCE_CLERK)
			.permission("insurance:budget:export", PLATFORM_ADMIN, INSURANCE_OFFICER, INSURANCE_CLERK)
			.permission("insurance:budget:edit", INSURANCE_OFFICER)
			.permission("insurance:budget:approve", INSURANCE_OFFICER)
			.permission("insurance:budget:run", INSURANCE_OFFICER)
			.permission("insurance:portal:own", RESIDENT)
			.build();
	}

}
