package org.sanyi.insurance.budget.engine;

import java.math.BigDecimal;

/**
 * One band of a surplus or overspend rule: the part of the surplus (or overspend) up to
 * {@code upTo} × budget, above the previous band's limit, is shared with {@code share}.
 * For the surplus rule the share is what the group retains (结余留用); for the overspend rule
 * it is what the fund bears (超支分担), the group bearing the rest.
 *
 * @param upTo the band's upper limit as a share of the budget (0.05 = 5 %), {@code null}
 * for the last, open band
 * @param share 0 to 1
 */
public record Band(BigDecimal upTo, BigDecimal share) {
}
