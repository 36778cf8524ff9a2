package org.sanyi.identity.matching;

/**
 * Sex as coded by GB/T 2261.1 (the code HIS and the national insurance interface send).
 */
public enum Sex {

	UNKNOWN("0"), MALE("1"), FEMALE("2"), UNSPECIFIED("9");

	private final String code;

	Sex(String code) {
		this.code = code;
	}

	public String code() {
		return code;
	}

	/** Known means male or female; the other two codes carry no evidence for matching. */
	public boolean isKnown() {
		return this == MALE || this == FEMALE;
	}

	/** Male for female and female for male; the two unknown codes stay as they are. */
	public Sex opposite() {
		return this == MALE ? FEMALE : this == FEMALE ? MALE : this;
	}

	public static Sex ofCode(String code) {
		if (code != null) {
			for (Sex sex : values()) {
				if (sex.code.equals(code.trim())) {
					return sex;
				}
			}
		}
		return UNKNOWN;
	}

}
