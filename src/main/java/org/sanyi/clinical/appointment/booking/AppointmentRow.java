package org.sanyi.clinical.appointment.booking;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * An appointment with its slot and schedule, as the portal, the desk and the queue show
 * it.
 */
public record AppointmentRow(long id, long slotId, long scheduleId, String residentId, Channel channel,
		AppointmentStatus status, Integer queueNo, int priority, BigDecimal fee, String referralRef,
		Instant holdExpiresAt, Instant createdAt, Instant bookedAt, Instant checkedInAt, Instant calledAt,
		Instant finishedAt, Instant slotStarts, Instant slotEnds, String institutionCode, String institutionName,
		String departmentCode, String departmentName, String doctorRef, String doctorName, String doctorTitle,
		LocalDate day, String period, String room) {

	/**
	 * This hold as {@link AppointmentRepository#book} leaves it: booked at {@code at} (to
	 * the microsecond, as PostgreSQL keeps it), no longer expiring.
	 */
	AppointmentRow booked(Instant at) {
		return new AppointmentRow(id, slotId, scheduleId, residentId, channel, AppointmentStatus.BOOKED, queueNo,
				priority, fee, referralRef, null, createdAt, at.truncatedTo(ChronoUnit.MICROS), checkedInAt, calledAt,
				finishedAt, slotStarts, slotEnds, institutionCode, institutionName, departmentCode, departmentName,
				doctorRef, doctorName, doctorTitle, day, period, room);
	}

}
