package org.sanyi.insurance.budget;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** A stored year-end clearing ({@code ins_budget_clearing}). */
record BudgetClearing(long budgetId, BigDecimal budget, BigDecimal spend, BigDecimal surplus, BigDecimal overspend,
		BigDecimal retained, BigDecimal fundShare, BigDecimal groupShare, BigDecimal finalAmount, BigDecimal advanced,
		BigDecimal balanceDue, String txnId, LocalDate postingDate, String detail, String clearedBy,
		OffsetDateTime clearedAt) {
}
