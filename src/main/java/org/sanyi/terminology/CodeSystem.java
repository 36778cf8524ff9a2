package org.sanyi.terminology;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * One version of a code system, e.g. {@code ICD10-YB} version {@code 2.0}.
 * {@code effectiveTo} is the last day in force (inclusive) or {@code null}; a later
 * version supersedes this one from its own {@code effectiveFrom}.
 *
 * @param entryCount the number of concepts or catalogue items in this version
 */
public record CodeSystem(long id, String code, String version, String name, SystemKind kind, LocalDate effectiveFrom,
		LocalDate effectiveTo, Status status, int entryCount, String sourceFile, OffsetDateTime importedAt,
		String importedBy) {

	public enum Status {

		ACTIVE,
		/**
		 * Withdrawn (e.g. imported by mistake): never in force, kept because old records
		 * may cite it.
		 */
		RETIRED

	}

}
