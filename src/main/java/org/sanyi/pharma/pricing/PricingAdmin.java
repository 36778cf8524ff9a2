package org.sanyi.pharma.pricing;

import java.util.Map;

import org.sanyi.pharma.PriceReformAdmin;
import org.sanyi.security.DataScope;

import org.springframework.stereotype.Component;

/** {@link PriceReformAdmin} over the page's service. */
@Component
class PricingAdmin implements PriceReformAdmin {

	private final Scenarios scenarios;

	PricingAdmin(Scenarios scenarios) {
		this.scenarios = scenarios;
	}

	@Override
	public boolean hasScenarios() {
		return scenarios.any();
	}

	@Override
	public long saveScenario(Map<String, String> fields, String by) {
		return scenarios.save(ScenarioForm.of(fields), by, DataScope.all());
	}

}
