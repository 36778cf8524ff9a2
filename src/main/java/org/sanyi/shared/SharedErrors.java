package org.sanyi.shared;

import org.springframework.http.HttpStatus;

/** Errors of the shared value types and of generic request handling. */
public enum SharedErrors implements ErrorCode {

	/**
	 * The ID number is not 18 characters, has a bad birth date or a wrong check
	 * character.
	 */
	INVALID_ID_NUMBER("SH-0001", HttpStatus.BAD_REQUEST),
	/** Not a 6, 9 or 12 digit administrative division code. */
	INVALID_REGION_CODE("SH-0002", HttpStatus.BAD_REQUEST),
	/** A request field failed validation. */
	INVALID_FIELD("SH-0003", HttpStatus.BAD_REQUEST),
	/** The thing asked for does not exist (or is outside the caller's data scope). */
	NOT_FOUND("SH-0004", HttpStatus.NOT_FOUND),
	/** The caller lacks the permission. */
	ACCESS_DENIED("SH-0005", HttpStatus.FORBIDDEN),
	/** A line of an uploaded CSV file cannot be read. */
	MALFORMED_CSV("SH-0006", HttpStatus.BAD_REQUEST),
	/** An uploaded file is empty or not of the expected kind. */
	BAD_FILE("SH-0007", HttpStatus.BAD_REQUEST),
	/** A search or other query parameter is longer than the platform accepts. */
	INPUT_TOO_LONG("SH-0010", HttpStatus.BAD_REQUEST),
	/**
	 * A parameter contains a character no text may hold (NUL, other control characters).
	 */
	INVALID_CHARACTER("SH-0011", HttpStatus.BAD_REQUEST),
	/** The address asked for does not exist. */
	NO_SUCH_PAGE("SH-0012", HttpStatus.NOT_FOUND),
	/** The request could not be understood (wrong method, malformed parameter). */
	BAD_REQUEST("SH-0013", HttpStatus.BAD_REQUEST),
	/**
	 * Refused by the web server before the application saw it: a URL or header too long,
	 * a malformed URL.
	 */
	REQUEST_REFUSED("SH-0014", HttpStatus.BAD_REQUEST),
	/** A request body is larger than {@code sanyi.web.max-body-size}. */
	BODY_TOO_LARGE("SH-0008", HttpStatus.CONTENT_TOO_LARGE),
	/** A required request parameter is missing. */
	MISSING_PARAMETER("SH-0009", HttpStatus.BAD_REQUEST),
	/** An unexpected failure; details are in the server log under the reference shown. */
	INTERNAL("SH-0500", HttpStatus.INTERNAL_SERVER_ERROR);

	private final String code;

	private final HttpStatus status;

	SharedErrors(String code, HttpStatus status) {
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
