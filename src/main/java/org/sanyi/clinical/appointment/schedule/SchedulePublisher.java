package org.sanyi.clinical.appointment.schedule;

import java.time.LocalDate;
import java.util.List;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sanyi.clinical.AppointmentAdmin.NewRoster;
import org.sanyi.clinical.AppointmentAdmin.ReleaseRule;
import org.sanyi.clinical.appointment.AppointmentErrors;
import org.sanyi.clinical.appointment.booking.AppointmentSettings;
import org.sanyi.clinical.appointment.booking.ReleaseRules;
import org.sanyi.registry.Institution;
import org.sanyi.registry.Registry;
import org.sanyi.shared.BusinessException;
import org.sanyi.shared.PlatformTime;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Rosters become schedules and slots for the release window: every night (and at start-up
 * of an empty window) the days up to the longest release horizon plus one are made, so
 * the 08:00 release finds its slots already there and does nothing but open them.
 */
@Service
public class SchedulePublisher {

	private static final Logger log = LoggerFactory.getLogger(SchedulePublisher.class);

	private final ScheduleRepository schedules;

	private final ReleaseRules rules;

	private final Registry registry;

	private final AppointmentSettings settings;

	SchedulePublisher(ScheduleRepository schedules, ReleaseRules rules, Registry registry,
			AppointmentSettings settings) {
		this.schedules = schedules;
		this.rules = rules;
		this.registry = registry;
		this.settings = settings;
	}

	@Transactional
	public void saveReleaseRule(ReleaseRule rule) {
		rules.save(rule);
	}

	@Transactional
	public int createRosters(List<NewRoster> rosters) {
		int n = 0;
		for (NewRoster r : rosters) {
			Institution institution = registry.institution(r.institutionCode())
				.orElseThrow(() -> new BusinessException(AppointmentErrors.INVALID_RULE, "institutionCode"));
			check(r);
			n += schedules.insertRoster(r, institution.name(), institution.regionCode());
		}
		return n;
	}

	private static void check(NewRoster r) {
		if (r.weekday() < 1 || r.weekday() > 7) {
			throw new BusinessException(AppointmentErrors.INVALID_RULE, "weekday");
		}
		if (!"AM".equals(r.period()) && !"PM".equals(r.period())) {
			throw new BusinessException(AppointmentErrors.INVALID_RULE, "period");
		}
		if (r.perSegment() < 1 || r.referralPerSegment() < 0 || r.walkinPerSegment() < 0
				|| r.referralPerSegment() + r.walkinPerSegment() >= r.perSegment()) {
			throw new BusinessException(AppointmentErrors.INVALID_RULE, "perSegment");
		}
		if (r.fee() == null || r.fee().signum() < 0 || r.fee().scale() > 2) {
			throw new BusinessException(AppointmentErrors.INVALID_RULE, "fee");
		}
	}

	public boolean hasRosters() {
		return schedules.hasRosters();
	}

	@Transactional
	public int publishSchedules(LocalDate from, LocalDate to) {
		return publish(from, to, null, null);
	}

	/** One doctor's days, after their roster changed. */
	@Transactional
	public int publishDoctor(String institutionCode, String doctorRef, LocalDate from, LocalDate to) {
		return publish(from, to, institutionCode, doctorRef);
	}

	private int publish(LocalDate from, LocalDate to, String institution, String doctorRef) {
		int made = schedules.insertSchedules(from, to, institution, doctorRef);
		int slots = schedules.insertSlots(from, to, institution, doctorRef);
		if (made > 0) {
			log.info("Appointments: {} schedules with {} slots published for {} to {}", made, slots, from, to);
		}
		return made;
	}

	/**
	 * Every night, the window up to the default horizon plus a day (institutions with a
	 * longer one: ask the rule).
	 */
	@Scheduled(cron = "${sanyi.appointment.publish-cron:0 30 1 * * *}", zone = "${sanyi.time-zone}")
	@SchedulerLock(name = "appointment-publish", lockAtMostFor = "PT10M")
	void nightly() {
		LocalDate today = PlatformTime.today();
		publishSchedules(today, today.plusDays(Math.max(settings.daysAhead(), 14) + 1L));
	}

}
