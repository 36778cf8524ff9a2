package org.sanyi.clinical.online.config;

import org.sanyi.security.NavigationItem;
import org.sanyi.security.NavigationItem.Pillar;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** 互联网医院 and 出院随访 for doctors; 在线复诊 on the resident's portal. */
@Configuration(proxyBeanMethods = false)
class OnlineNavigation {

	@Bean
	NavigationItem onlineClinicLink() {
		return NavigationItem.of(Pillar.MEDICAL, 80, "ol.nav.clinic", "/online", "online:clinic:work");
	}

	@Bean
	NavigationItem onlinePlansLink() {
		return NavigationItem.of(Pillar.MEDICAL, 85, "ol.nav.plans", "/online/plans", "online:clinic:work");
	}

	@Bean
	NavigationItem onlinePortalLink() {
		return NavigationItem.of(Pillar.PORTAL, 29, "ol.nav.portal", "/portal/online", "online:portal:own");
	}

}
