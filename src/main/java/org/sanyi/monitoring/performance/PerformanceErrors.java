package org.sanyi.monitoring.performance;

import org.sanyi.shared.ErrorCode;

import org.springframework.http.HttpStatus;

/** Errors of hospital performance (MON-0140 to MON-0149). */
public enum PerformanceErrors implements ErrorCode {

	/** Not a year with data: the text. */
	YEAR_INVALID("MON-0140", HttpStatus.BAD_REQUEST),
	/** A hospital not ranked in the viewer's region: its code. */
	HOSPITAL_NOT_RANKED("MON-0141", HttpStatus.NOT_FOUND);

	private final String code;

	private final HttpStatus status;

	PerformanceErrors(String code, HttpStatus status) {
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
