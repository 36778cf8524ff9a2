package org.sanyi.drg.internal;

import org.sanyi.security.NavigationItem;
import org.sanyi.security.NavigationItem.Pillar;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** DRG's pages under 医保, after insurance's own. */
@Configuration(proxyBeanMethods = false)
class DrgNavigation {

	@Bean
	NavigationItem drgSchemesLink() {
		return NavigationItem.of(Pillar.INSURANCE, 110, "nav.drgSchemes", "/drg/schemes", "drg:scheme:list");
	}

	@Bean
	NavigationItem drgGroupLink() {
		return NavigationItem.of(Pillar.INSURANCE, 120, "nav.drgGroup", "/drg/group", "drg:group:run");
	}

	@Bean
	NavigationItem drgCasesLink() {
		return NavigationItem.of(Pillar.INSURANCE, 130, "nav.drgCases", "/drg/cases", "drg:case:list");
	}

	@Bean
	NavigationItem drgReportLink() {
		return NavigationItem.of(Pillar.INSURANCE, 140, "nav.drgReport", "/drg/report", "drg:report:list");
	}

	@Bean
	NavigationItem drgParamsLink() {
		return NavigationItem.of(Pillar.INSURANCE, 150, "nav.drgParams", "/drg/params", "drg:param:list");
	}

}
