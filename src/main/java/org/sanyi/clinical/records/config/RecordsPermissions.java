package org.sanyi.clinical.records.config;

import static org.sanyi.security.Role.DOCTOR;
import static org.sanyi.security.Role.RESIDENT;

import org.sanyi.security.PermissionCatalogue;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Hospitals send records (their systems with a doctor's account token) and doctors read a
 * resident's record under consent or break-glass; residents read their own reports and
 * records on the portal. Regulators see no clinical content.
 */
@Configuration(proxyBeanMethods = false)
class RecordsPermissions {

	@Bean
	PermissionCatalogue recordsPermissionCatalogue() {
		return PermissionCatalogue.of("records")
			.permission("records:bundle:submit", DOCTOR)
			.permission("records:record:read", DOCTOR)
			.permission("records:portal:own", RESIDENT)
			.build();
	}

}
