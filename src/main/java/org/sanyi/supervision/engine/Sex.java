package org.sanyi.supervision.engine;

/** The national {@code gend} codes: 1 male, 2 female, 9 not stated. */
public enum Sex {

	MALE, FEMALE, UNKNOWN;

	/** The sex of a national {@code gend} code; anything else is {@link #UNKNOWN}. */
	public static Sex ofCode(String gend) {
		if ("1".equals(gend)) {
			return MALE;
		}
		return "2".equals(gend) ? FEMALE : UNKNOWN;
	}

}
