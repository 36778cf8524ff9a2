package org.sanyi.insurance.config;

import org.sanyi.security.NavigationItem;
import org.sanyi.security.NavigationItem.Pillar;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * 我的医保 in the resident's portal (between the health code and the consents) and the pages
 * under 医保.
 */
@Configuration(proxyBeanMethods = false)
class InsuranceNavigation {

	@Bean
	NavigationItem insurancePortalLink() {
		return NavigationItem.of(Pillar.PORTAL, 30, "insurance.portal.title", "/portal/insurance",
				"insurance:portal:own");
	}

	@Bean
	NavigationItem insuranceSettlementsLink() {
		return NavigationItem.of(Pillar.INSURANCE, 10, "nav.settlements", "/insurance/settlements",
				"insurance:settlement:list");
	}

	@Bean
	NavigationItem insuranceStatementsLink() {
		return NavigationItem.of(Pillar.INSURANCE, 20, "nav.statements", "/insurance/statements",
				"insurance:statement:list");
	}

	@Bean
	NavigationItem insurancePoliciesLink() {
		return NavigationItem.of(Pillar.INSURANCE, 30, "nav.policies", "/insurance/policies", "insurance:policy:list");
	}

	@Bean
	NavigationItem insuranceBudgetsLink() {
		return NavigationItem.of(Pillar.INSURANCE, 40, "nav.budgets", "/insurance/budgets", "insurance:budget:list");
	}

	@Bean
	NavigationItem insuranceLedgerLink() {
		return NavigationItem.of(Pillar.INSURANCE, 50, "nav.ledger", "/insurance/ledger", "insurance:ledger:list");
	}

	@Bean
	NavigationItem insuranceReconciliationLink() {
		return NavigationItem.of(Pillar.INSURANCE, 60, "nav.reconciliation", "/insurance/reconciliation",
				"insurance:reconcile:list");
	}

}
