package org.sanyi.pharma.retention;

import java.math.BigDecimal;

/**
 * One institution's 结余留用 in a computation: its volumes, the fund's budget and spend, and
 * what it retains.
 */
public record RetentionLine(String institutionCode, String institutionRegion, long agreed, long winning,
		BigDecimal completion, BigDecimal budget, BigDecimal actualSpend, BigDecimal surplus, boolean eligible,
		BigDecimal retained) {
}
