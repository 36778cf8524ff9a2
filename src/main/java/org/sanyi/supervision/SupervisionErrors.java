package org.sanyi.supervision;

import org.sanyi.shared.ErrorCode;

import org.springframework.http.HttpStatus;

/** Errors of fund supervision; texts in {@code messages/supervision*.properties}. */
public enum SupervisionErrors implements ErrorCode {

	/** A field of a rule or of a request is missing or wrong: the field, the value. */
	INVALID_FIELD("SUP-0001", HttpStatus.BAD_REQUEST),
	/**
	 * A rule parameter unknown to its kind or of the wrong type: rule id, parameter,
	 * value.
	 */
	INVALID_PARAMETER("SUP-0002", HttpStatus.BAD_REQUEST),
	/** The knowledge-base file has errors; nothing was imported: the errors, joined. */
	KNOWLEDGE_FILE_INVALID("SUP-0003", HttpStatus.BAD_REQUEST),
	/** No version with this id in the caller's scope: id. */
	VERSION_NOT_FOUND("SUP-0004", HttpStatus.NOT_FOUND),
	/** The version is not waiting for review: code, status. */
	VERSION_NOT_PENDING("SUP-0005", HttpStatus.CONFLICT),
	/** The proposer may not review their own version. */
	VERSION_REVIEW_OWN("SUP-0006", HttpStatus.FORBIDDEN),
	/** The region already has a pending version of this kind: region, code. */
	VERSION_PENDING_EXISTS("SUP-0007", HttpStatus.CONFLICT),
	/**
	 * An approved version starts on or after the new one: new date, later code, later
	 * date.
	 */
	VERSION_EFFECTIVE_DATE("SUP-0008", HttpStatus.CONFLICT),
	/** The region is outside the caller's scope or not a 6-digit code: region. */
	REGION_OUT_OF_SCOPE("SUP-0009", HttpStatus.FORBIDDEN),
	/**
	 * A settlement held back by a definite violation found at 3102: visit, rule ids and
	 * contents.
	 */
	SETTLEMENT_HELD("SUP-0010", HttpStatus.CONFLICT),
	/** No rules are in force for the region on the day: region, day. */
	NO_RULES("SUP-0011", HttpStatus.UNPROCESSABLE_CONTENT),
	/** No suspicion with this id in the caller's scope: id. */
	SUSPICION_NOT_FOUND("SUP-0012", HttpStatus.NOT_FOUND),
	/** The suspicion cannot be answered or decided in its state: id, state. */
	SUSPICION_STATE("SUP-0013", HttpStatus.CONFLICT),
	/** An answer after the deadline: id, deadline. */
	ANSWER_TOO_LATE("SUP-0014", HttpStatus.CONFLICT),
	/** An appeal needs a reason. */
	APPEAL_REASON_REQUIRED("SUP-0015", HttpStatus.BAD_REQUEST),
	/** A period whose end is before its start or that is longer than a year: from, to. */
	INVALID_PERIOD("SUP-0016", HttpStatus.BAD_REQUEST),
	/** The sample claim of a rule test cannot be read: the problem. */
	SAMPLE_INVALID("SUP-0017", HttpStatus.BAD_REQUEST),
	/** Reversing an upheld decision needs the re-review's reason. */
	REVERSAL_REASON_REQUIRED("SUP-0018", HttpStatus.BAD_REQUEST),
	/**
	 * A live settlement (an online visit settled by the platform itself) refused because
	 * the in-event rules found a definite violation of a blocking rule in it: the rule
	 * ids and contents.
	 */
	LIVE_SETTLEMENT_HELD("SUP-0019", HttpStatus.CONFLICT),
	/**
	 * Upholding would deduct more for a fee line than it cost (or than the largest amount
	 * a rule questions on it): the suspicion id, what is upheld on the line already, the
	 * most that may be.
	 */
	DEDUCTION_OVER_FEE("SUP-0020", HttpStatus.CONFLICT),
	/**
	 * The settlement was reversed after the audit (the fund has its money back): nothing
	 * to deduct; the suspicion id and settlement.
	 */
	SETTLEMENT_NOT_IN_FORCE("SUP-0021", HttpStatus.CONFLICT),
	/** An audit batch (审核批次) not there or outside the caller's scope: its id. */
	BATCH_NOT_FOUND("SUP-0022", HttpStatus.NOT_FOUND),
	/** The batch is closed (every line decided): its notice number. */
	BATCH_CLOSED("SUP-0023", HttpStatus.CONFLICT),
	/**
	 * A deadline extension that does not extend, or by more than the most allowed: the
	 * date asked, the current deadline, the most days.
	 */
	EXTENSION_INVALID("SUP-0024", HttpStatus.BAD_REQUEST),
	/**
	 * An appeal attachment that is not PDF, JPEG or PNG by its content: the file name.
	 */
	ATTACHMENT_TYPE("SUP-0025", HttpStatus.UNSUPPORTED_MEDIA_TYPE),
	/** An appeal attachment over the size allowed: the file name, its size, the most. */
	ATTACHMENT_TOO_LARGE("SUP-0026", HttpStatus.CONTENT_TOO_LARGE),
	/** A suspicion has as many attachments as allowed: the suspicion id, the most. */
	ATTACHMENT_LIMIT("SUP-0027", HttpStatus.CONFLICT),
	/** An attachment not there or outside the caller's scope: its id. */
	ATTACHMENT_NOT_FOUND("SUP-0028", HttpStatus.NOT_FOUND),
	/** The batch's deadline has passed: its notice number and deadline. */
	BATCH_TOO_LATE("SUP-0029", HttpStatus.CONFLICT);

	private final String code;

	private final HttpStatus status;

	SupervisionErrors(String code, HttpStatus status) {
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
