package org.sanyi.pharma.pricing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;

import org.sanyi.pharma.engine.PriceReform;

/**
 * A saved 腾笼换鸟 scenario: its draft and what it computed.
 *
 * @param id row id
 * @param region the region (six digits) whose institutions it covers
 * @param name what the officer called it
 * @param baselineFrom first day of the baseline year
 * @param baselineTo last day
 * @param draft the draft
 * @param fundMonths months the fund's balance pays (entered)
 * @param costGrowth growth of medical costs (entered)
 * @param triggerId the trigger version it was checked against
 * @param result the computation
 * @param createdBy who saved it
 * @param createdAt when
 */
public record Scenario(long id, String region, String name, LocalDate baselineFrom, LocalDate baselineTo,
		PriceReform.Draft draft, BigDecimal fundMonths, BigDecimal costGrowth, long triggerId,
		PriceReform.Result result, String createdBy, OffsetDateTime createdAt) {
}
