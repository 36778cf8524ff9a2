package org.sanyi.identity;

import java.time.LocalDate;

/**
 * A resident's golden record as other modules see it. The ID number and phone are masked;
 * {@link ResidentIndex} hands out the ID number in clear only to platform callers that
 * need it (the insurance gateway).
 *
 * @param status ACTIVE, or MERGED (then {@code mergedInto} names the surviving resident)
 */
public record Resident(String residentId, String name, String sex, LocalDate birthDate, String idNumberMasked,
		String phoneMasked, String status, String mergedInto) {
}
