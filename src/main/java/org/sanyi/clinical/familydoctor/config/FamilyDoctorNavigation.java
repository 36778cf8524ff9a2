package org.sanyi.clinical.familydoctor.config;

import org.sanyi.security.NavigationItem;
import org.sanyi.security.NavigationItem.Pillar;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** 家庭医生工作台 and 慢病分级管理 for staff; 家庭医生 on the resident's portal. */
@Configuration(proxyBeanMethods = false)
class FamilyDoctorNavigation {

	@Bean
	NavigationItem familyDoctorTeamLink() {
		return NavigationItem.of(Pillar.MEDICAL, 70, "fd.nav.team", "/familydoctor", "familydoctor:team:work");
	}

	@Bean
	NavigationItem familyDoctorContractsLink() {
		return NavigationItem.of(Pillar.MEDICAL, 72, "fd.nav.contracts", "/familydoctor/contracts",
				"familydoctor:contract:view");
	}

	@Bean
	NavigationItem familyDoctorCentreLink() {
		return NavigationItem.of(Pillar.MEDICAL, 75, "fd.nav.centre", "/familydoctor/centre",
				"familydoctor:centre:view");
	}

	@Bean
	NavigationItem familyDoctorPortalLink() {
		return NavigationItem.of(Pillar.PORTAL, 28, "fd.nav.portal", "/portal/family-doctor",
				"familydoctor:portal:own");
	}

}
