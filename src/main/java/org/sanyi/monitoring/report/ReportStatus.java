package org.sanyi.monitoring.report;

/**
 * Where a month's report is: saved but not sent, waiting for the regulator, approved
 * (locked; its values are facts) or sent back with a reason (editable again).
 */
public enum ReportStatus {

	DRAFT, SUBMITTED, APPROVED, REJECTED;

	/** Whether the hospital may still change it. */
	public boolean editable() {
		return this == DRAFT || this == REJECTED;
	}

}
