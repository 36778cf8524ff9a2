package org.sanyi.registry.internal;

import org.sanyi.security.NavigationItem;
import org.sanyi.security.NavigationItem.Pillar;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The registry's pages under 基础数据. */
@Configuration(proxyBeanMethods = false)
class RegistryNavigation {

	@Bean
	NavigationItem registryRegionsLink() {
		return NavigationItem.of(Pillar.BASE, 10, "nav.regions", "/registry/regions", "registry:region:list");
	}

	@Bean
	NavigationItem registryInstitutionsLink() {
		return NavigationItem.of(Pillar.BASE, 20, "nav.institutions", "/registry/institutions",
				"registry:institution:list");
	}

	@Bean
	NavigationItem registryAlliancesLink() {
		return NavigationItem.of(Pillar.BASE, 30, "nav.alliances", "/registry/alliances", "registry:alliance:list");
	}

}
