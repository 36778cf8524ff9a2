package org.sanyi.clinical.appointment.admin;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.sanyi.clinical.AppointmentAdmin;
import org.sanyi.clinical.appointment.booking.BookingService;
import org.sanyi.clinical.appointment.booking.Channel;
import org.sanyi.clinical.appointment.booking.Pool;
import org.sanyi.clinical.appointment.booking.SlotRepository;
import org.sanyi.clinical.appointment.booking.SlotRow;
import org.sanyi.clinical.appointment.queue.QueueService;
import org.sanyi.clinical.appointment.schedule.SchedulePublisher;
import org.sanyi.clinical.appointment.schedule.ScheduleRepository;
import org.sanyi.clinical.appointment.survey.SurveyService;
import org.sanyi.shared.BusinessException;
import org.springframework.stereotype.Service;

/**
 * {@link AppointmentAdmin} over the module's services: the same rules the pages and REST
 * apply.
 */
@Service
class AppointmentAdminService implements AppointmentAdmin {

	private final SchedulePublisher publisher;

	private final ScheduleRepository schedules;

	private final SlotRepository slots;

	private final BookingService booking;

	private final QueueService queue;

	private final SurveyService surveys;

	AppointmentAdminService(SchedulePublisher publisher, ScheduleRepository schedules, SlotRepository slots,
			BookingService booking, QueueService queue, SurveyService surveys) {
		this.publisher = publisher;
		this.schedules = schedules;
		this.slots = slots;
		this.booking = booking;
		this.queue = queue;
		this.surveys = surveys;
	}

	@Override
	public void saveReleaseRule(ReleaseRule rule) {
		publisher.saveReleaseRule(rule);
	}

	@Override
	public int createRosters(List<NewRoster> rosters) {
		return publisher.createRosters(rosters);
	}

	@Override
	public int publishSchedules(LocalDate from, LocalDate to) {
		return publisher.publishSchedules(from, to);
	}

	@Override
	public int publishDoctor(String institutionCode, String doctorRef, LocalDate from, LocalDate to) {
		return publisher.publishDoctor(institutionCode, doctorRef, from, to);
	}

	@Override
	public boolean hasRosters() {
		return publisher.hasRosters();
	}

	@Override
	public List<Long> schedulesOf(String institutionCode, LocalDate day) {
		return schedules.scheduleIds(institutionCode, day);
	}

	@Override
	public Optional<Long> bookFirstFree(String residentId, long scheduleId, Instant at) {
		for (SlotRow slot : slots.slotsOf(scheduleId, Pool.PUBLIC)) {
			if (slot.free() > 0 && slot.endsAt().isAfter(at)) {
				try {
					return Optional.of(booking.book(residentId, slot.id(), Channel.PORTAL, null, at).id());
				}
				catch (BusinessException ex) {
					return Optional.empty();
				}
			}
		}
		return Optional.empty();
	}

	@Override
	public void checkIn(String institutionCode, long appointmentId, Instant at) {
		queue.checkIn(institutionCode, appointmentId, at);
	}

	@Override
	public Optional<Long> callNext(String institutionCode, long scheduleId, Instant at) {
		return queue.callNext(institutionCode, scheduleId, at).map(a -> a.id());
	}

	@Override
	public void finish(String institutionCode, long appointmentId, Instant at) {
		queue.finish(institutionCode, appointmentId, at);
	}

	@Override
	public void answerSurvey(String residentId, long appointmentId, Map<String, Integer> scores, String comment,
			Instant at) {
		surveys.submit(residentId, appointmentId, scores, comment, at);
	}

}
