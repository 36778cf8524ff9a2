package org.sanyi.clinical.records;

import org.sanyi.shared.ErrorCode;
import org.springframework.http.HttpStatus;

/**
 * Errors of the shared health record ({@code CR-}). Bundle problems name the entry's
 * resource and the element path.
 */
public enum RecordsErrors implements ErrorCode {

	/** The body is not a FHIR R4 transaction or batch bundle. */
	INVALID_BUNDLE("CR-0001", HttpStatus.BAD_REQUEST),
	/**
	 * A resource breaks the base specification (unknown element, missing required
	 * element, invalid code).
	 */
	INVALID_RESOURCE("CR-0002", HttpStatus.UNPROCESSABLE_CONTENT),
	/** A resource type or request method the shared record does not take. */
	UNSUPPORTED_ENTRY("CR-0003", HttpStatus.UNPROCESSABLE_CONTENT),
	/** A reference to a resource that is neither in the bundle nor stored. */
	UNRESOLVED_REFERENCE("CR-0004", HttpStatus.UNPROCESSABLE_CONTENT),
	/**
	 * The patient of a resource cannot be resolved to a resident of the master patient
	 * index.
	 */
	PATIENT_NOT_RESOLVED("CR-0005", HttpStatus.UNPROCESSABLE_CONTENT),
	/** The caller acts for no institution. */
	NO_INSTITUTION("CR-0006", HttpStatus.FORBIDDEN),
	/** No consent, no own patient and no break-glass: the record stays closed. */
	NO_ACCESS("CR-0007", HttpStatus.FORBIDDEN),
	/** A search parameter that is malformed or unsupported. */
	INVALID_SEARCH("CR-0008", HttpStatus.BAD_REQUEST),
	/** More entries than one bundle may carry. */
	BUNDLE_TOO_LARGE("CR-0009", HttpStatus.CONTENT_TOO_LARGE),
	/** A Patient entry the master patient index refuses to register. */
	PATIENT_REFUSED("CR-0010", HttpStatus.UNPROCESSABLE_CONTENT),
	/** A break-glass read needs a reason of some substance. */
	BREAK_GLASS_REASON("CR-0011", HttpStatus.BAD_REQUEST),
	/**
	 * The resource exists but belongs to another institution, which alone may replace it.
	 */
	NOT_OWNER("CR-0012", HttpStatus.CONFLICT);

	private final String code;

	private final HttpStatus status;

	RecordsErrors(String code, HttpStatus status) {
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
