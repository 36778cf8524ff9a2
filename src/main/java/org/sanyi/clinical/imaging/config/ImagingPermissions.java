package org.sanyi.clinical.imaging.config;

import static org.sanyi.security.Role.DOCTOR;

import org.sanyi.security.PermissionCatalogue;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Doctors send their institution's studies for reading; radiologists (doctors of an
 * imaging centre) read, report and sign what is sent to their institution.
 */
@Configuration(proxyBeanMethods = false)
class ImagingPermissions {

	@Bean
	PermissionCatalogue imagingPermissionCatalogue() {
		return PermissionCatalogue.of("imaging")
			.permission("imaging:study:send", DOCTOR)
			.permission("imaging:reading:report", DOCTOR)
			.build();
	}

}
