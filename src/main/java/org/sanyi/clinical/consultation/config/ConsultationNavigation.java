package org.sanyi.clinical.consultation.config;

import org.sanyi.security.NavigationItem;
import org.sanyi.security.NavigationItem.Pillar;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** 远程会诊 in 医疗. */
@Configuration(proxyBeanMethods = false)
class ConsultationNavigation {

	@Bean
	NavigationItem consultationLink() {
		return NavigationItem.of(Pillar.MEDICAL, 130, "consultation.nav", "/clinical/consultations",
				"consultation:consultation:use");
	}

}
