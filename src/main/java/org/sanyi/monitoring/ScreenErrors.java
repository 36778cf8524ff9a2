package org.sanyi.monitoring;

import org.sanyi.shared.ErrorCode;

import org.springframework.http.HttpStatus;

/**
 * Errors of the big screen (一屏观医) and its signed wall-display links; texts in
 * {@code messages/monitoring*.properties}. Kept apart from {@link MonitoringErrors} so
 * that the parts of the module grow their codes without colliding.
 */
public enum ScreenErrors implements ErrorCode {

	/**
	 * A wall-display link that is malformed, wrongly signed, expired or revoked (no
	 * detail: a guesser learns nothing).
	 */
	LINK_INVALID("MON-0040", HttpStatus.FORBIDDEN),
	/** A link asked for with a validity outside 1–365 days or without a label. */
	LINK_FIELD("MON-0041", HttpStatus.BAD_REQUEST),
	/** No link with this id in the viewer's scope: the id. */
	LINK_NOT_FOUND("MON-0042", HttpStatus.NOT_FOUND),
	/** The big screen shows a region or the platform, not an alliance or institution. */
	SCREEN_AREA("MON-0043", HttpStatus.BAD_REQUEST),
	/** A part of the big screen that does not exist: its name. */
	PART_NOT_FOUND("MON-0044", HttpStatus.NOT_FOUND);

	private final String code;

	private final HttpStatus status;

	ScreenErrors(String code, HttpStatus status) {
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
