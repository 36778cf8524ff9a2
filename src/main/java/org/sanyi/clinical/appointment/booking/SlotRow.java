package org.sanyi.clinical.appointment.booking;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** A slot with what its schedule says about it (institution, doctor, day, fee). */
public record SlotRow(long id, long scheduleId, Pool pool, Instant startsAt, Instant endsAt, int firstNo, int capacity,
		int taken, String institutionCode, String institutionName, String regionCode, String departmentCode,
		String departmentName, String doctorRef, String doctorName, String doctorTitle, LocalDate day, String period,
		BigDecimal fee, String room, boolean open) {

	public int free() {
		return capacity - taken;
	}

}
