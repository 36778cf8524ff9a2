package org.sanyi.drg.grouper;

/**
 * Outcome class of one grouping; {@link #code()} is the status string used in files and
 * APIs.
 */
public enum GroupingStatus {

	/** A DRG was assigned. */
	SUCCESS("SUCCESS"),
	/** No MDC accepted the record: 无法入组, DRG {@code 0000}. */
	FAIL("FAIL"),
	/** The record failed one of the scheme's record checks (信息校验不通过). */
	CHECK_FAILED("CHECK_FAILED"),
	/**
	 * 歧义组: an enabled QY checkpoint caught the record (never in CHS-DRG 1.1, where QY is
	 * disabled).
	 */
	AMBIGUOUS("QY");

	private final String code;

	GroupingStatus(String code) {
		this.code = code;
	}

	/**
	 * Status string as in the shared test-case files ({@code SUCCESS}, {@code FAIL},
	 * {@code CHECK_FAILED}).
	 */
	public String code() {
		return code;
	}

	/**
	 * The status of a stored code ({@code drg_setl_list.status}, whose CHECK lists the
	 * same codes). A grouping is final: a corrected list is grouped again as a new list,
	 * so a status never changes.
	 */
	public static GroupingStatus ofCode(String code) {
		for (GroupingStatus s : values()) {
			if (s.code.equals(code)) {
				return s;
			}
		}
		throw new IllegalArgumentException("Unknown grouping status " + code);
	}

}
