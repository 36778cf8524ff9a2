package org.sanyi.supervision;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The batch audit raised a suspicion (疑点) on a settlement: for monitoring's
 * fund-supervision indicators (suspicious amount, violation rate by institution and
 * rule). Published once per suspicion, in the audit's transaction.
 *
 * @param suspicionId the suspicion
 * @param settlementId {@code setl_id}
 * @param institutionCode {@code fixmedins_code}
 * @param institutionRegion the institution's registry region
 * @param ruleId the rule
 * @param ruleKind its kind ({@code SEX}, {@code SPLIT_ADMISSION} …)
 * @param definite 明确违规 rather than 可疑
 * @param amount amount in question, yuan
 * @param settled the settlement date
 */
public record SuspicionRaised(long suspicionId, String settlementId, String institutionCode, String institutionRegion,
		String ruleId, String ruleKind, boolean definite, BigDecimal amount, LocalDate settled) {
}
