package org.sanyi.clinical.familydoctor;

import org.sanyi.shared.ErrorCode;
import org.springframework.http.HttpStatus;

/** Errors of family doctors and chronic care ({@code FD-}). */
public enum FamilyDoctorErrors implements ErrorCode {

	/** The patient is on no register of the caller's institution. */
	NOT_REGISTERED("FD-0001", HttpStatus.NOT_FOUND),
	/** The caller acts for no institution. */
	NO_INSTITUTION("FD-0002", HttpStatus.FORBIDDEN),
	/** Blood pressure missing for a hypertension follow-up. */
	BP_MISSING("FD-0003", HttpStatus.BAD_REQUEST),
	/** An impossible blood pressure (typing error). */
	BP_IMPOSSIBLE("FD-0004", HttpStatus.UNPROCESSABLE_CONTENT),
	/** Fasting glucose missing for a diabetes follow-up. */
	GLUCOSE_MISSING("FD-0005", HttpStatus.BAD_REQUEST),
	/** An impossible fasting glucose. */
	GLUCOSE_IMPOSSIBLE("FD-0006", HttpStatus.UNPROCESSABLE_CONTENT),
	/** No version of the tiering rules is in force on the day. */
	NO_RULES("FD-0007", HttpStatus.CONFLICT),
	/** A text is too long. */
	INVALID("FD-0008", HttpStatus.BAD_REQUEST),
	/** The patient is on no register (a reading that cannot be tiered). */
	NO_REGISTER("FD-0009", HttpStatus.UNPROCESSABLE_CONTENT);

	private final String code;

	private final HttpStatus status;

	FamilyDoctorErrors(String code, HttpStatus status) {
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
