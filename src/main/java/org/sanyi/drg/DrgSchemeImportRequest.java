package org.sanyi.drg;

import java.time.LocalDate;

/**
 * What to record about a scheme being imported. Blank {@code name} and {@code version}
 * are taken from the scheme's scheme.json ({@code name}, {@code version}) when it has
 * them.
 *
 * @param effectiveFrom first discharge date the version applies to (required)
 * @param effectiveTo first discharge date it no longer applies to, null = open-ended
 * @param regionCode when given, the scheme is also assigned to this region for its whole
 * effective period (6-digit code, {@code 000000} = whole country)
 */
public record DrgSchemeImportRequest(String name, String version, LocalDate effectiveFrom, LocalDate effectiveTo,
		String regionCode) {

}
