package org.sanyi.monitoring.engine;

import java.math.BigDecimal;

/**
 * What the ratio numerator / denominator is multiplied by, and the unit it is then shown
 * in.
 */
public enum Factor {

	/** ×100, shown with %. */
	PERCENT(100, "%"),
	/** ×1,000, shown with ‰. */
	PER_THOUSAND(1000, "‰"),
	/** ×10,000 (per 10,000 population, 万元收入能耗). */
	PER_TEN_THOUSAND(10000, "‱"),
	/** The ratio itself: 次均费用 in yuan, 平均住院日 in days, a count. */
	NUMBER(1, "");

	private final BigDecimal multiplier;

	private final String symbol;

	Factor(int multiplier, String symbol) {
		this.multiplier = BigDecimal.valueOf(multiplier);
		this.symbol = symbol;
	}

	public BigDecimal multiplier() {
		return multiplier;
	}

	public String symbol() {
		return symbol;
	}

}
