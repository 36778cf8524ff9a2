package org.sanyi.terminology;

import java.util.List;

import org.sanyi.shared.BusinessException;

/**
 * A file with errors: nothing was imported. Carries the first errors (up to the reporting
 * limit) and how many there were in all.
 */
public class ImportRejectedException extends BusinessException {

	private final transient List<ImportLineError> errors;

	private final int errorCount;

	public ImportRejectedException(String fileName, List<ImportLineError> errors, int errorCount) {
		super(TerminologyErrors.IMPORT_REJECTED, fileName, String.valueOf(errorCount));
		this.errors = List.copyOf(errors);
		this.errorCount = errorCount;
	}

	public List<ImportLineError> errors() {
		return errors;
	}

	/** All errors found, which may be more than {@link #errors()} lists. */
	public int errorCount() {
		return errorCount;
	}

}
