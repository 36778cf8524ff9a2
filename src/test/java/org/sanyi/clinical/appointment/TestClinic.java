package org.sanyi.clinical.appointment;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.sanyi.clinical.AppointmentAdmin;
import org.sanyi.clinical.AppointmentAdmin.NewRoster;
import org.sanyi.shared.PlatformTime;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A doctor of its own at 青溪市第一医院 for one test: a roster on the weekday of {@code day},
 * published, so the test owns every slot of the schedule. Doctor references are unique
 * per JVM, so tests never share a schedule.
 */
public final class TestClinic {

	public static final String HOSPITAL = "H35990000001";

	private static final AtomicInteger SEQ = new AtomicInteger();

	public final long scheduleId;

	public final String doctorRef;

	public final LocalDate day;

	public final String department;

	private final JdbcClient jdbc;

	private TestClinic(long scheduleId, String doctorRef, String department, LocalDate day, JdbcClient jdbc) {
		this.department = department;
		this.scheduleId = scheduleId;
		this.doctorRef = doctorRef;
		this.day = day;
		this.jdbc = jdbc;
	}

	/**
	 * @param segments half-hour segments from 08:00
	 * @param perSegment places per segment, of which {@code referral} for referrals and
	 * {@code walkin} for the desk
	 */
	public static TestClinic open(AppointmentAdmin admin, JdbcClient jdbc, LocalDate day, int segments, int perSegment,
			int referral, int walkin, String fee) {
		return open(admin, jdbc, day, LocalTime.of(8, 0), 30, segments, perSegment, referral, walkin, fee);
	}

	/**
	 * A clinic open all day in hour-long segments: whatever the time a test runs, its
	 * last slot is still ahead.
	 */
	public static TestClinic allDay(AppointmentAdmin admin, JdbcClient jdbc, LocalDate day, int perSegment) {
		return open(admin, jdbc, day, LocalTime.MIDNIGHT, 60, 24, perSegment, 0, 0, "12.00");
	}

	static TestClinic open(AppointmentAdmin admin, JdbcClient jdbc, LocalDate day, LocalTime starts, int minutes,
			int segments, int perSegment, int referral, int walkin, String fee) {
		String ref = "IT-" + ProcessHandle.current().pid() + "-" + SEQ.incrementAndGet();
		String department = "T" + SEQ.get();
		admin.createRosters(List.of(new NewRoster(HOSPITAL, department, "测试门诊", ref, "测试医生" + SEQ.get(), "主任医师",
				day.getDayOfWeek().getValue(), "AM", starts, minutes, segments, perSegment, referral, walkin,
				new BigDecimal(fee), "9" + SEQ.get())));
		admin.publishDoctor(HOSPITAL, ref, day, day);
		long id = jdbc.sql("select id from ca_schedule where doctor_ref = :ref and day = :day")
			.param("ref", ref)
			.param("day", day)
			.query(Long.class)
			.single();
		return new TestClinic(id, ref, department, day, jdbc);
	}

	public List<Long> slots(String pool) {
		return jdbc.sql("select id from ca_slot where schedule_id = :s and pool = :pool order by starts_at")
			.param("s", scheduleId)
			.param("pool", pool)
			.query(Long.class)
			.list();
	}

	public int taken(long slotId) {
		return jdbc.sql("select taken from ca_slot where id = :id").param("id", slotId).query(Integer.class).single();
	}

	public long live() {
		return jdbc
			.sql("select count(*) from ca_appointment where schedule_id = :s"
					+ " and status in ('HELD', 'BOOKED', 'CHECKED_IN', 'CALLED', 'FULFILLED')")
			.param("s", scheduleId)
			.query(Long.class)
			.single();
	}

	/** A moment on the clinic's day, in the platform's zone. */
	public Instant at(int hour, int minute) {
		return day.atTime(hour, minute).atZone(PlatformTime.zone()).toInstant();
	}

	/**
	 * A moment some days before the clinic's day (after the 7-day release when
	 * {@code daysBefore} is below 7).
	 */
	public Instant before(int daysBefore, int hour) {
		return day.minusDays(daysBefore).atTime(hour, 0).atZone(PlatformTime.zone()).toInstant();
	}

}
