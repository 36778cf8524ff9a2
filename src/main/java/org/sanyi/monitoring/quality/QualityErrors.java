package org.sanyi.monitoring.quality;

import org.sanyi.shared.ErrorCode;

import org.springframework.http.HttpStatus;

/** Errors of data quality (MON-0120 to MON-0139); texts in monitoring*.properties. */
public enum QualityErrors implements ErrorCode {

	/** A rule field missing or malformed: which field. */
	RULE_FIELD("MON-0120", HttpStatus.BAD_REQUEST),
	/** A rule side that cannot be read: side, 1-based column, what is wrong there. */
	RULE_EXPRESSION("MON-0121", HttpStatus.BAD_REQUEST),
	/** A rule code in use: the code. */
	RULE_EXISTS("MON-0122", HttpStatus.CONFLICT),
	/** No violation with this id in the viewer's region: the id. */
	VIOLATION_NOT_FOUND("MON-0123", HttpStatus.NOT_FOUND),
	/** A follow-up needs a note (at most 500 characters). */
	FOLLOW_UP_NOTE("MON-0124", HttpStatus.BAD_REQUEST),
	/** No validation rule with this code: the code. */
	RULE_NOT_FOUND("MON-0125", HttpStatus.NOT_FOUND),
	/** A change of a rule that has one waiting for review: the code. */
	RULE_CHANGE_PENDING("MON-0126", HttpStatus.CONFLICT),
	/** A decision on a change that is not pending (or not found): the id. */
	RULE_CHANGE_NOT_PENDING("MON-0127", HttpStatus.CONFLICT),
	/** The proposer may not review their own change. */
	RULE_CHANGE_OWN("MON-0128", HttpStatus.FORBIDDEN),
	/** A change needs its reason (at most 500 characters). */
	RULE_CHANGE_SUMMARY("MON-0129", HttpStatus.BAD_REQUEST);

	private final String code;

	private final HttpStatus status;

	QualityErrors(String code, HttpStatus status) {
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
