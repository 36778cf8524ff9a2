package org.sanyi.monitoring.alert;

/**
 * An alert is raised open and acknowledged once, with a comment; stored under these
 * names.
 */
public enum AlertStatus {

	OPEN, ACKNOWLEDGED;

	public boolean canBecome(AlertStatus next) {
		return this == OPEN && next == ACKNOWLEDGED;
	}

}
