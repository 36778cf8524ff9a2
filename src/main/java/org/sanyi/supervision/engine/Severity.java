package org.sanyi.supervision.engine;

/** 严重程度, answered as {@code sev_deg} 1 (low) to 3 (high). */
public enum Severity {

	LOW, MEDIUM, HIGH;

	/** The national {@code sev_deg} value. */
	public String code() {
		return String.valueOf(ordinal() + 1);
	}

}
