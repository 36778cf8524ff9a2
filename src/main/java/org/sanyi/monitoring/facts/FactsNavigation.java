package org.sanyi.monitoring.facts;

import org.sanyi.security.NavigationItem;
import org.sanyi.security.NavigationItem.Pillar;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** 数据接收 under 监管, after the monitoring pages. */
@Configuration(proxyBeanMethods = false)
class FactsNavigation {

	@Bean
	NavigationItem monitoringFactsLink() {
		return NavigationItem.of(Pillar.REGULATION, 90, "monitoring.facts.nav", "/monitoring/facts",
				"monitoring:fact:list");
	}

}
