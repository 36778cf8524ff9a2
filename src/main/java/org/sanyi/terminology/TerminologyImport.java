package org.sanyi.terminology;

import java.io.InputStream;
import java.util.List;

/**
 * Imports a new version of a code system or catalogue from a UTF-8 CSV file. The whole
 * file is validated first and every bad line reported; a file with any error imports
 * nothing. An accepted file is written in one transaction and audited. Formats:
 * docs/modules/terminology.md.
 */
public interface TerminologyImport {

	/**
	 * @throws ImportRejectedException when lines of the file are bad (nothing is written)
	 * @throws org.sanyi.shared.BusinessException when the request itself is bad (version
	 * exists, kind differs...)
	 */
	ImportResult importFile(ImportRequest request, InputStream csv);

	/**
	 * Imports the platform's own small seed (dictionaries, common ICD codes, a demo
	 * catalogue) from the classpath, skipping versions already present. Returns what it
	 * imported.
	 */
	List<ImportResult> importBundledSeed();

	/**
	 * Withdraws a version: it is never in force again, but its rows stay for the records
	 * that cite it.
	 */
	void retire(String system, String version);

}
