package org.sanyi.clinical.appointment.config;

import java.util.List;

import org.sanyi.clinical.appointment.booking.AppointmentFacts;
import org.sanyi.security.PermissionCatalogue;
import org.sanyi.shared.facts.DataElementCatalogue;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static org.sanyi.security.Role.DOCTOR;
import static org.sanyi.security.Role.RESIDENT;

/**
 * Residents book, cancel, wait and answer surveys on the portal; hospital staff (the
 * outpatient desk, and the HIS through a token of an account of the hospital) report
 * check-ins and calls and book for residents at the counter. The data elements the module
 * reports to monitoring are declared here too.
 */
@Configuration(proxyBeanMethods = false)
class AppointmentPermissions {

	@Bean
	PermissionCatalogue appointmentPermissionCatalogue() {
		return PermissionCatalogue.of("appointment")
			.permission("appointment:portal:own", RESIDENT)
			.permission("appointment:queue:manage", DOCTOR)
			.permission("appointment:booking:create", DOCTOR)
			.build();
	}

	@Bean
	DataElementCatalogue appointmentDataElements() {
		return DataElementCatalogue.of(AppointmentFacts.SOURCE, List.copyOf(AppointmentFacts.ELEMENTS));
	}

}
