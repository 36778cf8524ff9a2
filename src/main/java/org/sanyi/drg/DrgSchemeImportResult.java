package org.sanyi.drg;

import java.util.List;

/**
 * The outcome of a successful import.
 *
 * @param files the scheme files stored
 * @param ignored files of the upload that are not part of a scheme (test cases, code
 * maps…), not stored
 * @param validateMillis time to validate and compile the scheme (the loader)
 * @param storeMillis time to store it in the database
 */
public record DrgSchemeImportResult(DrgSchemeInfo scheme, List<String> files, List<String> ignored, long validateMillis,
		long storeMillis) {

	public DrgSchemeImportResult {
		files = List.copyOf(files);
		ignored = List.copyOf(ignored);
	}

}
