package org.sanyi.clinical.online;

import org.sanyi.shared.ErrorCode;
import org.springframework.http.HttpStatus;

/** Errors of the internet hospital ({@code OL-}). */
public enum OnlineErrors implements ErrorCode {

	/**
	 * No earlier in-person diagnosis of the condition: an online visit is a follow-up
	 * only (互联网诊疗管理办法).
	 */
	NOT_FOLLOW_UP("OL-0001", HttpStatus.UNPROCESSABLE_CONTENT),
	/** The condition code is not an ICD-10 code. */
	BAD_CONDITION("OL-0002", HttpStatus.BAD_REQUEST),
	/** The move is not open from the visit's state. */
	WRONG_STATE("OL-0003", HttpStatus.CONFLICT),
	/** The caller acts for no institution. */
	NO_INSTITUTION("OL-0004", HttpStatus.FORBIDDEN),
	/** A text is missing or too long. */
	INVALID_TEXT("OL-0005", HttpStatus.BAD_REQUEST),
	/** The video link is not an https address. */
	BAD_LINK("OL-0006", HttpStatus.BAD_REQUEST),
	/** The image is not a PNG or JPEG of at most 1 MB. */
	BAD_IMAGE("OL-0007", HttpStatus.BAD_REQUEST),
	/** The prescription cannot be renewed (not a chronic one, or revoked / rejected). */
	NOT_RENEWABLE("OL-0008", HttpStatus.UNPROCESSABLE_CONTENT),
	/** A renewal of the prescription is already waiting. */
	RENEWAL_PENDING("OL-0009", HttpStatus.CONFLICT),
	/**
	 * The institution is not one the resident may ask (it holds no diagnosis of theirs).
	 */
	BAD_INSTITUTION("OL-0010", HttpStatus.BAD_REQUEST),
	/** A follow-up plan's interval or number of check-ins out of range. */
	BAD_PLAN("OL-0011", HttpStatus.BAD_REQUEST),
	/** The check-in is already done. */
	CHECK_IN_DONE("OL-0012", HttpStatus.CONFLICT),
	/** The resident is not known to the platform. */
	UNKNOWN_RESIDENT("OL-0013", HttpStatus.NOT_FOUND),
	/** Only the doctor who accepted the visit may conduct it. */
	NOT_YOUR_VISIT("OL-0014", HttpStatus.FORBIDDEN),
	/**
	 * The visit's fee cannot be refunded: not completed with a fee, or refunded already.
	 */
	NO_FEE_TO_REFUND("OL-0015", HttpStatus.CONFLICT),
	/** The visit cannot be surveyed: not completed, or answered already: ref. */
	SURVEY_NOT_OPEN("OL-0016", HttpStatus.CONFLICT),
	/** A survey answer is missing or out of range: question. */
	INVALID_SURVEY("OL-0017", HttpStatus.BAD_REQUEST);

	private final String code;

	private final HttpStatus status;

	OnlineErrors(String code, HttpStatus status) {
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
