package org.sanyi.clinical.referral.config;

import org.sanyi.security.NavigationItem;
import org.sanyi.security.NavigationItem.Pillar;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** 双向转诊 for doctors; 我的转诊 on the resident's portal. */
@Configuration(proxyBeanMethods = false)
class ReferralNavigation {

	@Bean
	NavigationItem referralLink() {
		return NavigationItem.of(Pillar.MEDICAL, 60, "ref.nav.referrals", "/referral", "referral:referral:view");
	}

	@Bean
	NavigationItem referralPortalLink() {
		return NavigationItem.of(Pillar.PORTAL, 27, "ref.nav.mine", "/portal/referrals", "referral:portal:own");
	}

}
