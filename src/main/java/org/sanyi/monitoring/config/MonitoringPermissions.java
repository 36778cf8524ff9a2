package org.sanyi.monitoring.config;

import org.sanyi.security.PermissionCatalogue;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static org.sanyi.security.Role.DOCTOR;
import static org.sanyi.security.Role.HEALTH_REGULATOR;
import static org.sanyi.security.Role.INSURANCE_CLERK;
import static org.sanyi.security.Role.INSURANCE_OFFICER;
import static org.sanyi.security.Role.PLATFORM_ADMIN;

/**
 * Indicators are read by the regulators of both bureaus within their region and by
 * hospital staff for their own institution; definitions are proposed and approved by two
 * different health-commission officers (the commission owns the reform indicators); the
 * fact error queue is for the platform and the regulators. A hospital's monthly report
 * form is filled by its 医保办 (the demo's institution-level clerk) and approved by a
 * health-commission officer of its region.
 */
@Configuration(proxyBeanMethods = false)
class MonitoringPermissions {

	@Bean
	PermissionCatalogue monitoringPermissionCatalogue() {
		return PermissionCatalogue.of("monitoring")
			.permission("monitoring:dashboard:view", PLATFORM_ADMIN, HEALTH_REGULATOR, INSURANCE_OFFICER, DOCTOR,
					INSURANCE_CLERK)
			.permission("monitoring:indicator:list", PLATFORM_ADMIN, HEALTH_REGULATOR, INSURANCE_OFFICER, DOCTOR,
					INSURANCE_CLERK)
			.permission("monitoring:indicator:edit", HEALTH_REGULATOR)
			.permission("monitoring:indicator:approve", HEALTH_REGULATOR)
			.permission("monitoring:alert:list", PLATFORM_ADMIN, HEALTH_REGULATOR, INSURANCE_OFFICER)
			.permission("monitoring:alert:edit", HEALTH_REGULATOR, INSURANCE_OFFICER)
			.permission("monitoring:fact:list", PLATFORM_ADMIN, HEALTH_REGULATOR, INSURANCE_OFFICER)
			.permission("monitoring:screen:view", PLATFORM_ADMIN, HEALTH_REGULATOR, INSURANCE_OFFICER)
			.permission("monitoring:screen:share", PLATFORM_ADMIN, HEALTH_REGULATOR, INSURANCE_OFFICER)
			.permission("monitoring:zone:view", PLATFORM_ADMIN, HEALTH_REGULATOR, INSURANCE_OFFICER)
			.permission("monitoring:report:list", PLATFORM_ADMIN, HEALTH_REGULATOR, INSURANCE_OFFICER, INSURANCE_CLERK)
			.permission("monitoring:report:fill", INSURANCE_CLERK)
			.permission("monitoring:report:approve", HEALTH_REGULATOR)
			.permission("monitoring:quality:list", PLATFORM_ADMIN, HEALTH_REGULATOR, INSURANCE_OFFICER)
			.permission("monitoring:quality:edit", HEALTH_REGULATOR, INSURANCE_OFFICER)
			.permission("monitoring:quality:approve", HEALTH_REGULATOR)
			.permission("monitoring:performance:list", PLATFORM_ADMIN, HEALTH_REGULATOR)
			.build();
	}

}
