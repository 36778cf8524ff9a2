package org.sanyi.clinical.appointment;

import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.sanyi.clinical.AppointmentAdmin;
import org.sanyi.IntegrationTest;
import org.sanyi.clinical.appointment.booking.AppointmentRow;
import org.sanyi.clinical.appointment.booking.AppointmentStatus;
import org.sanyi.clinical.appointment.booking.BookingService;
import org.sanyi.clinical.appointment.booking.Channel;
import org.sanyi.clinical.appointment.queue.QueueService;
import org.sanyi.clinical.appointment.survey.SurveyService;
import org.sanyi.shared.BusinessException;
import org.sanyi.shared.PlatformTime;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Hold, pay, book, cancel, the queue and the survey, with every refusal leaving things as
 * they were.
 */
@IntegrationTest
class AppointmentFlowIT {

	@Autowired
	AppointmentAdmin admin;

	@Autowired
	BookingService booking;

	@Autowired
	QueueService queue;

	@Autowired
	SurveyService surveys;

	@Autowired
	ReferralSlots referralSlots;

	@Autowired
	JdbcClient jdbc;

	static void refused(Runnable action, AppointmentErrors error) {
		assertThatThrownBy(action::run).isInstanceOfSatisfying(BusinessException.class,
				ex -> assertThat(ex.error()).isEqualTo(error));
	}

	long payments(long appointmentId, String kind) {
		return jdbc.sql("select count(*) from ca_payment where appointment_id = :id and kind = :kind")
			.param("id", appointmentId)
			.param("kind", kind)
			.query(Long.class)
			.single();
	}

