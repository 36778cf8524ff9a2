package org.sanyi.identity;

import java.time.LocalDate;

/**
 * A resident's death was recorded, or its date corrected ({@code previousDate} then names
 * the date it replaced).
 *
 * @param residentId the resident
 * @param dateOfDeath the date of death now in force
 * @param previousDate the date before a correction, {@code null} on the first record
 * @param source where it comes from
 */
public record ResidentDied(String residentId, LocalDate dateOfDeath, LocalDate previousDate, DeathSource source) {
}
