package org.sanyi.supervision.config;

import org.sanyi.security.PermissionCatalogue;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static org.sanyi.security.Role.DOCTOR;
import static org.sanyi.security.Role.HEALTH_REGULATOR;
import static org.sanyi.security.Role.INSURANCE_CLERK;
import static org.sanyi.security.Role.INSURANCE_OFFICER;
import static org.sanyi.security.Role.PLATFORM_ADMIN;

/**
 * The rule library is read by the bureau and the regulator and changed by two insurance
 * officers (one proposes, the other approves); batch audits are run by the bureau;
 * suspicions are read by the bureau, the regulator and the hospital's 医保办 (its own),
 * answered by the hospital and decided by the bureau; a doctor reads why their own
 * settlements were flagged.
 */
@Configuration(proxyBeanMethods = false)
class SupervisionPermissions {

	@Bean
	PermissionCatalogue supervisionPermissionCatalogue() {
		return PermissionCatalogue.of("supervision")
			.permission("supervision:rule:list", PLATFORM_ADMIN, HEALTH_REGULATOR, INSURANCE_OFFICER)
			.permission("supervision:rule:edit", INSURANCE_OFFICER)
			.permission("supervision:rule:approve", INSURANCE_OFFICER)
			.permission("supervision:audit:run", PLATFORM_ADMIN, INSURANCE_OFFICER)
			.permission("supervision:suspicion:list", PLATFORM_ADMIN, HEALTH_REGULATOR, INSURANCE_OFFICER,
					INSURANCE_CLERK)
			.permission("supervision:suspicion:doctor", PLATFORM_ADMIN, HEALTH_REGULATOR, INSURANCE_OFFICER,
					INSURANCE_CLERK, DOCTOR)
			.permission("supervision:suspicion:answer", INSURANCE_CLERK)
			.permission("supervision:suspicion:decide", INSURANCE_OFFICER)
			.permission("supervision:inspection:list", PLATFORM_ADMIN, HEALTH_REGULATOR, INSURANCE_OFFICER)
			.build();
	}

}
