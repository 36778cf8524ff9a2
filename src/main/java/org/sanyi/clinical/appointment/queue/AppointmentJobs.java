package org.sanyi.clinical.appointment.queue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.sanyi.clinical.appointment.booking.AppointmentFacts;
import org.sanyi.clinical.appointment.booking.AppointmentRepository;
import org.sanyi.clinical.appointment.booking.AppointmentStatus;
import org.sanyi.clinical.appointment.booking.BookingService;
import org.sanyi.shared.PlatformTime;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Holds that ran out free their place every 30 seconds; bookings of past days whose
 * resident never checked in become no-shows (which count towards the suspension rule).
 * Both are conditional moves, safe on several nodes at once. No-shows are marked once the
 * application has started.
 */
@Component
class AppointmentJobs {

	private final BookingService booking;

	private final AppointmentRepository appointments;

	private final AppointmentFacts facts;

	private final TransactionTemplate transaction;

	AppointmentJobs(BookingService booking, AppointmentRepository appointments, AppointmentFacts facts,
			TransactionTemplate transaction) {
		this.booking = booking;
		this.appointments = appointments;
		this.facts = facts;
		this.transaction = transaction;
	}

	@Scheduled(fixedDelayString = "${sanyi.appointment.expiry-interval:PT30S}")
	@SchedulerLock(name = "appointment-hold-expiry", lockAtMostFor = "PT5M")
	void expireHolds() {
		booking.expireHolds(Instant.now());
	}

	/**
	 * Whether the application has started: the runners before it (the demo's loader books
	 * yesterday's appointments, then checks them in) are not raced.
	 */
	private volatile boolean ready;

	@EventListener(ApplicationReadyEvent.class)
	void started() {
		ready = true;
	}

	@Scheduled(fixedDelayString = "${sanyi.appointment.noshow-interval:PT10M}", initialDelayString = "PT1M")
	@SchedulerLock(name = "appointment-noshow", lockAtMostFor = "PT10M")
	void markNoShows() {
		if (ready) {
			markNoShows(PlatformTime.today(), Instant.now());
		}
	}

	int markNoShows(LocalDate today, Instant now) {
		int n = 0;
		for (long id : appointments.missed(today, 1000)) {
			Boolean moved = transaction.execute(status -> {
				var a = appointments.find(id).orElseThrow();
				if (!appointments.move(id, Set.of(AppointmentStatus.BOOKED), AppointmentStatus.NOSHOW, null, now)) {
					return false;
				}
				facts.noShow(id, a.institutionCode(), a.departmentCode(), a.day());
				return true;
			});
			n += Boolean.TRUE.equals(moved) ? 1 : 0;
		}
		return n;
	}

}
