package org.sanyi.identity;

import java.time.LocalDate;

/**
 * A death reported to the index: the person by resident id or by ID number (one of them),
 * the date of death and where it comes from. Reporting a resident whose death is recorded
 * already with other values is a correction and needs a reason.
 *
 * @param residentId the resident (主索引号), or {@code null} when found by ID number
 * @param idNumber the ID number (公民身份号码) as the certificate carries it, or {@code null}
 * @param dateOfDeath the date of death
 * @param source the source
 * @param certificateNo the 死亡医学证明 number (required for a medical certificate)
 * @param reason why a recorded death is corrected (required for a correction)
 */
public record DeathReport(String residentId, String idNumber, LocalDate dateOfDeath, DeathSource source,
		String certificateNo, String reason) {
}
