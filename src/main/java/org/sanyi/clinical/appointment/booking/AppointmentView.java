package org.sanyi.clinical.appointment.booking;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** An appointment as REST clients see it. */
public record AppointmentView(long id, String residentId, String status, Integer queueNo, String institutionCode,
		String departmentCode, String departmentName, String doctorName, LocalDate day, String period,
		Instant slotStarts, Instant slotEnds, BigDecimal fee, String room, String referralRef) {

	public static AppointmentView of(AppointmentRow a) {
		return new AppointmentView(a.id(), a.residentId(), a.status().name(), a.queueNo(), a.institutionCode(),
				a.departmentCode(), a.departmentName(), a.doctorName(), a.day(), a.period(), a.slotStarts(),
				a.slotEnds(), a.fee(), a.room(), a.referralRef());
	}

}
