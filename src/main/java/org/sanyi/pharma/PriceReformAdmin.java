package org.sanyi.pharma;

import java.util.Map;

/**
 * 腾笼换鸟 scenarios for the demo generator and tests, through the same checks as the page,
 * with the platform's scope.
 */
public interface PriceReformAdmin {

	/** Whether any scenario is saved. */
	boolean hasScenarios();

	/**
	 * Computes and saves a scenario from the page's form fields ({@code region},
	 * {@code name}, {@code baselineFrom}, {@code baselineTo}, {@code consumableMarkup},
	 * {@code testCut}, {@code fundShare}, {@code fundMonths}, {@code costGrowth},
	 * {@code raise02}…, {@code newPrices}); returns its id. PH-0101 names a bad field.
	 */
	long saveScenario(Map<String, String> fields, String by);

}
