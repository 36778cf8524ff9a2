package org.sanyi.identity;

import org.sanyi.shared.ErrorCode;
import org.springframework.http.HttpStatus;

/** Errors of resident registration, health cards, QR codes and insurance e-vouchers. */
public enum IdentityErrors implements ErrorCode {

	/** The ID number fails GB 11643 (length, birth date or check character). */
	INVALID_ID_NUMBER("IDN-0001", HttpStatus.BAD_REQUEST),
	/** The birth date lies after today. */
	FUTURE_BIRTH_DATE("IDN-0002", HttpStatus.BAD_REQUEST),
	/** The birth date differs from the one written in the ID number. */
	BIRTH_DATE_MISMATCH("IDN-0003", HttpStatus.BAD_REQUEST),
	/** The sex differs from the parity of the ID number's sequence digit. */
	SEX_MISMATCH("IDN-0004", HttpStatus.BAD_REQUEST),
	/** The name is empty after normalisation. */
	NAME_REQUIRED("IDN-0005", HttpStatus.BAD_REQUEST),
	/**
	 * Not a mobile number (11 digits starting with 1) nor a landline (7 to 12 digits).
	 */
	INVALID_PHONE("IDN-0006", HttpStatus.BAD_REQUEST),
	/**
	 * The scanned text is not a Sanyi code: wrong prefix, bad base64url, wrong length or
	 * version.
	 */
	MALFORMED_QR("IDN-0007", HttpStatus.BAD_REQUEST),
	/**
	 * A well-formed code was refused (expired, replayed, revoked, bad signature, unknown
	 * key).
	 */
	QR_REJECTED("IDN-0008", HttpStatus.FORBIDDEN),
	/** A health card number with wrong length or check digits. */
	INVALID_CARD_NUMBER("IDN-0009", HttpStatus.BAD_REQUEST),
	/** An ecToken that is not one of ours (format or authentication code). */
	INVALID_EC_TOKEN("IDN-0010", HttpStatus.UNAUTHORIZED),
	/** An ecToken that is ours but may not be used for this transaction now. */
	EC_TOKEN_REFUSED("IDN-0011", HttpStatus.CONFLICT),
	/** A registration without the institution's own patient number. */
	PATIENT_NO_REQUIRED("IDN-0012", HttpStatus.BAD_REQUEST),
	/** The caller has no institution to register patients or scan codes for. */
	NO_INSTITUTION("IDN-0013", HttpStatus.FORBIDDEN),
	/** The review pair was decided already. */
	REVIEW_DECIDED("IDN-0014", HttpStatus.CONFLICT),
	/**
	 * A revocation list asked from a negative or unknown sequence number, or with a limit
	 * out of range.
	 */
	INVALID_REVOCATION_QUERY("IDN-0015", HttpStatus.BAD_REQUEST),
	/** The emergency access was reviewed already. */
	ACCESS_REVIEWED("IDN-0016", HttpStatus.CONFLICT),
	/**
	 * A review of an emergency access judged unjustified needs a comment (at most 500
	 * characters).
	 */
	REVIEW_COMMENT_REQUIRED("IDN-0017", HttpStatus.BAD_REQUEST),
	/** Re-estimation needs a minimum count of 1 to 100,000 reviewed pairs. */
	INVALID_MIN_COUNT("IDN-0018", HttpStatus.BAD_REQUEST),
	/**
	 * The parameters shown were estimated from other reviewed pairs or on another active
	 * version: estimate again.
	 */
	PARAMETERS_CHANGED("IDN-0019", HttpStatus.CONFLICT),
	/**
	 * A FHIR Patient resource that cannot be read (not JSON, another resource type, or
	 * missing the name).
	 */
	INVALID_FHIR_RESOURCE("IDN-0020", HttpStatus.BAD_REQUEST),
	/** A FHIR search needs identifier=system|value with a known system. */
	INVALID_FHIR_SEARCH("IDN-0021", HttpStatus.BAD_REQUEST),
	/** A death report names neither a resident id nor an ID number. */
	DEATH_PERSON_REQUIRED("IDN-0022", HttpStatus.BAD_REQUEST),
	/** No resident with that id or ID number within the caller's data scope. */
	DEATH_PERSON_UNKNOWN("IDN-0023", HttpStatus.NOT_FOUND),
	/** The date of death is missing, not a date, or after today. */
	DEATH_DATE_INVALID("IDN-0024", HttpStatus.BAD_REQUEST),
	/** The date of death lies before the resident's birth date. */
	DEATH_BEFORE_BIRTH("IDN-0025", HttpStatus.BAD_REQUEST),
	/**
	 * The source is missing or unknown, or not one the caller may report (an institution
	 * reports the 死亡医学证明 it issued, the feeds come from the regional authorities).
	 */
	DEATH_SOURCE_INVALID("IDN-0026", HttpStatus.BAD_REQUEST),
	/** A 死亡医学证明 number is required and is 6 to 30 letters, digits or hyphens. */
	DEATH_CERTIFICATE_INVALID("IDN-0027", HttpStatus.BAD_REQUEST),
	/**
	 * A recorded death is corrected only with a reason (at most 500 characters).
	 */
	DEATH_CORRECTION_REASON("IDN-0028", HttpStatus.BAD_REQUEST),
	/** The death was changed by someone else meanwhile: read it again. */
	DEATH_CHANGED("IDN-0029", HttpStatus.CONFLICT);

	private final String code;

	private final HttpStatus status;

	IdentityErrors(String code, HttpStatus status) {
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
