package org.sanyi.clinical.appointment.queue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.sanyi.clinical.appointment.AppointmentErrors;
import org.sanyi.clinical.appointment.booking.AppointmentFacts;
import org.sanyi.clinical.appointment.booking.AppointmentRepository;
import org.sanyi.clinical.appointment.booking.AppointmentRow;
import org.sanyi.clinical.appointment.booking.AppointmentStatus;
import org.sanyi.clinical.appointment.schedule.ScheduleRepository;
import org.sanyi.clinical.appointment.schedule.ScheduleRepository.ScheduleRow;
import org.sanyi.shared.BusinessException;
import org.sanyi.shared.PlatformTime;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The live queue (候诊排队): check-in at the hospital, calls by the doctor, the end of a
 * visit. The HIS reports them through {@code QueueApi}, the outpatient desk through its
 * page; each move is conditional on the state it starts from, so two desks calling at
 * once call two different patients. The order of the queue is priority (referrals first),
 * then check-in time, then number.
 */
@Service
public class QueueService {

	private final AppointmentRepository appointments;

	private final ScheduleRepository schedules;

	private final AppointmentFacts facts;

	private final TransactionTemplate transaction;

	private final QueueSignals signals;

	public QueueService(AppointmentRepository appointments, ScheduleRepository schedules, AppointmentFacts facts,
			TransactionTemplate transaction, QueueSignals signals) {
		this.appointments = appointments;
		this.schedules = schedules;
		this.facts = facts;
		this.transaction = transaction;
		this.signals = signals;
	}

	/**
	 * The appointment if it belongs to the institution; "not found" otherwise, so others'
	 * rows do not leak.
	 */
	public AppointmentRow ofInstitution(String institution, long appointmentId) {
		return appointments.find(appointmentId)
			.filter(a -> a.institutionCode().equals(institution))
			.orElseThrow(() -> new BusinessException(AppointmentErrors.APPOINTMENT_NOT_FOUND, appointmentId));
	}

	public ScheduleRow scheduleOf(String institution, long scheduleId) {
		return schedules.schedule(scheduleId)
			.filter(s -> s.institutionCode().equals(institution))
			.orElseThrow(() -> new BusinessException(AppointmentErrors.SLOT_NOT_FOUND, scheduleId));
	}

	/** Check-in of a booked appointment on its day. */
	public AppointmentRow checkIn(String institution, long appointmentId, Instant now) {
		AppointmentRow a = ofInstitution(institution, appointmentId);
		if (!a.day().equals(LocalDate.ofInstant(now, PlatformTime.zone()))) {
			throw new BusinessException(AppointmentErrors.WRONG_STATE, a.status(), AppointmentStatus.CHECKED_IN);
		}
		move(a, AppointmentStatus.CHECKED_IN, "checked_in_at", now);
		signals.changed(a.scheduleId(), null);
		return appointments.find(appointmentId).orElseThrow();
	}

	/**
	 * Check-in of the resident identified at the counter (health code): their first
	 * booking there today.
	 */
	public AppointmentRow checkInResident(String institution, String residentId, Instant now) {
		List<AppointmentRow> booked = appointments.bookedAt(residentId, institution,
				LocalDate.ofInstant(now, PlatformTime.zone()));
		if (booked.isEmpty()) {
			throw new BusinessException(AppointmentErrors.APPOINTMENT_NOT_FOUND, residentId);
		}
		return checkIn(institution, booked.getFirst().id(), now);
	}

	/**
	 * Calls the next checked-in patient of the schedule; the patient called before is
	 * done. Empty when nobody waits.
	 */
	public Optional<AppointmentRow> callNext(String institution, long scheduleId, Instant now) {
		scheduleOf(institution, scheduleId);
		for (int attempt = 0; attempt < 5; attempt++) {
			List<AppointmentRow> queue = appointments.ofSchedule(scheduleId);
			Optional<AppointmentRow> next = queue.stream()
				.filter(a -> a.status() == AppointmentStatus.CHECKED_IN)
				.findFirst();
			if (next.isEmpty()) {
				List<AppointmentRow> over = queue.stream().filter(a -> a.status() == AppointmentStatus.CALLED).toList();
				over.forEach(a -> finishQuietly(a, now));
				if (!over.isEmpty()) {
					signals.changed(scheduleId, null);
				}
				return Optional.empty();
			}
			AppointmentRow called = next.get();
			Boolean moved = transaction.execute(status -> {
				if (!appointments.move(called.id(), Set.of(AppointmentStatus.CHECKED_IN), AppointmentStatus.CALLED,
						"called_at", now)) {
					return false;
				}
				facts.called(called.id(), called.institutionCode(), called.departmentCode(), called.day(),
						called.checkedInAt(), now);
				signals.changed(scheduleId, called.queueNo());
				return true;
			});
			if (Boolean.TRUE.equals(moved)) {
				queue.stream().filter(a -> a.status() == AppointmentStatus.CALLED).forEach(a -> finishQuietly(a, now));
				return appointments.find(called.id());
			}
		}
		return Optional.empty();
	}

	/** Calls one patient (again, or out of turn). */
	public AppointmentRow call(String institution, long appointmentId, Instant now) {
		AppointmentRow a = ofInstitution(institution, appointmentId);
		if (a.status() == AppointmentStatus.CALLED) {
			return a;
		}
		transaction.executeWithoutResult(status -> {
			move(a, AppointmentStatus.CALLED, "called_at", now);
			facts.called(a.id(), a.institutionCode(), a.departmentCode(), a.day(), a.checkedInAt(), now);
			signals.changed(a.scheduleId(), a.queueNo());
		});
		return appointments.find(appointmentId).orElseThrow();
	}

	/** The visit is over: the resident may now answer the satisfaction survey. */
	public AppointmentRow finish(String institution, long appointmentId, Instant now) {
		AppointmentRow a = ofInstitution(institution, appointmentId);
		move(a, AppointmentStatus.FULFILLED, "finished_at", now);
		signals.changed(a.scheduleId(), null);
		return appointments.find(appointmentId).orElseThrow();
	}

	private void finishQuietly(AppointmentRow a, Instant now) {
		appointments.move(a.id(), Set.of(AppointmentStatus.CALLED), AppointmentStatus.FULFILLED, "finished_at", now);
	}

	private void move(AppointmentRow a, AppointmentStatus to, String column, Instant now) {
		if (!a.status().canBecome(to) || !appointments.move(a.id(), Set.of(a.status()), to, column, now)) {
			throw new BusinessException(AppointmentErrors.WRONG_STATE, a.status(), to);
		}
	}

	/** Where an appointment stands in its queue. */
	public Position position(AppointmentRow mine) {
		List<AppointmentRow> queue = appointments.ofSchedule(mine.scheduleId());
		int ahead = 0;
		int waiting = 0;
		boolean found = false;
		for (AppointmentRow a : queue) {
			if (a.status() != AppointmentStatus.CHECKED_IN) {
				continue;
			}
			waiting++;
			if (a.id() == mine.id()) {
				found = true;
			}
			else if (!found) {
				ahead++;
			}
		}
		return new Position(found ? ahead : -1, waiting, appointments.currentNumber(mine.scheduleId()).orElse(null));
	}

	/**
	 * @param ahead patients called before this one, or -1 when it is not waiting (not
	 * checked in, called or done)
	 * @param waiting checked-in patients of the schedule not yet called
	 * @param currentNumber the number called last, or null before the first call
	 */
	public record Position(int ahead, int waiting, Integer currentNumber) {
	}

}
