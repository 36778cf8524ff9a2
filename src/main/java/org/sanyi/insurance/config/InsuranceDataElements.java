package org.sanyi.insurance.config;

import org.sanyi.insurance.BudgetFacts;
import org.sanyi.insurance.SettlementFacts;
import org.sanyi.shared.facts.DataElementCatalogue;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The data elements insurance reports to the supervision platform: those of settlements
 * ({@link SettlementFacts}) and of the global budgets ({@link BudgetFacts}).
 */
@Configuration(proxyBeanMethods = false)
class InsuranceDataElements {

	@Bean
	DataElementCatalogue insuranceDataElementCatalogue() {
		return SettlementFacts.CATALOGUE;
	}

	@Bean
	DataElementCatalogue budgetDataElementCatalogue() {
		return BudgetFacts.CATALOGUE;
	}

}
