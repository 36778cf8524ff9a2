package org.sanyi.insurance.engine;

import java.math.BigDecimal;

/**
 * The share of the policy-scope amount above the deductible that the basic pool pays
 * (报销比例, {@code pool_prop_selfpay}). Keyed by whatever the policy distinguishes: benefit
 * kind, hospital tier, in service or retired, age band, chronic disease, locality
 * (insurance.md §2.2: "the dimensions are fixed; the values are data").
 *
 * @param when the visits it applies to
 * @param ratio between 0 and 1, at most 4 decimals (the national field is numeric 5,4)
 */
public record RatioRule(Selector when, BigDecimal ratio) {

	public static RatioRule of(Selector when, String ratio) {
		return new RatioRule(when, new BigDecimal(ratio));
	}

}