	/**
	 * Spring Modulith 2.1 looks for a nested module's files in
	 * {@code db/migration/clinical.appointment} but would migrate
	 * {@code db/migration/clinical/appointment}, so a nested module runs nothing itself;
	 * and inside the packaged jar a parent folder holding only subfolders counts as
	 * empty. So the file lives in the parent's folder and history; versions are unique
	 * across all of {@code clinical.*} (appointments use V41–V60).
	 */
	@Test
	void migrationsOfTheNestedModuleRunFromItsFolderInTheParentsHistory() {
		assertThat(jdbc.sql("select script from flyway_schema_history_clinical where success order by installed_rank")
			.query(String.class)
			.list()).contains("V41__appointments.sql");
		assertThat(jdbc
			.sql("select count(*) from pg_tables where tablename like 'flyway_schema_history_clinical_%'"
					+ " or tablename like 'flyway_schema_history_clinical.%'")
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void aHeldSlotIsBookedWhenPaidAndTheFeeComesBackOnCancel() {
		TestClinic clinic = TestClinic.open(admin, jdbc, PlatformTime.today().plusDays(50), 2, 3, 1, 1, "20.00");
		long slot = clinic.slots("PUBLIC").getFirst();
		Instant now = clinic.before(3, 10);

		long id = booking.hold("it-flow-pay", slot, Channel.PORTAL, null, now);
		assertThat(booking.find(id).orElseThrow().status()).isEqualTo(AppointmentStatus.HELD);
		assertThat(clinic.taken(slot)).isEqualTo(1);
		AppointmentRow booked = booking.confirm(id, "it-flow-pay", now.plusSeconds(60));

		assertThat(booked.status()).isEqualTo(AppointmentStatus.BOOKED);
		assertThat(booked.queueNo()).isEqualTo(1);
		assertThat(booked).isEqualTo(booking.find(id).orElseThrow());
		assertThat(payments(id, "CHARGE")).isEqualTo(1);
		booking.cancel(id, "it-flow-pay", now.plusSeconds(120));
		assertThat(booking.find(id).orElseThrow().status()).isEqualTo(AppointmentStatus.CANCELLED);
		assertThat(payments(id, "REFUND")).isEqualTo(1);
		assertThat(clinic.taken(slot)).isZero();
	}

	@Test
	void someoneElsesHoldCannotBePaidAndAnExpiredHoldFreesItsPlace() {
		TestClinic clinic = TestClinic.open(admin, jdbc, PlatformTime.today().plusDays(51), 1, 2, 0, 0, "12.00");
		long slot = clinic.slots("PUBLIC").getFirst();
		Instant now = clinic.before(2, 9);
		long id = booking.hold("it-flow-hold", slot, Channel.PORTAL, null, now);

		refused(() -> booking.confirm(id, "it-flow-other", now), AppointmentErrors.APPOINTMENT_NOT_FOUND);
		assertThat(booking.expireHolds(now.plusSeconds(11 * 60))).isGreaterThanOrEqualTo(1);

		assertThat(booking.find(id).orElseThrow().status()).isEqualTo(AppointmentStatus.EXPIRED);
		assertThat(clinic.taken(slot)).isZero();
		refused(() -> booking.confirm(id, "it-flow-hold", now.plusSeconds(12 * 60)), AppointmentErrors.WRONG_STATE);
		assertThat(payments(id, "CHARGE")).isZero();
	}

	@Test
	void bookingsTheRulesRefuseChangeNothing() {
		TestClinic clinic = TestClinic.open(admin, jdbc, PlatformTime.today().plusDays(52), 2, 3, 1, 1, "12.00");
		long slot = clinic.slots("PUBLIC").getFirst();
		// before the release, after the slot, a referral place from the portal, a walk-in
		// place the day before
		refused(() -> booking.book("it-flow-rules", slot, Channel.PORTAL, null, clinic.before(8, 9)),
				AppointmentErrors.NOT_RELEASED);
		refused(() -> booking.book("it-flow-rules", slot, Channel.PORTAL, null, clinic.at(9, 0)),
				AppointmentErrors.SLOT_PAST);
		refused(() -> booking.book("it-flow-rules", clinic.slots("REFERRAL").getFirst(), Channel.PORTAL, null,
				clinic.before(1, 9)), AppointmentErrors.WRONG_POOL);
		refused(() -> booking.book("it-flow-rules", clinic.slots("WALKIN").getFirst(), Channel.DESK, null,
				clinic.before(1, 9)), AppointmentErrors.NOT_RELEASED);
		// a second booking with the same doctor that day
		booking.book("it-flow-rules", slot, Channel.PORTAL, null, clinic.before(1, 9));
		refused(() -> booking.book("it-flow-rules", clinic.slots("PUBLIC").get(1), Channel.PORTAL, null,
				clinic.before(1, 9)), AppointmentErrors.ONE_PER_DOCTOR_DAY);

		assertThat(clinic.live()).isEqualTo(1);
		assertThat(clinic.slots("PUBLIC").stream().mapToInt(clinic::taken).sum()).isEqualTo(1);
		assertThat(clinic.slots("REFERRAL").stream().mapToInt(clinic::taken).sum()).isZero();
	}

	@Test
	void cancellingAfterTheCutOffIsRefusedAndTheBookingStays() {
		TestClinic clinic = TestClinic.open(admin, jdbc, PlatformTime.today().plusDays(53), 1, 3, 0, 0, "12.00");
		AppointmentRow a = booking.book("it-flow-late", clinic.slots("PUBLIC").getFirst(), Channel.PORTAL, null,
				clinic.before(2, 9));

		// the demo hospital's rule: up to 120 minutes before the slot (08:00)
		refused(() -> booking.cancel(a.id(), "it-flow-late", clinic.at(6, 30)), AppointmentErrors.CANCEL_TOO_LATE);

		assertThat(booking.find(a.id()).orElseThrow().status()).isEqualTo(AppointmentStatus.BOOKED);
		assertThat(payments(a.id(), "REFUND")).isZero();
		booking.cancel(a.id(), "it-flow-late", clinic.at(5, 59));
		assertThat(payments(a.id(), "REFUND")).isEqualTo(1);
	}

	@Test
	void threeNoShowsInNinetyDaysSuspendBooking() {
		TestClinic clinic = TestClinic.open(admin, jdbc, PlatformTime.today().plusDays(54), 4, 3, 0, 0, "12.00");
		String resident = "it-flow-noshow";
		Instant now = clinic.before(2, 9);
		for (int i = 0; i < 3; i++) {
			TestClinic past = TestClinic.open(admin, jdbc, PlatformTime.today().plusDays(54 + 7 * (i + 1)), 1, 3, 0, 0,
					"12.00");
			AppointmentRow a = booking.book(resident, past.slots("PUBLIC").getFirst(), Channel.PORTAL, null,
					past.before(2, 9));
			// arrange: the appointment of a past day the no-show job marked
			jdbc.sql("update ca_appointment set status = 'NOSHOW', day = :day where id = :id")
				.param("day", clinic.day.minusDays(5 + 10L * i))
				.param("id", a.id())
				.update();
		}

		refused(() -> booking.book(resident, clinic.slots("PUBLIC").getFirst(), Channel.PORTAL, null, now),
				AppointmentErrors.SUSPENDED);
		assertThat(clinic.live()).isZero();
	}

	@Test
	void theQueueCallsReferralsFirstThenByCheckInAndTellsEachWhereTheyStand() {
		TestClinic clinic = TestClinic.open(admin, jdbc, PlatformTime.today().plusDays(55), 2, 4, 1, 1, "12.00");
		Instant booked = clinic.before(2, 9);
		AppointmentRow a = booking.book("it-q-a", clinic.slots("PUBLIC").get(0), Channel.PORTAL, null, booked);
		AppointmentRow b = booking.book("it-q-b", clinic.slots("PUBLIC").get(0), Channel.PORTAL, null, booked);
		AppointmentRow c = booking.book("it-q-c", clinic.slots("PUBLIC").get(1), Channel.PORTAL, null, booked);
		AppointmentRow r = booking.book("it-q-r", clinic.slots("REFERRAL").get(1), Channel.REFERRAL, "REF-1", booked);
		String h = TestClinic.HOSPITAL;
		queue.checkIn(h, b.id(), clinic.at(7, 40));
		queue.checkIn(h, a.id(), clinic.at(7, 45));
		queue.checkIn(h, c.id(), clinic.at(7, 50));
		queue.checkIn(h, r.id(), clinic.at(7, 55));

		assertThat(queue.position(booking.find(c.id()).orElseThrow())).isEqualTo(new QueueService.Position(3, 4, null));
		assertThat(queue.callNext(h, clinic.scheduleId, clinic.at(8, 0)).orElseThrow().id()).isEqualTo(r.id());
		assertThat(queue.callNext(h, clinic.scheduleId, clinic.at(8, 10)).orElseThrow().id()).isEqualTo(b.id());

		assertThat(booking.find(r.id()).orElseThrow().status()).isEqualTo(AppointmentStatus.FULFILLED);
		AppointmentRow cNow = booking.find(c.id()).orElseThrow();
		assertThat(queue.position(cNow)).isEqualTo(new QueueService.Position(1, 2, b.queueNo()));
		refused(() -> queue.checkIn("H35992100001", a.id(), clinic.at(8, 11)), AppointmentErrors.APPOINTMENT_NOT_FOUND);
		refused(() -> queue.checkIn(h, r.id(), clinic.at(8, 12)), AppointmentErrors.WRONG_STATE);
	}

	@Test
	void onlyTheResidentOfACompletedVisitAnswersItsSurveyOnce() {
		TestClinic clinic = TestClinic.open(admin, jdbc, PlatformTime.today().plusDays(56), 1, 3, 0, 0, "12.00");
		AppointmentRow a = booking.book("it-s-a", clinic.slots("PUBLIC").getFirst(), Channel.PORTAL, null,
				clinic.before(2, 9));
		Map<String, Integer> scores = Map.of("WAIT", 4, "DOCTOR", 5, "ENV", 4, "OVERALL", 5);
		refused(() -> surveys.submit("it-s-a", a.id(), scores, null, clinic.at(7, 0)),
				AppointmentErrors.SURVEY_NOT_OPEN);
		queue.checkIn(TestClinic.HOSPITAL, a.id(), clinic.at(7, 50));
		queue.callNext(TestClinic.HOSPITAL, clinic.scheduleId, clinic.at(8, 0));
		queue.finish(TestClinic.HOSPITAL, a.id(), clinic.at(8, 10));

		refused(() -> surveys.submit("it-s-other", a.id(), scores, null, clinic.at(9, 0)),
				AppointmentErrors.APPOINTMENT_NOT_FOUND);
		refused(() -> surveys.submit("it-s-a", a.id(), Map.of("WAIT", 4, "DOCTOR", 6, "ENV", 4, "OVERALL", 5), null,
				clinic.at(9, 0)), AppointmentErrors.INVALID_SURVEY);
		surveys.submit("it-s-a", a.id(), scores, "很好", clinic.at(9, 0));
		refused(() -> surveys.submit("it-s-a", a.id(), scores, null, clinic.at(9, 1)),
				AppointmentErrors.SURVEY_NOT_OPEN);

		assertThat(jdbc.sql("select satisfied from ca_survey_response where appointment_id = :id")
			.param("id", a.id())
			.query(Boolean.class)
			.single()).isTrue();
		assertThat(jdbc
			.sql("select count(*) from ca_survey_answer a join ca_survey_response r on r.id = a.response_id"
					+ " where r.appointment_id = :id")
			.param("id", a.id())
			.query(Long.class)
			.single()).isEqualTo(4);
	}

	@Test
	void aReferralBooksTheEarliestReferralPlaceAndGivesItBackWhenWithdrawn() {
		TestClinic clinic = TestClinic.open(admin, jdbc, PlatformTime.today().plusDays(3), 2, 3, 1, 0, "12.00");
		var slot = referralSlots
			.bookForReferral("it-ref-1", TestClinic.HOSPITAL, clinic.department, clinic.day, "REF-77")
			.orElseThrow();
		AppointmentRow a = booking.find(slot.appointmentId()).orElseThrow();

		assertThat(a.slotId()).isEqualTo(clinic.slots("REFERRAL").getFirst());
		assertThat(a.referralRef()).isEqualTo("REF-77");
		assertThat(a.priority()).isEqualTo(1);
		refused(() -> referralSlots.cancelForReferral(a.id(), "REF-other"), AppointmentErrors.APPOINTMENT_NOT_FOUND);
		referralSlots.cancelForReferral(a.id(), "REF-77");
		assertThat(clinic.taken(a.slotId())).isZero();
	}

}
