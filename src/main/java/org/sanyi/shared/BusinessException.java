package org.sanyi.shared;

import java.util.Arrays;

/**
 * A failure the caller can understand and act on: it carries a stable {@link ErrorCode}
 * and the arguments of its message. Thrown before anything is written, or inside the
 * transaction that it rolls back.
 */
public class BusinessException extends RuntimeException {

	private final transient ErrorCode error;

	private final transient Object[] args;

	public BusinessException(ErrorCode error, Object... args) {
		super(error.code() + " " + Arrays.toString(args));
		this.error = error;
		this.args = args.clone();
	}

	public ErrorCode error() {
		return error;
	}

	public Object[] args() {
		return args.clone();
	}

	public static BusinessException notFound(String what, Object id) {
		return new BusinessException(SharedErrors.NOT_FOUND, what, id);
	}

}
