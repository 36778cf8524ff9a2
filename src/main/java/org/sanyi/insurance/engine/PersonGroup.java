package org.sanyi.insurance.engine;

/**
 * The person group a rule may be limited to, derived from the national person type
 * ({@code psn_type}): codes starting 11 are employees in service, 12 retirees, 13 retired
 * cadres (counted as retired); everything else (residents 14xx/15xx, local codes) is
 * {@link #OTHER}. {@link #ANY} exists only in rule selectors.
 */
public enum PersonGroup {

	/** Selector value: matches every person. */
	ANY,
	/** 在职 (psn_type 11xx). */
	IN_SERVICE,
	/** 退休 (psn_type 12xx) and 离休 (13xx). */
	RETIRED,
	/** Anyone else, e.g. residents. */
	OTHER;

	/**
	 * The group of a national person type; an unknown or missing type is {@link #OTHER}.
	 */
	public static PersonGroup of(String psnType) {
		if (psnType == null) {
			return OTHER;
		}
		if (psnType.startsWith("11")) {
			return IN_SERVICE;
		}
		if (psnType.startsWith("12") || psnType.startsWith("13")) {
			return RETIRED;
		}
		return OTHER;
	}

	boolean admits(PersonGroup actual) {
		return this == ANY || this == actual;
	}

}
