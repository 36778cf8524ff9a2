package org.sanyi.clinical.consultation;

import org.sanyi.shared.ErrorCode;
import org.springframework.http.HttpStatus;

/** Errors of remote consultation ({@code CCN-}). */
public enum ConsultationErrors implements ErrorCode {

	/** No such consultation for the caller's institution. */
	UNKNOWN_CONSULTATION("CCN-0001", HttpStatus.NOT_FOUND),
	/** The consultation is not in a state that allows this step. */
	WRONG_STATE("CCN-0002", HttpStatus.CONFLICT),
	/** The request names no resident the master patient index knows. */
	UNKNOWN_RESIDENT("CCN-0003", HttpStatus.UNPROCESSABLE_CONTENT),
	/** The consultant institution is unknown or the requester itself. */
	INVALID_CONSULTANT("CCN-0004", HttpStatus.UNPROCESSABLE_CONTENT),
	/** A required field is missing or too long. */
	INVALID_FIELD("CCN-0005", HttpStatus.BAD_REQUEST),
	/** The attachment is not one of the resident's records the requester may read. */
	INVALID_ATTACHMENT("CCN-0006", HttpStatus.UNPROCESSABLE_CONTENT),
	/**
	 * Only the consultant institution schedules and answers; only the requester cancels.
	 */
	NOT_YOURS("CCN-0007", HttpStatus.FORBIDDEN),
	/** The caller acts for no institution. */
	NO_INSTITUTION("CCN-0008", HttpStatus.FORBIDDEN),
	/** The meeting link is not an https address. */
	INVALID_LINK("CCN-0009", HttpStatus.BAD_REQUEST);

	private final String code;

	private final HttpStatus status;

	ConsultationErrors(String code, HttpStatus status) {
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
