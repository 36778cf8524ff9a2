package org.sanyi.registry;

import org.sanyi.shared.RegionCode;

/**
 * The 12-character national code of a designated medical institution or pharmacy, in the
 * style of the NHSA 医保信息业务编码 (e.g. {@code H35040300012}): a letter {@code H} for a
 * medical institution or {@code P} for a retail pharmacy, the 6-digit division code where
 * it was registered, and a 5-digit sequence number.
 * <p>
 * The division code must be well formed but need not contain the institution's current
 * region: like ID numbers, codes keep the division they were issued under when boundaries
 * are redrawn.
 */
public final class InstitutionCode {

	private InstitutionCode() {
	}

	public static boolean isValid(String code) {
		if (code == null || code.length() != 12 || (code.charAt(0) != 'H' && code.charAt(0) != 'P')) {
			return false;
		}
		for (int i = 1; i < 12; i++) {
			if (code.charAt(i) < '0' || code.charAt(i) > '9') {
				return false;
			}
		}
		return RegionCode.isWellFormed(code.substring(1, 7));
	}

	/**
	 * Whether the code's letter fits the kind: {@code P} for a pharmacy, {@code H} for
	 * anything else.
	 */
	public static boolean fitsKind(String code, Institution.Kind kind) {
		return isValid(code) && code.charAt(0) == kind.codeLetter();
	}

	/** The division code the institution was registered under. */
	public static String regionPart(String code) {
		return code.substring(1, 7);
	}

}
