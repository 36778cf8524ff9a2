package org.sanyi.clinical.recognition.config;

import static org.sanyi.security.Role.DOCTOR;

import org.sanyi.security.PermissionCatalogue;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Doctors (and their hospital's systems) look results up at order time and record their
 * decision.
 */
@Configuration(proxyBeanMethods = false)
class RecognitionPermissions {

	@Bean
	PermissionCatalogue recognitionPermissionCatalogue() {
		return PermissionCatalogue.of("recognition").permission("recognition:lookup:use", DOCTOR).build();
	}

}
