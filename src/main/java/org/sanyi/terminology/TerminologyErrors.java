package org.sanyi.terminology;

import org.sanyi.shared.ErrorCode;

import org.springframework.http.HttpStatus;

/**
 * Errors of the terminology module. {@code TERM-00xx} concern a request;
 * {@code TERM-01xx} are the per-line findings of an import file, reported together in an
 * {@link ImportRejectedException} (message arguments: line, column, value, detail).
 */
public enum TerminologyErrors implements ErrorCode {

	UNKNOWN_SYSTEM("TERM-0001", HttpStatus.NOT_FOUND), UNKNOWN_VERSION("TERM-0002", HttpStatus.NOT_FOUND),
	UNKNOWN_CONCEPT("TERM-0003", HttpStatus.NOT_FOUND), UNKNOWN_CATALOGUE_ITEM("TERM-0004", HttpStatus.NOT_FOUND),
	/** The system already has this version; versions are never overwritten. */
	VERSION_EXISTS("TERM-0005", HttpStatus.CONFLICT),
	/** Another active version of the system starts on the same day. */
	EFFECTIVE_DATE_TAKEN("TERM-0006", HttpStatus.CONFLICT),
	/**
	 * The system exists with another kind (e.g. a catalogue file for a classification).
	 */
	KIND_MISMATCH("TERM-0007", HttpStatus.BAD_REQUEST),
	/**
	 * A parameter of the import (system code, version, dates, kind, name) is missing or
	 * malformed.
	 */
	INVALID_IMPORT_PARAMETER("TERM-0008", HttpStatus.BAD_REQUEST),
	/**
	 * The file has errors; nothing was imported. The lines are listed with the exception.
	 */
	IMPORT_REJECTED("TERM-0009", HttpStatus.BAD_REQUEST),
	/**
	 * A national code system is maintained by the platform administrator; regions may
	 * only read it.
	 */
	NATIONAL_SYSTEM_READ_ONLY("TERM-0010", HttpStatus.FORBIDDEN),
	/** A region's own code system is maintained by that region. */
	OTHER_REGIONS_SYSTEM("TERM-0011", HttpStatus.FORBIDDEN),

	EMPTY_FILE("TERM-0101", HttpStatus.BAD_REQUEST), MISSING_COLUMN("TERM-0102", HttpStatus.BAD_REQUEST),
	UNKNOWN_COLUMN("TERM-0103", HttpStatus.BAD_REQUEST), DUPLICATE_COLUMN("TERM-0104", HttpStatus.BAD_REQUEST),
	/** Broken CSV quoting, e.g. a quote that is never closed. */
	MALFORMED_CSV("TERM-0105", HttpStatus.BAD_REQUEST), NOT_UTF8("TERM-0106", HttpStatus.BAD_REQUEST),
	COLUMN_COUNT("TERM-0107", HttpStatus.BAD_REQUEST), REQUIRED_VALUE("TERM-0108", HttpStatus.BAD_REQUEST),
	BAD_CODE("TERM-0109", HttpStatus.BAD_REQUEST), DUPLICATE_CODE("TERM-0110", HttpStatus.BAD_REQUEST),
	UNKNOWN_PARENT("TERM-0111", HttpStatus.BAD_REQUEST), PARENT_CYCLE("TERM-0112", HttpStatus.BAD_REQUEST),
	TOO_LONG("TERM-0113", HttpStatus.BAD_REQUEST), BAD_DATE("TERM-0114", HttpStatus.BAD_REQUEST),
	DATE_ORDER("TERM-0115", HttpStatus.BAD_REQUEST), BAD_CLASS("TERM-0116", HttpStatus.BAD_REQUEST),
	BAD_RATIO("TERM-0117", HttpStatus.BAD_REQUEST), RATIO_OUT_OF_RANGE("TERM-0118", HttpStatus.BAD_REQUEST),
	RATIO_CLASS_MISMATCH("TERM-0119", HttpStatus.BAD_REQUEST), BAD_PRICE("TERM-0120", HttpStatus.BAD_REQUEST),
	CODE_NOT_OF_KIND("TERM-0121", HttpStatus.BAD_REQUEST), BAD_ATC("TERM-0122", HttpStatus.BAD_REQUEST),
	BAD_UNIT_FACTOR("TERM-0123", HttpStatus.BAD_REQUEST), BAD_FLAG("TERM-0124", HttpStatus.BAD_REQUEST);

	private final String code;

	private final HttpStatus status;

	TerminologyErrors(String code, HttpStatus status) {
		this.code = code;
		this.status = status;
	}

	@Override
	public String code() {
		return code;
	}

	@Override
	public HttpStatus status() {
		return status;
	}

}
