package org.sanyi.clinical.recognition;

import org.sanyi.shared.ErrorCode;
import org.springframework.http.HttpStatus;

/** Errors of mutual recognition ({@code CRR-}). */
public enum RecognitionErrors implements ErrorCode {

	/** No such recognisable item. */
	UNKNOWN_ITEM("CRR-0001", HttpStatus.NOT_FOUND),
	/** No such lookup of the caller's institution. */
	UNKNOWN_LOOKUP("CRR-0002", HttpStatus.NOT_FOUND),
	/** The lookup was decided already. */
	DECIDED("CRR-0003", HttpStatus.CONFLICT),
	/** A decline needs a reason from the national exception list. */
	REASON_REQUIRED("CRR-0004", HttpStatus.BAD_REQUEST),
	/**
	 * The accepted result is not one the lookup offered (expired, not eligible, another
	 * resident's).
	 */
	NOT_OFFERED("CRR-0005", HttpStatus.UNPROCESSABLE_CONTENT),
	/** The order names no resident the master patient index knows. */
	UNKNOWN_RESIDENT("CRR-0006", HttpStatus.UNPROCESSABLE_CONTENT),
	/** The caller acts for no institution. */
	NO_INSTITUTION("CRR-0007", HttpStatus.FORBIDDEN),
	/** The ServiceRequest cannot be read. */
	INVALID_ORDER("CRR-0008", HttpStatus.BAD_REQUEST);

	private final String code;

	private final HttpStatus status;

	RecognitionErrors(String code, HttpStatus status) {
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
