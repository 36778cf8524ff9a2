package org.sanyi.clinical.referral;

import org.sanyi.clinical.referral.engine.ReferralScope;
import org.sanyi.shared.ErrorCode;
import org.springframework.http.HttpStatus;

/** Errors of two-way referral ({@code REF-}). */
public enum ReferralErrors implements ErrorCode {

	/** No such referral, or not one of the caller's institution. */
	UNKNOWN_REFERRAL("REF-0001", HttpStatus.NOT_FOUND),
	/** The master patient index knows no such resident. */
	UNKNOWN_RESIDENT("REF-0002", HttpStatus.UNPROCESSABLE_CONTENT),
	/** The caller acts for no institution. */
	NO_INSTITUTION("REF-0003", HttpStatus.FORBIDDEN),
	/** The receiving institution takes no referrals (a pharmacy) or does not exist. */
	NOT_A_CARE_SITE("REF-0004", HttpStatus.UNPROCESSABLE_CONTENT),
	/** Referring to oneself. */
	SAME_INSTITUTION("REF-0005", HttpStatus.UNPROCESSABLE_CONTENT),
	/** An up-referral to the same or a lower care level. */
	NOT_UPWARD("REF-0006", HttpStatus.UNPROCESSABLE_CONTENT),
	/** A down-referral to the same or a higher care level. */
	NOT_DOWNWARD("REF-0007", HttpStatus.UNPROCESSABLE_CONTENT),
	/**
	 * The receiver is outside the city (a cross-region transfer is an insurance filing).
	 */
	OUTSIDE_CITY("REF-0008", HttpStatus.UNPROCESSABLE_CONTENT),
	/** An up-referral past the alliance while the alliance has a higher level. */
	ALLIANCE_FIRST("REF-0009", HttpStatus.UNPROCESSABLE_CONTENT),
	/** The referral's state does not allow the action. */
	WRONG_STATE("REF-0010", HttpStatus.CONFLICT),
	/** The caller's institution is not the side that takes this action. */
	WRONG_SIDE("REF-0011", HttpStatus.FORBIDDEN),
	/** The receiving department has no free referral slot in the window. */
	NO_SLOT("REF-0012", HttpStatus.CONFLICT),
	/** A required field is missing or too long. */
	INVALID("REF-0013", HttpStatus.BAD_REQUEST),
	/** The receiving institution has no such department. */
	UNKNOWN_DEPARTMENT("REF-0014", HttpStatus.UNPROCESSABLE_CONTENT),
	/**
	 * A back-referral must follow a completed up-referral of the same patient, from the
	 * institution that received it.
	 */
	NOT_A_RETURN("REF-0015", HttpStatus.UNPROCESSABLE_CONTENT);

	private final String code;

	private final HttpStatus status;

	ReferralErrors(String code, HttpStatus status) {
		this.code = code;
		this.status = status;
	}

	/** The error for a refusal of the scope rules. */
	public static ReferralErrors of(ReferralScope.Refusal refusal) {
		return valueOf(refusal.name());
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
