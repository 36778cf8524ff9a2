package org.sanyi.clinical;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Bulk writes for the demo generator and a region's onboarding: release rules per
 * institution, doctors' weekly rosters, and the schedules and slots the rosters produce
 * for the release window; and the booking and queue steps at a given moment, so the demo
 * can lay down a plausible day (the pages and REST use the clock). Implemented by the
 * nested module {@code clinical.appointment}; declared here because Spring Modulith lets
 * modules outside {@code clinical} reach a nested module only through its parent.
 */
public interface AppointmentAdmin {

	/** Sets an institution's release rule (replacing the one it had). */
	void saveReleaseRule(ReleaseRule rule);

	/**
	 * Adds rosters; an existing roster of the same doctor, weekday and half-day is left
	 * alone.
	 */
	int createRosters(List<NewRoster> rosters);

	/**
	 * Makes the schedules and slots of every active roster for the days from {@code from}
	 * to {@code to} (inclusive); days that already have their schedule are skipped, so
	 * running it again changes nothing.
	 * @return the schedules made
	 */
	int publishSchedules(LocalDate from, LocalDate to);

	/** As {@link #publishSchedules}, for one doctor whose roster was added or changed. */
	int publishDoctor(String institutionCode, String doctorRef, LocalDate from, LocalDate to);

	boolean hasRosters();

	/** The ids of an institution's schedules of a day, morning first. */
	List<Long> schedulesOf(String institutionCode, LocalDate day);

	/**
	 * Books the first free public place of a schedule for a resident as the portal would
	 * at that moment (release rule, no-show rule, one per doctor and day, fee through the
	 * payment provider).
	 * @return the appointment, or empty when the schedule is full or the rules refuse
	 */
	Optional<Long> bookFirstFree(String residentId, long scheduleId, Instant at);

	/** The HIS's check-in at that moment. */
	void checkIn(String institutionCode, long appointmentId, Instant at);

	/**
	 * The doctor calls the next patient at that moment; the one called before is done.
	 */
	Optional<Long> callNext(String institutionCode, long scheduleId, Instant at);

	/** The visit is over. */
	void finish(String institutionCode, long appointmentId, Instant at);

	/**
	 * The resident answers the survey of a completed visit (scores by question code, 1 to
	 * 5).
	 */
	void answerSurvey(String residentId, long appointmentId, Map<String, Integer> scores, String comment, Instant at);

	/**
	 * When the public share of a day opens and how long before a slot a booking may be
	 * cancelled.
	 *
	 * @param daysAhead the day's slots open this many days before it (7: Monday's slots
	 * open the Monday before)
	 * @param releaseTime at this time of day (08:00)
	 * @param cancelBeforeMinutes cancelling is possible until this many minutes before
	 * the slot starts
	 * @param holdMinutes how long a held slot waits for payment
	 */
	record ReleaseRule(String institutionCode, int daysAhead, LocalTime releaseTime, int cancelBeforeMinutes,
			int holdMinutes) {
	}

	/**
	 * A doctor's regular half-day.
	 *
	 * @param doctorRef the institution's id of the doctor (staff number or practising
	 * certificate number)
	 * @param weekday 1 Monday to 7 Sunday
	 * @param period {@code AM} or {@code PM}
	 * @param perSegment patients per segment, of which {@code referralPerSegment} are
	 * kept for referrals from the alliance (号源下沉) and {@code walkinPerSegment} for the
	 * desk (现场号)
	 */
	record NewRoster(String institutionCode, String departmentCode, String departmentName, String doctorRef,
			String doctorName, String doctorTitle, int weekday, String period, LocalTime starts, int segmentMinutes,
			int segments, int perSegment, int referralPerSegment, int walkinPerSegment, BigDecimal fee, String room) {
	}

}
