package org.sanyi.clinical.appointment.queue;

import java.time.Clock;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.sanyi.clinical.appointment.AppointmentErrors;
import org.sanyi.clinical.appointment.booking.AppointmentRepository;
import org.sanyi.clinical.appointment.booking.AppointmentView;
import org.sanyi.security.AuditLog;
import org.sanyi.shared.BusinessException;
import org.sanyi.shared.PlatformTime;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The HIS reports the queue of its own institution (the bearer token of one of its
 * accounts): check-in by appointment or by the resident identified with the health code,
 * call-next, call, done; and reads a half-day's queue.
 */
@RestController
@PreAuthorize("hasAuthority('appointment:queue:manage')")
@Tag(name = "appointment", description = "预约挂号与候诊排队：签到、叫号")
class QueueApi {

	private final QueueService queue;

	private final AppointmentRepository appointments;

	private final AuditLog auditLog;

	private final Clock clock = Clock.system(PlatformTime.zone());

	QueueApi(QueueService queue, AppointmentRepository appointments, AuditLog auditLog) {
		this.queue = queue;
		this.appointments = appointments;
		this.auditLog = auditLog;
	}

	/**
	 * Either the appointment, or the resident (as the health code's verification named
	 * them).
	 */
	record CheckIn(Long appointmentId, String residentId) {
	}

	@PostMapping("/api/appointment/queue/check-in")
	@Operation(summary = "Check-in of a booked appointment today (by appointment id or by resident id)")
	AppointmentView checkIn(@RequestBody CheckIn body) {
		String institution = DeskPages.institution();
		if (body.appointmentId() != null) {
			auditLog.describe("appointment:queue", String.valueOf(body.appointmentId()), "check-in");
			return AppointmentView.of(queue.checkIn(institution, body.appointmentId(), clock.instant()));
		}
		if (body.residentId() == null || body.residentId().isBlank()) {
			throw new BusinessException(AppointmentErrors.APPOINTMENT_NOT_FOUND, "");
		}
		auditLog.describe("appointment:queue", body.residentId(), "check-in by resident");
		return AppointmentView.of(queue.checkInResident(institution, body.residentId(), clock.instant()));
	}

	@PostMapping("/api/appointment/queue/{scheduleId}/call-next")
	@Operation(summary = "Call the next checked-in patient of a half-day; the one called before is done")
	AppointmentView callNext(@PathVariable long scheduleId) {
		auditLog.describe("appointment:queue", String.valueOf(scheduleId), "call next");
		return queue.callNext(DeskPages.institution(), scheduleId, clock.instant())
			.map(AppointmentView::of)
			.orElse(null);
	}

	@PostMapping("/api/appointment/appointments/{id}/call")
	@Operation(summary = "Call one patient (again or out of turn)")
	AppointmentView call(@PathVariable long id) {
		auditLog.describe("appointment:queue", String.valueOf(id), "call");
		return AppointmentView.of(queue.call(DeskPages.institution(), id, clock.instant()));
	}

	@PostMapping("/api/appointment/appointments/{id}/finish")
	@Operation(summary = "The visit is over")
	AppointmentView finish(@PathVariable long id) {
		auditLog.describe("appointment:queue", String.valueOf(id), "finish");
		return AppointmentView.of(queue.finish(DeskPages.institution(), id, clock.instant()));
	}

	@GetMapping("/api/appointment/queue/{scheduleId}")
	@Operation(summary = "A half-day's appointments in queue order")
	List<AppointmentView> list(@PathVariable long scheduleId) {
		queue.scheduleOf(DeskPages.institution(), scheduleId);
		auditLog.read("appointment:queue", String.valueOf(scheduleId), "queue");
		return appointments.ofSchedule(scheduleId).stream().map(AppointmentView::of).toList();
	}

}
