package org.sanyi.clinical.online.engine;

import java.time.LocalDate;

/**
 * Where a scheduled post-discharge check-in stands on a day: done; due (today or within
 * the grace days after its date); overdue (later than that); upcoming (before its date).
 */
public enum CheckInState {

	DONE, DUE, OVERDUE, UPCOMING;

	/** Days after the due date during which a check-in is due rather than overdue. */
	public static final int GRACE_DAYS = 3;

	public static CheckInState of(LocalDate dueOn, boolean done, LocalDate today) {
		if (done) {
			return DONE;
		}
		if (today.isBefore(dueOn)) {
			return UPCOMING;
		}
		return today.isAfter(dueOn.plusDays(GRACE_DAYS)) ? OVERDUE : DUE;
	}

}
