package org.sanyi.supervision;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A deduction (扣款) was posted to insurance's ledger for an upheld suspicion, or reversed
 * on re-review. For monitoring's recovered amount: a reversal takes {@code amount} back.
 *
 * @param suspicionId the suspicion
 * @param institutionCode {@code fixmedins_code}
 * @param institutionRegion the institution's registry region
 * @param ruleId the rule
 * @param amount the amount deducted (positive, also for a reversal)
 * @param reversal whether this takes an earlier deduction back
 * @param ledgerTxn the ledger transaction that posted it
 * @param decided the decision date
 */
public record DeductionDecided(long suspicionId, String institutionCode, String institutionRegion, String ruleId,
		BigDecimal amount, boolean reversal, String ledgerTxn, LocalDate decided) {
}
