package org.sanyi.clinical.records.config;

import org.sanyi.security.NavigationItem;
import org.sanyi.security.NavigationItem.Pillar;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The doctor's 共享健康档案 (医疗) and the resident's 检查报告与病历 (我的健康). */
@Configuration(proxyBeanMethods = false)
class RecordsNavigation {

	@Bean
	NavigationItem recordsDoctorLink() {
		return NavigationItem.of(Pillar.MEDICAL, 100, "records.nav.records", "/clinical/records",
				"records:record:read");
	}

	@Bean
	NavigationItem recordsPortalLink() {
		return NavigationItem.of(Pillar.PORTAL, 35, "records.nav.portal", "/portal/records", "records:portal:own");
	}

}
