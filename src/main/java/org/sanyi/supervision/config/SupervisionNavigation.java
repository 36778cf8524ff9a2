package org.sanyi.supervision.config;

import org.sanyi.security.NavigationItem;
import org.sanyi.security.NavigationItem.Pillar;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Fund supervision's pages under 医保, after DRG's (insurance 10–60, DRG 110–150). */
@Configuration(proxyBeanMethods = false)
class SupervisionNavigation {

	@Bean
	NavigationItem supervisionRulesLink() {
		return NavigationItem.of(Pillar.INSURANCE, 210, "nav.supervisionRules", "/supervision/rules",
				"supervision:rule:list");
	}

	@Bean
	NavigationItem supervisionSuspicionsLink() {
		return NavigationItem.of(Pillar.INSURANCE, 220, "nav.supervisionSuspicions", "/supervision/suspicions",
				"supervision:suspicion:list");
	}

	@Bean
	NavigationItem supervisionBatchesLink() {
		return NavigationItem.of(Pillar.INSURANCE, 222, "nav.supervisionBatches", "/supervision/batches",
				"supervision:suspicion:list");
	}

	@Bean
	NavigationItem supervisionDoctorLink() {
		return NavigationItem.of(Pillar.INSURANCE, 225, "nav.supervisionDoctor", "/supervision/doctor",
				"supervision:suspicion:doctor");
	}

	@Bean
	NavigationItem supervisionStatisticsLink() {
		return NavigationItem.of(Pillar.INSURANCE, 230, "nav.supervisionStatistics", "/supervision/statistics",
				"supervision:suspicion:list");
	}

}
