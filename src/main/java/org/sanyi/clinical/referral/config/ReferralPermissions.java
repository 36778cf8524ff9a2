package org.sanyi.clinical.referral.config;

import java.util.List;

import org.sanyi.clinical.referral.internal.ReferralFacts;
import org.sanyi.security.PermissionCatalogue;
import org.sanyi.shared.facts.DataElementCatalogue;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static org.sanyi.security.Role.DOCTOR;
import static org.sanyi.security.Role.RESIDENT;

/**
 * Doctors refer their patients and answer the referrals sent to their institution;
 * residents follow their own referrals on the portal. The data elements the module
 * reports to monitoring are declared here too.
 */
@Configuration(proxyBeanMethods = false)
class ReferralPermissions {

	@Bean
	PermissionCatalogue referralPermissionCatalogue() {
		return PermissionCatalogue.of("referral")
			.permission("referral:referral:view", DOCTOR)
			.permission("referral:referral:write", DOCTOR)
			.permission("referral:portal:own", RESIDENT)
			.build();
	}

	@Bean
	DataElementCatalogue referralDataElements() {
		return DataElementCatalogue.of(ReferralFacts.SOURCE, List.copyOf(ReferralFacts.ELEMENTS));
	}

}
