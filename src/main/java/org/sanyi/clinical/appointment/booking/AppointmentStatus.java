package org.sanyi.clinical.appointment.booking;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where an appointment is (FHIR Appointment status, with HELD for the short hold of IHE
 * find / hold / book). The column's CHECK constraint lists the same values.
 */
public enum AppointmentStatus {

	/** A slot reserved for a few minutes while the resident pays. */
	HELD,
	/** Booked and paid. */
	BOOKED,
	/** The resident checked in at the hospital (the HIS reported it). */
	CHECKED_IN,
	/** The doctor called the resident's number. */
	CALLED,
	/** The visit is over. */
	FULFILLED, CANCELLED,
	/** The hold ran out before payment. */
	EXPIRED,
	/** The resident did not come. */
	NOSHOW;

	/**
	 * The states that keep the slot's place and count against one booking per doctor and
	 * day.
	 */
	public static final Set<AppointmentStatus> LIVE = EnumSet.of(HELD, BOOKED, CHECKED_IN, CALLED, FULFILLED);

	public boolean canBecome(AppointmentStatus next) {
		return switch (this) {
			case HELD -> next == BOOKED || next == CANCELLED || next == EXPIRED;
			case BOOKED -> next == CHECKED_IN || next == CANCELLED || next == NOSHOW;
			case CHECKED_IN -> next == CALLED || next == NOSHOW;
			case CALLED -> next == FULFILLED || next == CHECKED_IN;
			case FULFILLED, CANCELLED, EXPIRED, NOSHOW -> false;
		};
	}

	/** The states this one may be reached from. */
	public Set<AppointmentStatus> predecessors() {
		Set<AppointmentStatus> from = EnumSet.noneOf(AppointmentStatus.class);
		for (AppointmentStatus s : values()) {
			if (s.canBecome(this)) {
				from.add(s);
			}
		}
		return from;
	}

}
