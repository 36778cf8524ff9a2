package org.sanyi.drg.grouper;

import java.util.List;

/**
 * Why a batch input line could not be grouped. {@link #name()} is the stable code written
 * to the output; the text comes from {@code drg.batch.error.<code in lower case>} in the
 * message files.
 */
enum BatchError {

	MALFORMED_CSV, FIELD_COUNT, MALFORMED_NUMBER, AGE_OUT_OF_RANGE, NEGATIVE_NUMBER, AGE_DAYS_REQUIRED,
	NO_PRINCIPAL_DIAGNOSIS, NO_PRINCIPAL_PROCEDURE, UNKNOWN_DIAGNOSIS, UNKNOWN_PROCEDURE;

	String messageKey() {
		return "drg.batch.error." + name().toLowerCase(java.util.Locale.ROOT);
	}

	/** One occurrence with its message arguments. */
	record Found(BatchError error, List<String> args) {
		static Found of(BatchError error, String... args) {
			return new Found(error, List.of(args));
		}
	}

}
