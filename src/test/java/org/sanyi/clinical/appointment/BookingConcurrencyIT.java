package org.sanyi.clinical.appointment;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.sanyi.clinical.AppointmentAdmin;
import org.sanyi.IntegrationTest;
import org.sanyi.clinical.appointment.booking.BookingService;
import org.sanyi.clinical.appointment.booking.AppointmentRow;
import org.sanyi.clinical.appointment.booking.Channel;
import org.sanyi.shared.BusinessException;
import org.sanyi.shared.ErrorCode;
import org.sanyi.shared.PlatformTime;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The release moment: many threads book at once, each on its own connection. PostgreSQL
 * alone decides who gets a place: a slot never holds more than its capacity and a
 * resident never holds two places with one doctor on one day.
 */
@IntegrationTest
class BookingConcurrencyIT {

	static final int THREADS = 32;

	@Autowired
	AppointmentAdmin admin;

	@Autowired
	BookingService booking;

	@Autowired
	JdbcClient jdbc;

	/**
	 * Runs the tasks on THREADS threads released together; counts outcomes by error code
	 * ("OK" for success).
	 */
	static Map<String, Integer> race(List<Runnable> tasks) throws Exception {
		Map<String, Integer> outcomes = new ConcurrentHashMap<>();
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(THREADS);
		try {
			List<Future<?>> futures = new ArrayList<>();
			for (Runnable task : tasks) {
				futures.add(pool.submit(() -> {
					start.await();
					String outcome;
					try {
						task.run();
						outcome = "OK";
					}
					catch (BusinessException ex) {
						ErrorCode code = ex.error();
						outcome = code.code();
					}
					outcomes.merge(outcome, 1, Integer::sum);
					return null;
				}));
			}
			start.countDown();
			for (Future<?> f : futures) {
				f.get();
			}
		}
		finally {
			pool.shutdown();
		}
		return outcomes;
	}

	@Test
	void twoHundredResidentsRacingForOneSlotOfThreePlacesGetExactlyThreeBookings() throws Exception {
		TestClinic clinic = TestClinic.open(admin, jdbc, PlatformTime.today().plusDays(40), 1, 3, 0, 0, "12.00");
		long slot = clinic.slots("PUBLIC").getFirst();
		Instant now = clinic.before(6, 8);
		List<Runnable> tasks = new ArrayList<>();
		List<AppointmentRow> answered = new java.util.concurrent.CopyOnWriteArrayList<>();
		for (int i = 0; i < 200; i++) {
			String resident = "it-race-" + clinic.doctorRef + "-" + i;
			tasks.add(() -> answered.add(booking.book(resident, slot, Channel.API, null, now)));
		}

		Map<String, Integer> outcomes = race(tasks);

		assertThat(outcomes).containsEntry("OK", 3).containsEntry(AppointmentErrors.SLOT_FULL.code(), 197);
		assertThat(clinic.taken(slot)).isEqualTo(3);
		assertThat(clinic.live()).isEqualTo(3);
		assertThat(jdbc.sql("select queue_no from ca_appointment where slot_id = :s and status = 'BOOKED' order by 1")
			.param("s", slot)
			.query(Integer.class)
			.list()).containsExactly(1, 2, 3);
		// each winner is answered with the booking as stored, though it is not read again
		assertThat(answered).hasSize(3).allSatisfy(a -> assertThat(a).isEqualTo(booking.find(a.id()).orElseThrow()));
		assertThat(jdbc
			.sql("select count(*) from ca_payment where kind = 'CHARGE' and appointment_id in"
					+ " (select id from ca_appointment where slot_id = :s)")
			.param("s", slot)
			.query(Long.class)
			.single()).isEqualTo(3);
	}

	@Test
	void oneResidentBookingEverySegmentOfADoctorAtOnceGetsOneBookingAndNoPlaceIsLost() throws Exception {
		TestClinic clinic = TestClinic.open(admin, jdbc, PlatformTime.today().plusDays(41), 8, 2, 0, 0, "8.00");
		List<Long> slots = clinic.slots("PUBLIC");
		Instant now = clinic.before(6, 9);
		String resident = "it-greedy-" + clinic.doctorRef;
		List<Runnable> tasks = new ArrayList<>();
		for (int round = 0; round < 4; round++) {
			for (long slot : slots) {
				tasks.add(() -> booking.book(resident, slot, Channel.API, null, now));
			}
		}

		Map<String, Integer> outcomes = race(tasks);

		assertThat(outcomes).containsEntry("OK", 1)
			.containsEntry(AppointmentErrors.ONE_PER_DOCTOR_DAY.code(), tasks.size() - 1);
		assertThat(slots.stream().mapToInt(clinic::taken).sum()).as("places taken and rolled back").isEqualTo(1);
		assertThat(clinic.live()).isEqualTo(1);
	}

	@Test
	void aCrowdOverAWholeHalfDayFillsEveryPlaceOnceAndNoMore() throws Exception {
		TestClinic clinic = TestClinic.open(admin, jdbc, PlatformTime.today().plusDays(42), 8, 4, 1, 1, "20.00");
		List<Long> slots = clinic.slots("PUBLIC");
		Instant now = clinic.before(7, 8);
		AtomicInteger booked = new AtomicInteger();
		List<Runnable> tasks = new ArrayList<>();
		for (int i = 0; i < 300; i++) {
			String resident = "it-crowd-" + clinic.doctorRef + "-" + i;
			int first = i % slots.size();
			tasks.add(() -> {
				// each resident tries its preferred segment first, then the later ones,
				// as people do
				for (int k = 0; k < slots.size(); k++) {
					try {
						booking.book(resident, slots.get((first + k) % slots.size()), Channel.PORTAL, null, now);
						booked.incrementAndGet();
						return;
					}
					catch (BusinessException ex) {
						if (ex.error() != AppointmentErrors.SLOT_FULL) {
							throw ex;
						}
					}
				}
				throw new BusinessException(AppointmentErrors.SLOT_FULL);
			});
		}

		Map<String, Integer> outcomes = race(tasks);

		int publicPlaces = 8 * 2;
		assertThat(booked.get()).isEqualTo(publicPlaces);
		assertThat(outcomes).containsEntry("OK", publicPlaces)
			.containsEntry(AppointmentErrors.SLOT_FULL.code(), 300 - publicPlaces);
		assertThat(slots).allSatisfy(s -> assertThat(clinic.taken(s)).isEqualTo(2));
		assertThat(clinic.slots("REFERRAL")).allSatisfy(s -> assertThat(clinic.taken(s)).isZero());
		assertThat(jdbc
			.sql("select count(distinct resident_id) = count(*) from ca_appointment where schedule_id = :s"
					+ " and status = 'BOOKED'")
			.param("s", clinic.scheduleId)
			.query(Boolean.class)
			.single()).isTrue();
	}

}
