package org.sanyi.monitoring.config;

import org.sanyi.monitoring.facts.DrgMonthFacts;
import org.sanyi.shared.facts.DataElementCatalogue;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The data elements monitoring derives itself from other modules' events: the DRG month
 * results ({@link DrgMonthFacts}). The DRG module publishes its results and knows nothing
 * of facts.
 */
@Configuration(proxyBeanMethods = false)
class MonitoringDataElements {

	@Bean
	DataElementCatalogue drgMonthDataElementCatalogue() {
		return DrgMonthFacts.CATALOGUE;
	}

}
