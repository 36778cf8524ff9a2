package org.sanyi.monitoring.indicator;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.sanyi.monitoring.engine.DefinitionChecker;
import org.sanyi.monitoring.engine.IndicatorDefinition;
import org.sanyi.monitoring.engine.Vocabulary;
import org.sanyi.shared.review.ReviewStatus;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shipped 合理用药 set reads against pharma's data elements and lands in its own set; the
 * direct settlement's on-time rate and the enterprises' delivery rates land in the fund's
 * (the bureau runs 集采 and 阳光采购).
 */
class ShippedDrugUseIndicatorsTest {

	@Test
	void everyDrugUseDefinitionParsesAgainstPharmasElements() {
		Map<String, Set<String>> elements = new HashMap<>();
		for (String code : Set.of(ShippedDrugUseIndicators.RX_OUTPATIENT,
				ShippedDrugUseIndicators.RX_OUTPATIENT_ANTIBIOTIC, ShippedDrugUseIndicators.RX_EMERGENCY,
				ShippedDrugUseIndicators.RX_EMERGENCY_ANTIBIOTIC, ShippedDrugUseIndicators.RX_ESSENTIAL,
				ShippedDrugUseIndicators.DISCHARGES, ShippedDrugUseIndicators.PATIENT_DAYS,
				ShippedDrugUseIndicators.INPATIENT_ANTIBIOTIC, ShippedDrugUseIndicators.INPATIENT_DDD,
				ShippedDrugUseIndicators.VISITS_OUTPATIENT, ShippedDrugUseIndicators.VISITS_OUTPATIENT_ANTIBACTERIAL,
				ShippedDrugUseIndicators.VISITS_EMERGENCY, ShippedDrugUseIndicators.VISITS_EMERGENCY_ANTIBACTERIAL,
				ShippedDrugUseIndicators.DIRECT_PAID, ShippedDrugUseIndicators.DIRECT_PAID_ON_TIME)) {
			elements.put(code, Set.of());
		}
		elements.put(ShippedDrugUseIndicators.WINNING, Set.of("item"));
		elements.put(ShippedDrugUseIndicators.NON_WINNING, Set.of("item"));
		for (String code : Set.of(ShippedDrugUseIndicators.DELIVERY_DUE, ShippedDrugUseIndicators.DELIVERED,
				ShippedDrugUseIndicators.DELIVERED_ON_TIME)) {
			elements.put(code, Set.of("supplier"));
		}
		elements.put(ShippedDrugUseIndicators.AST_TESTED, Set.of("organism", "antibiotic"));
		elements.put(ShippedDrugUseIndicators.AST_RESISTANT, Set.of("organism", "antibiotic"));
		Vocabulary vocabulary = new Vocabulary(elements, Set.of("primary", "hospital"), Set.of());
		Map<String, IndicatorDefinition> library = new HashMap<>();

		for (DefinitionRow row : ShippedDrugUseIndicators.definitions()) {
			library.put(row.code(), new DefinitionChecker(vocabulary).check(IndicatorService.draft(row), library));
			assertThat(row.status()).isEqualTo(ReviewStatus.APPROVED);
			assertThat(row.setList())
				.containsExactly(FUND.contains(row.code()) ? IndicatorSet.FUND : IndicatorSet.DRUG_USE);
		}

		assertThat(library).containsOnlyKeys("outpatient_antibiotic_rx_share", "emergency_antibiotic_rx_share",
				"outpatient_antibacterial_use_rate", "emergency_antibacterial_use_rate",
				"inpatient_antibiotic_use_rate", "antibiotic_use_density", "essential_drug_rx_share",
				"procured_drug_use_share", "direct_payment_on_time_rate", "supplier_delivery_rate",
				"supplier_on_time_delivery_rate", "crab_rate", "mrsa_rate", "eco_ceftriaxone_resistance");
	}

	/** The bureau's: the fund paying enterprises, and the enterprises delivering. */
	private static final Set<String> FUND = Set.of("direct_payment_on_time_rate", "supplier_delivery_rate",
			"supplier_on_time_delivery_rate");

}
