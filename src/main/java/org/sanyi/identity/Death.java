package org.sanyi.identity;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A resident's registered death as it stands (after any correction).
 *
 * @param residentId the resident
 * @param dateOfDeath the date of death
 * @param source where it comes from
 * @param certificateNo the 死亡医学证明 number, or {@code null}
 * @param reportedBy the institution that issued the certificate or the feed's region
 * @param recordedBy the user who recorded the version in force
 * @param recordedAt when
 * @param version 1 when never corrected
 */
public record Death(String residentId, LocalDate dateOfDeath, DeathSource source, String certificateNo,
		String reportedBy, String recordedBy, Instant recordedAt, int version) {
}
