package org.sanyi.clinical.imaging.config;

import org.sanyi.security.NavigationItem;
import org.sanyi.security.NavigationItem.Pillar;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** 远程影像诊断 in 医疗. */
@Configuration(proxyBeanMethods = false)
class ImagingNavigation {

	@Bean
	NavigationItem imagingLink() {
		return NavigationItem.of(Pillar.MEDICAL, 120, "imaging.nav", "/clinical/imaging", "imaging:reading:report",
				"imaging:study:send");
	}

}
