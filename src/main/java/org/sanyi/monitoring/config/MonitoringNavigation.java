package org.sanyi.monitoring.config;

import org.sanyi.security.NavigationItem;
import org.sanyi.security.NavigationItem.Pillar;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Monitoring's pages under 监管: the indicator browser first, then the definitions. */
@Configuration(proxyBeanMethods = false)
class MonitoringNavigation {

	@Bean
	NavigationItem monitoringIndicatorsLink() {
		return NavigationItem.of(Pillar.REGULATION, 10, "nav.monitoring.indicators", "/monitoring/indicators",
				"monitoring:indicator:list");
	}

	@Bean
	NavigationItem monitoringScreenLink() {
		return NavigationItem.of(Pillar.REGULATION, 12, "nav.monitoring.screen", "/monitoring/screen",
				"monitoring:screen:view");
	}

	@Bean
	NavigationItem monitoringZoneLink() {
		return NavigationItem.of(Pillar.REGULATION, 13, "nav.monitoring.zone", "/monitoring/zone/flows",
				"monitoring:zone:view");
	}

	@Bean
	NavigationItem monitoringAlertsLink() {
		return NavigationItem.of(Pillar.REGULATION, 15, "nav.monitoring.alerts", "/monitoring/alerts",
				"monitoring:alert:list");
	}

	@Bean
	NavigationItem monitoringDefinitionsLink() {
		return NavigationItem.of(Pillar.REGULATION, 20, "nav.monitoring.definitions", "/monitoring/definitions",
				"monitoring:indicator:edit", "monitoring:indicator:approve");
	}

	@Bean
	NavigationItem monitoringReportsLink() {
		return NavigationItem.of(Pillar.REGULATION, 25, "nav.monitoring.reports", "/monitoring/reports",
				"monitoring:report:list");
	}

	@Bean
	NavigationItem monitoringQualityLink() {
		return NavigationItem.of(Pillar.REGULATION, 26, "nav.monitoring.quality", "/monitoring/quality",
				"monitoring:quality:list");
	}

	@Bean
	NavigationItem monitoringPerformanceLink() {
		return NavigationItem.of(Pillar.REGULATION, 27, "nav.monitoring.performance", "/monitoring/performance",
				"monitoring:performance:list");
	}

}
