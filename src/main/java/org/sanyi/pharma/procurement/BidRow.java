package org.sanyi.pharma.procurement;

import java.math.BigDecimal;

/**
 * A winning bid with its price cut against the product's pre-round price (four decimals).
 */
public record BidRow(long id, long productId, String enterprise, String itemCode, BigDecimal winningPrice,
		BigDecimal priceCut, boolean riseFlagged, String riseReason, String supplyRegions) {
}
