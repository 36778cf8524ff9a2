package org.sanyi.terminology;

import java.time.LocalDate;

/**
 * What a file is: a new {@code version} of {@code system}, in force from
 * {@code effectiveFrom}.
 *
 * @param name the system's display name; may be blank when the system exists (the last
 * version's name is kept)
 * @param kind required for a new system; must match an existing one
 * @param effectiveTo the last day in force (inclusive) or {@code null}
 * @param fileName for the audit trail and messages
 */
public record ImportRequest(String system, String version, String name, SystemKind kind, LocalDate effectiveFrom,
		LocalDate effectiveTo, String fileName) {

	public ImportRequest {
		system = system == null ? "" : system.strip().toUpperCase(java.util.Locale.ROOT);
		version = version == null ? "" : version.strip();
		name = name == null ? "" : name.strip();
		fileName = fileName == null || fileName.isBlank() ? "upload.csv" : fileName.strip();
	}

}
