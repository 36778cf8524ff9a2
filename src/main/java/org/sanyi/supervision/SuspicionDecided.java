package org.sanyi.supervision;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The bureau decided a suspicion: upheld (the amount is to be recovered, 扣款) or
 * dismissed. For monitoring's recovered amount and the rules' upheld rates.
 *
 * @param suspicionId the suspicion
 * @param institutionCode {@code fixmedins_code}
 * @param institutionRegion the institution's registry region
 * @param ruleId the rule
 * @param upheld whether it was upheld
 * @param recovered the amount upheld (0 when dismissed)
 * @param decided the decision date
 */
public record SuspicionDecided(long suspicionId, String institutionCode, String institutionRegion, String ruleId,
		boolean upheld, BigDecimal recovered, LocalDate decided) {
}
