package org.sanyi.security;

import org.sanyi.shared.ErrorCode;
import org.springframework.http.HttpStatus;

/** Errors of accounts, tokens and roles. */
public enum SecurityErrors implements ErrorCode {

	UNKNOWN_ROLE("SEC-0001", HttpStatus.BAD_REQUEST), USERNAME_TAKEN("SEC-0002", HttpStatus.CONFLICT),
	SCOPE_MISSING("SEC-0003", HttpStatus.BAD_REQUEST), TOKEN_INVALID("SEC-0004", HttpStatus.UNAUTHORIZED),
	WEAK_PASSWORD("SEC-0005", HttpStatus.BAD_REQUEST), NO_SIGN_IN_LOCK("SEC-0006", HttpStatus.NOT_FOUND),
	TOKEN_NOT_FOUND("SEC-0007", HttpStatus.NOT_FOUND);

	private final String code;

	private final HttpStatus status;

	SecurityErrors(String code, HttpStatus status) {
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
