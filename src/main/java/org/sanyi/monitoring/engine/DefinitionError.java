package org.sanyi.monitoring.engine;

/**
 * A definition whose numerator or denominator cannot be used: which of the two, and the
 * error in it.
 */
public final class DefinitionError extends RuntimeException {

	public enum Side {

		NUMERATOR, DENOMINATOR

	}

	private final Side side;

	private final ExpressionError error;

	public DefinitionError(Side side, ExpressionError error) {
		super(side + ": " + error.getMessage(), error);
		this.side = side;
		this.error = error;
	}

	public Side side() {
		return side;
	}

	public ExpressionError error() {
		return error;
	}

}
