package org.sanyi.supervision.engine;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/** The type of a rule parameter, with the check a proposed value must pass. */
public enum ParameterType {

	/** A whole number ≥ 0. */
	INTEGER,
	/** A decimal number ≥ 0. */
	DECIMAL,
	/** A comma-separated list of codes (letters, digits, dots). */
	CODES;

	private static final Pattern CODE_LIST = Pattern.compile("[A-Za-z0-9.]+(,[A-Za-z0-9.]+)*");

	/** Whether {@code value} is a value of this type. */
	public boolean accepts(String value) {
		if (value == null || value.isBlank()) {
			return false;
		}
		try {
			return switch (this) {
				case INTEGER -> Integer.parseInt(value.strip()) >= 0;
				case DECIMAL -> new BigDecimal(value.strip()).signum() >= 0;
				case CODES -> CODE_LIST.matcher(value.strip()).matches();
			};
		}
		catch (NumberFormatException ex) {
			return false;
		}
	}

}
