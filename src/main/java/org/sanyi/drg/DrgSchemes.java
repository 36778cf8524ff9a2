package org.sanyi.drg;

import java.io.InputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/**
 * Importing grouping schemes and assigning them to regions. An import is validated
 * completely by the engine's loader before anything is stored (an error names the file
 * and line), stored in one transaction, and compiled into the in-memory registry, so the
 * next grouping can use it.
 */
public interface DrgSchemes {

	/** Imports a zip of a scheme directory (files at the top level or in one folder). */
	DrgSchemeImportResult importArchive(InputStream zip, DrgSchemeImportRequest request);

	/** Imports a scheme directory on the server (platform administrators). */
	DrgSchemeImportResult importDirectory(Path directory, DrgSchemeImportRequest request);

	/**
	 * Imports scheme files given as text by file name ({@code scheme.json},
	 * {@code mdc_diagnoses.csv}…).
	 */
	DrgSchemeImportResult importFiles(Map<String, String> files, DrgSchemeImportRequest request);

	/**
	 * Assigns a scheme to a region for discharge dates {@code [validFrom, validTo)};
	 * periods may not overlap.
	 */
	DrgSchemeInfo.RegionAssignment assign(long schemeId, String regionCode, LocalDate validFrom, LocalDate validTo);

	/**
	 * Ends the use of a scheme by a region (the assignment stays on record, inactive).
	 */
	void unassign(long assignmentId);

	Optional<DrgSchemeInfo> find(long id);

	Optional<DrgSchemeInfo> find(String code, String version);

}
