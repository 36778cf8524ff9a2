package org.sanyi.identity.config;

import org.sanyi.security.NavigationItem;
import org.sanyi.security.NavigationItem.Pillar;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The resident's portal (我的健康) and the index pages of regulators and administrators (医疗).
 */
@Configuration(proxyBeanMethods = false)
class IdentityNavigation {

	@Bean
	NavigationItem identityPortalLink() {
		return NavigationItem.of(Pillar.PORTAL, 10, "nav.portalHome", "/portal", "identity:portal:own");
	}

	@Bean
	NavigationItem identityHealthCodeLink() {
		return NavigationItem.of(Pillar.PORTAL, 20, "nav.healthCode", "/portal/code", "identity:portal:own");
	}

	@Bean
	NavigationItem identityConsentsLink() {
		return NavigationItem.of(Pillar.PORTAL, 40, "nav.consents", "/portal/consents", "identity:portal:own");
	}

	@Bean
	NavigationItem identityAccessLogLink() {
		return NavigationItem.of(Pillar.PORTAL, 50, "nav.access", "/portal/access", "identity:portal:own");
	}

	@Bean
	NavigationItem identityResidentsLink() {
		return NavigationItem.of(Pillar.MEDICAL, 10, "nav.residents", "/identity/residents", "identity:resident:list");
	}

	@Bean
	NavigationItem identityDeathsLink() {
		return NavigationItem.of(Pillar.MEDICAL, 15, "identity.deaths.title", "/identity/deaths",
				"identity:death:list");
	}

	@Bean
	NavigationItem identityReviewLink() {
		return NavigationItem.of(Pillar.MEDICAL, 20, "nav.review", "/identity/review", "identity:review:list");
	}

	@Bean
	NavigationItem identityBreakGlassLink() {
		return NavigationItem.of(Pillar.MEDICAL, 30, "identity.breakglass.title", "/identity/break-glass",
				"identity:breakglass:list");
	}

	@Bean
	NavigationItem identityParametersLink() {
		return NavigationItem.of(Pillar.MEDICAL, 40, "identity.parameters.title", "/identity/parameters",
				"identity:parameters:manage");
	}

}
