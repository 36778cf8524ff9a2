package org.sanyi.clinical.familydoctor.config;

import java.util.List;

import org.sanyi.clinical.familydoctor.internal.FamilyDoctorFacts;
import org.sanyi.security.PermissionCatalogue;
import org.sanyi.shared.facts.DataElementCatalogue;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static org.sanyi.security.Role.DOCTOR;
import static org.sanyi.security.Role.HEALTH_REGULATOR;
import static org.sanyi.security.Role.RESIDENT;

/**
 * The team (doctors of a primary-care centre) records follow-ups and works its task list;
 * the health commission and the centres see the county health-management centre's counts;
 * residents see, sign, renew and end their own contract. The team signs, renews and ends
 * its residents' contracts; a county bureau sees its county's contracts and records what
 * the public-health fund paid the teams (拨付). The KPIs' data elements are declared here
 * too.
 */
@Configuration(proxyBeanMethods = false)
class FamilyDoctorPermissions {

	@Bean
	PermissionCatalogue familyDoctorPermissionCatalogue() {
		return PermissionCatalogue.of("familydoctor")
			.permission("familydoctor:team:work", DOCTOR)
			.permission("familydoctor:centre:view", HEALTH_REGULATOR, DOCTOR)
			.permission("familydoctor:contract:view", HEALTH_REGULATOR, DOCTOR)
			.permission("familydoctor:contract:sign", DOCTOR)
			.permission("familydoctor:population:edit", HEALTH_REGULATOR)
			.permission("familydoctor:public-health:disburse", HEALTH_REGULATOR)
			.permission("familydoctor:portal:own", RESIDENT)
			.build();
	}

	@Bean
	DataElementCatalogue familyDoctorDataElements() {
		return DataElementCatalogue.of(FamilyDoctorFacts.SOURCE, List.copyOf(FamilyDoctorFacts.ELEMENTS));
	}

}
