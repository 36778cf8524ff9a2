package org.sanyi.monitoring.engine;

/**
 * An indicator expression that cannot be used, with the place it goes wrong:
 * {@code position} is the 0-based offset of the offending character in the expression's
 * text ({@link #column()} the 1-based column a person reads). {@code detail} names what
 * was wrong there (the unknown element's code, the expected token, the cycle's path).
 */
public final class ExpressionError extends RuntimeException {

	/** What is wrong; the service turns each into a stable error code and message. */
	public enum Kind {

		/**
		 * Not a well-formed expression: an unexpected character or token, or one missing.
		 */
		SYNTAX,
		/** A data element no module's catalogue declares. */
		UNKNOWN_ELEMENT,
		/** A dimension the data element does not carry. */
		UNKNOWN_DIMENSION,
		/**
		 * An institution group ({@code institution=primary}) the platform does not know.
		 */
		UNKNOWN_GROUP,
		/** A reference to an indicator that does not exist. */
		UNKNOWN_INDICATOR,
		/** Indicators that refer to each other in a circle. */
		CYCLE,
		/** A division by a constant that is zero. */
		DIVISION_BY_ZERO

	}

	private final Kind kind;

	private final int position;

	private final String detail;

	public ExpressionError(Kind kind, int position, String detail) {
		super(kind + " at column " + (position + 1) + ": " + detail);
		this.kind = kind;
		this.position = position;
		this.detail = detail;
	}

	public Kind kind() {
		return kind;
	}

	public int position() {
		return position;
	}

	/** The 1-based column of the error. */
	public int column() {
		return position + 1;
	}

	public String detail() {
		return detail;
	}

}
