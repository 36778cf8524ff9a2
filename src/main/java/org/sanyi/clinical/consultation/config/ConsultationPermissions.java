package org.sanyi.clinical.consultation.config;

import static org.sanyi.security.Role.DOCTOR;

import org.sanyi.security.PermissionCatalogue;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Doctors request consultations for their patients and, at a consultant institution,
 * schedule and answer the ones sent to it.
 */
@Configuration(proxyBeanMethods = false)
class ConsultationPermissions {

	@Bean
	PermissionCatalogue consultationPermissionCatalogue() {
		return PermissionCatalogue.of("consultation").permission("consultation:consultation:use", DOCTOR).build();
	}

}
