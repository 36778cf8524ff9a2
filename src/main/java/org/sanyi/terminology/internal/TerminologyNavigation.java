package org.sanyi.terminology.internal;

import org.sanyi.security.NavigationItem;
import org.sanyi.security.NavigationItem.Pillar;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Code systems and catalogues under 基础数据, after the registry. */
@Configuration(proxyBeanMethods = false)
class TerminologyNavigation {

	@Bean
	NavigationItem terminologySystemsLink() {
		return NavigationItem.of(Pillar.BASE, 110, "nav.codeSystems", "/terminology/systems", "terminology:code:list");
	}

	@Bean
	NavigationItem terminologyCatalogueLink() {
		return NavigationItem.of(Pillar.BASE, 120, "nav.catalogue", "/terminology/catalogue", "terminology:code:list");
	}

}
