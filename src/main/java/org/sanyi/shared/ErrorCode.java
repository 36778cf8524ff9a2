package org.sanyi.shared;

import org.springframework.http.HttpStatus;

/**
 * A stable business error code such as {@code REG-0002}. The code never changes once
 * published: HIS integrators and operators search for it. Its text lives in the messages
 * files under {@code error.<code>}, zh-CN and English.
 */
public interface ErrorCode {

	/** The published code, {@code MODULE-NNNN}. */
	String code();

	/** The HTTP status a REST client sees for this error. */
	HttpStatus status();

	default String messageKey() {
		return "error." + code();
	}

}
