package org.sanyi.clinical.appointment.booking;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.sanyi.clinical.appointment.AppointmentErrors;
import org.sanyi.identity.ResidentIndex;
import org.sanyi.security.AuditLog;
import org.sanyi.security.CurrentUsers;
import org.sanyi.shared.BusinessException;
import org.sanyi.shared.PlatformTime;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Find and book for a resident through the institution's own systems (the HIS, its
 * self-service machines, the desk): slots of the caller's institution only. Booking is
 * hold and book in one call; the fee goes through the payment provider.
 */
@RestController
@PreAuthorize("hasAuthority('appointment:booking:create')")
@Tag(name = "appointment", description = "预约挂号与候诊排队：号源查询、预约")
class BookingApi {

	private final BookingService booking;

	private final SlotRepository slots;

	private final ResidentIndex residents;

	private final AuditLog auditLog;

	private final Clock clock = Clock.system(PlatformTime.zone());

	BookingApi(BookingService booking, SlotRepository slots, ResidentIndex residents, AuditLog auditLog) {
		this.booking = booking;
		this.slots = slots;
		this.residents = residents;
		this.auditLog = auditLog;
	}

	private static String institution() {
		String code = CurrentUsers.scope().institutionCode();
		if (code == null) {
			throw new BusinessException(AppointmentErrors.NO_INSTITUTION);
		}
		return code;
	}

	record SlotView(long id, long scheduleId, String pool, java.time.Instant startsAt, java.time.Instant endsAt,
			int capacity, int free, String doctorName, java.math.BigDecimal fee) {
	}

	@GetMapping("/api/appointment/schedules/{scheduleId}/slots")
	@Operation(summary = "The public slots of a half-day of the caller's institution with their free places")
	List<SlotView> slots(@PathVariable long scheduleId, @RequestParam(defaultValue = "PUBLIC") Pool pool) {
		String institution = institution();
		return slots.slotsOf(scheduleId, pool)
			.stream()
			.filter(s -> s.institutionCode().equals(institution))
			.map(s -> new SlotView(s.id(), s.scheduleId(), s.pool().name(), s.startsAt(), s.endsAt(), s.capacity(),
					s.free(), s.doctorName(), s.fee()))
			.toList();
	}

	record Booking(String residentId, long slotId) {
	}

	@PostMapping("/api/appointment/appointments")
	@Operation(summary = "Book a slot of the caller's institution for a resident (hold, pay, book)")
	AppointmentView book(@RequestBody Booking body) {
		String institution = institution();
		SlotRow slot = slots.slot(body.slotId())
			.filter(s -> s.institutionCode().equals(institution))
			.orElseThrow(() -> new BusinessException(AppointmentErrors.SLOT_NOT_FOUND, body.slotId()));
		auditLog.describe("appointment:appointment", body.residentId(), "book slot " + slot.id());
		Instant now = clock.instant();
		// a slot sold out is answered from the row just read, before the resident is
		// looked up or a transaction begins (most requests of a release moment)
		booking.checkAvailable(slot, Channel.API, now);
		if (body.residentId() == null || residents.find(body.residentId()).isEmpty()) {
			throw new BusinessException(AppointmentErrors.UNKNOWN_RESIDENT, body.residentId());
		}
		return AppointmentView.of(booking.book(body.residentId(), slot, Channel.API, null, now));
	}

	@PostMapping("/api/appointment/appointments/{id}/cancel")
	@Operation(summary = "Cancel a booking of the caller's institution before the cut-off; the fee is paid back")
	void cancel(@PathVariable long id) {
		String institution = institution();
		auditLog.describe("appointment:appointment", String.valueOf(id), "cancel");
		AppointmentRow a = booking.find(id)
			.filter(x -> x.institutionCode().equals(institution))
			.orElseThrow(() -> new BusinessException(AppointmentErrors.APPOINTMENT_NOT_FOUND, id));
		booking.cancel(a.id(), null, clock.instant());
	}

}
