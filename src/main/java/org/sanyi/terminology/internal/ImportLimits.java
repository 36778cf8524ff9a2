package org.sanyi.terminology.internal;

/** Limits of an import that the pages mention. */
public final class ImportLimits {

	/** How many findings of a rejected file are listed (all are counted). */
	public static final int REPORTED_ERRORS = ImportErrors.LIMIT;

	private ImportLimits() {
	}

}
