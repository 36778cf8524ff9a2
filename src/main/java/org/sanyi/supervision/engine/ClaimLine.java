package org.sanyi.supervision.engine;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A fee line of a claim: an order (3101/3102 {@code fsi_order_dtos}) or a settled fee
 * line.
 *
 * @param lineId the line's id in its source ({@code rx_id}, {@code feedetl_sn})
 * @param code national code ({@code hilist_code}, {@code med_list_codg})
 * @param name national name
 * @param hospitalName the hospital's own name of the item ({@code hosplist_name}); may be
 * empty
 * @param kind what it charges for
 * @param date when it was given (the order's start)
 * @param quantity {@code cnt}
 * @param price unit price {@code pric}
 * @param amount {@code sumamt}
 * @param daysSupplied days a drug supply lasts, 0 when unknown or not a drug
 * @param doctor ordering doctor's code
 * @param department ordering department's code
 */
public record ClaimLine(String lineId, String code, String name, String hospitalName, ItemKind kind, LocalDate date,
		BigDecimal quantity, BigDecimal price, BigDecimal amount, int daysSupplied, String doctor, String department) {
}
