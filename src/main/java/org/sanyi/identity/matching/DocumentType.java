package org.sanyi.identity.matching;

/**
 * 身份证件类别 as listed in the WS 364 identity document code list. The resident ID card and
 * the household register both carry the GB 11643 citizen number, so only those two are
 * validated with a check character and take part in the deterministic rule; the others
 * are compared as plain strings.
 */
public enum DocumentType {

	RESIDENT_ID_CARD("01", true), HOUSEHOLD_REGISTER("02", true), PASSPORT("03", false), MILITARY_OFFICER("04", false),
	DRIVING_LICENCE("05", false), HONG_KONG_MACAO_PASS("06", false), TAIWAN_PASS("07", false), OTHER("99", false);

	private final String code;

	private final boolean citizenNumber;

	DocumentType(String code, boolean citizenNumber) {
		this.code = code;
		this.citizenNumber = citizenNumber;
	}

	public String code() {
		return code;
	}

	/** Whether the number is a GB 11643 citizen identity number. */
	public boolean carriesCitizenNumber() {
		return citizenNumber;
	}

	public static DocumentType ofCode(String code) {
		if (code != null) {
			for (DocumentType type : values()) {
				if (type.code.equals(code.trim())) {
					return type;
				}
			}
		}
		return OTHER;
	}

}
