package org.sanyi.pharma.procurement;

import java.math.BigDecimal;

/**
 * A product of a round with what its bids decided.
 *
 * @param winners number of winning bids
 * @param lowestWinningPrice the lowest winning unit price, or {@code null} before any bid
 */
public record ProductRow(long id, long roundId, String genericName, String dosageForm, String specification,
		String comparableUnit, BigDecimal preRoundPrice, int winners, BigDecimal lowestWinningPrice) {

	/** generic · form · spec, as lists show a product. */
	public String label() {
		return genericName + " " + specification;
	}

}
