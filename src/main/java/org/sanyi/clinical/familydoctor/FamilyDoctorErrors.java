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
	NO_REGISTER("FD-0009", HttpStatus.UNPROCESSABLE_CONTENT),
	/** A package that does not exist, is no longer offered, or is chosen twice. */
	UNKNOWN_PACKAGE("FD-0010", HttpStatus.BAD_REQUEST),
	/** A contract holds exactly one basic package. */
	BASIC_PACKAGE_REQUIRED("FD-0011", HttpStatus.BAD_REQUEST),
	/** A contract starts today or within 30 days. */
	START_DATE("FD-0012", HttpStatus.BAD_REQUEST),
	/** Outside the renewal window, or the contract is not active or renewed already. */
	NOT_RENEWABLE("FD-0013", HttpStatus.CONFLICT),
	/** A termination without a reason (or OTHER without a note, or a note too long). */
	REASON_REQUIRED("FD-0014", HttpStatus.BAD_REQUEST),
	/** A crowd category that does not exist. */
	UNKNOWN_CROWD("FD-0015", HttpStatus.BAD_REQUEST),
	/** The resident already has an active contract for the year or the term. */
	ALREADY_CONTRACTED("FD-0016", HttpStatus.CONFLICT),
	/** No such contract within the caller's scope. */
	NO_CONTRACT("FD-0017", HttpStatus.NOT_FOUND),
	/** No such team, or not one the caller may sign for. */
	UNKNOWN_TEAM("FD-0018", HttpStatus.BAD_REQUEST),
	/**
	 * The health code (or card number) identifies nobody: expired, revoked or malformed.
	 */
	HEALTH_CODE_REJECTED("FD-0019", HttpStatus.UNPROCESSABLE_CONTENT),
	/** The contract is no longer active (terminated already). */
	NOT_ACTIVE("FD-0020", HttpStatus.CONFLICT),
	/** A service population out of range: field, value. */
	POPULATION_INVALID("FD-0021", HttpStatus.BAD_REQUEST),
	/** A disbursement with a field missing or out of range: field. */
	DISBURSEMENT_INVALID("FD-0022", HttpStatus.BAD_REQUEST),
	/** A disbursement above what is still to pay for the team's month: outstanding. */
	DISBURSEMENT_TOO_HIGH("FD-0023", HttpStatus.CONFLICT),
	/** The voucher is recorded already for the team's month. */
	DISBURSEMENT_RECORDED("FD-0024", HttpStatus.CONFLICT);

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
