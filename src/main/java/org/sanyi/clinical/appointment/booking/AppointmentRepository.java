package org.sanyi.clinical.appointment.booking;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Appointments. State changes are conditional on the state the caller saw
 * ({@link #move}), so two desks or a desk and the hold-expiry job never both act on one
 * appointment.
 */
@Repository
public class AppointmentRepository {

	static final String SELECT = """
			select a.id, a.slot_id, a.schedule_id, a.resident_id, a.channel, a.status, a.queue_no, a.priority, a.fee,
			       a.referral_ref, a.hold_expires_at, a.created_at, a.booked_at, a.checked_in_at, a.called_at,
			       a.finished_at, s.starts_at, s.ends_at, c.institution_code, c.institution_name, c.department_code,
			       c.department_name,
			       c.doctor_ref, c.doctor_name, c.doctor_title, c.day, c.period, c.room
			  from ca_appointment a join ca_slot s on s.id = a.slot_id join ca_schedule c on c.id = a.schedule_id
			""";

	private final JdbcClient jdbc;

	public AppointmentRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Inserts a held appointment of a slot whose place the transaction has just taken
	 * ({@link SlotRepository#take}), with the lowest queue number of the slot no live
	 * appointment holds: the slot's row lock keeps other bookings of the slot out until
	 * commit, and this statement's snapshot, taken after the lock, sees every number
	 * committed before. The partial unique index refuses a second live appointment of the
	 * resident with the same doctor on the same day (DuplicateKeyException). Returns the
	 * appointment as {@link #find} would read it, without reading it again.
	 */
	public AppointmentRow insertHeld(SlotRow slot, String residentId, Channel channel, int priority, String referralRef,
			Instant holdExpiresAt, Instant now) {
		// numbers are looked up by the schedule, whose live numbers are unique
		// (ca_appointment_queue_no): one index probe per number of the slot's range
		return jdbc
			.sql("""
					insert into ca_appointment (slot_id, schedule_id, institution_code, doctor_ref, day, resident_id, channel,
					       status, queue_no, priority, fee, referral_ref, hold_expires_at, created_at)
					select :slot, :schedule, :inst, :doctor, :day, :resident, :channel, 'HELD', n, :priority, :fee,
					       :referral, :expires, :now
					  from (select min(n) as n from generate_series(:first, :last) n
					         where not exists (select 1 from ca_appointment a where a.schedule_id = :schedule and a.queue_no = n
					                              and a.status not in ('CANCELLED', 'EXPIRED'))) free
					 where n is not null
					returning id, queue_no, hold_expires_at, created_at""")
			.param("slot", slot.id())
			.param("schedule", slot.scheduleId())
			.param("inst", slot.institutionCode())
			.param("doctor", slot.doctorRef())
			.param("day", slot.day())
			.param("resident", residentId)
			.param("channel", channel.name())
			.param("priority", priority)
			.param("fee", slot.fee())
			.param("referral", referralRef)
			.param("expires", Timestamp.from(holdExpiresAt))
			.param("now", Timestamp.from(now))
			.param("first", slot.firstNo())
			.param("last", slot.firstNo() + slot.capacity() - 1)
			.query((rs, n) -> new AppointmentRow(rs.getLong("id"), slot.id(), slot.scheduleId(), residentId, channel,
					AppointmentStatus.HELD, rs.getInt("queue_no"), priority, slot.fee(), referralRef,
					instant(rs, "hold_expires_at"), instant(rs, "created_at"), null, null, null, null, slot.startsAt(),
					slot.endsAt(), slot.institutionCode(), slot.institutionName(), slot.departmentCode(),
					slot.departmentName(), slot.doctorRef(), slot.doctorName(), slot.doctorTitle(), slot.day(),
					slot.period(), slot.room()))
			.optional()
			// the place was just taken, so a number is free unless the schedule's
			// numbers are inconsistent: then nothing is inserted and all rolls back
			.orElseThrow(() -> new IllegalStateException("no free queue number in slot " + slot.id()));
	}

	public Optional<AppointmentRow> find(long id) {
		return jdbc.sql(SELECT + " where a.id = :id").param("id", id).query(AppointmentRepository::row).optional();
	}

	/** A resident's appointments, newest day first. */
	public List<AppointmentRow> ofResident(String residentId, int limit) {
		return jdbc
			.sql(SELECT + " where a.resident_id = :resident and a.status <> 'EXPIRED'"
					+ " order by c.day desc, s.starts_at desc limit :limit")
			.param("resident", residentId)
			.param("limit", limit)
			.query(AppointmentRepository::row)
			.list();
	}

	/**
	 * A schedule's appointments in queue order: priority, then check-in time, then
	 * number.
	 */
	public List<AppointmentRow> ofSchedule(long scheduleId) {
		return jdbc
			.sql(SELECT + " where a.schedule_id = :schedule and a.status not in ('EXPIRED', 'CANCELLED')"
					+ " order by a.priority desc, a.checked_in_at nulls last, a.queue_no")
			.param("schedule", scheduleId)
			.query(AppointmentRepository::row)
			.list();
	}

	/**
	 * Moves an appointment from one of the given states to {@code to}, stamping
	 * {@code column} when given. False when it is no longer in one of them.
	 */
	public boolean move(long id, Collection<AppointmentStatus> from, AppointmentStatus to, String column, Instant at) {
		String stamp = switch (column == null ? "" : column) {
			case "booked_at", "cancelled_at", "checked_in_at", "called_at", "finished_at" -> ", " + column + " = :at";
			case "" -> "";
			default -> throw new IllegalArgumentException(column);
		};
		return jdbc.sql("update ca_appointment set status = :to" + stamp + " where id = :id and status in (:from)")
			.param("to", to.name())
			.param("at", Timestamp.from(at))
			.param("id", id)
			.param("from", from.stream().map(Enum::name).toList())
			.update() == 1;
	}

	/** Confirms a hold that has not expired. */
	public boolean book(long id, Instant now) {
		return jdbc.sql("update ca_appointment set " + BOOK + " where " + BOOKABLE)
			.param("id", id)
			.param("now", Timestamp.from(now))
			.update() == 1;
	}

	/**
	 * Confirms a hold that has not expired and records its charge, in one statement: the
	 * charge only if the hold was still there.
	 */
	public boolean bookCharged(long id, Instant now, BigDecimal amount, String provider, String providerRef) {
		return jdbc
			.sql("with booked as (update ca_appointment set " + BOOK + " where " + BOOKABLE + " returning id)"
					+ " insert into ca_payment (appointment_id, kind, amount, provider, provider_ref)"
					+ " select id, 'CHARGE', :amount, :provider, :ref from booked")
			.param("id", id)
			.param("now", Timestamp.from(now))
			.param("amount", amount)
			.param("provider", provider)
			.param("ref", providerRef)
			.update() == 1;
	}

	private static final String BOOK = "status = 'BOOKED', booked_at = :now, hold_expires_at = null";

	private static final String BOOKABLE = "id = :id and status = 'HELD' and hold_expires_at > :now";

	/** Holds that ran out, oldest first. */
	public List<Long> expiredHolds(Instant now, int limit) {
		return jdbc
			.sql("select id from ca_appointment where status = 'HELD' and hold_expires_at <= :now"
					+ " order by hold_expires_at limit :limit")
			.param("now", Timestamp.from(now))
			.param("limit", limit)
			.query(Long.class)
			.list();
	}

	/**
	 * Booked appointments of days before {@code today} whose resident never checked in.
	 */
	public List<Long> missed(LocalDate today, int limit) {
		return jdbc
			.sql("select id from ca_appointment where status = 'BOOKED' and day < :today order by id limit :limit")
			.param("today", today)
			.param("limit", limit)
			.query(Long.class)
			.list();
	}

	public List<LocalDate> noShowDays(String residentId, LocalDate since) {
		return jdbc
			.sql("select day from ca_appointment where resident_id = :resident and status = 'NOSHOW'"
					+ " and day >= :since")
			.param("resident", residentId)
			.param("since", since)
			.query(LocalDate.class)
			.list();
	}

	public void refunded(long appointmentId, BigDecimal amount, String provider, String providerRef) {
		payment(appointmentId, "REFUND", amount, provider, providerRef);
	}

	private void payment(long appointmentId, String kind, BigDecimal amount, String provider, String ref) {
		jdbc.sql("insert into ca_payment (appointment_id, kind, amount, provider, provider_ref)"
				+ " values (:id, :kind, :amount, :provider, :ref)")
			.param("id", appointmentId)
			.param("kind", kind)
			.param("amount", amount)
			.param("provider", provider)
			.param("ref", ref)
			.update();
	}

	/**
	 * The provider's reference of the appointment's charge, if it was charged and not
	 * refunded.
	 */
	public Optional<String> openCharge(long appointmentId) {
		return jdbc
			.sql("""
					select provider_ref from ca_payment p where appointment_id = :id and kind = 'CHARGE'
					   and not exists (select 1 from ca_payment r where r.appointment_id = p.appointment_id and r.kind = 'REFUND')""")
			.param("id", appointmentId)
			.query(String.class)
			.optional();
	}

	static AppointmentRow row(ResultSet rs, int n) throws SQLException {
		return new AppointmentRow(rs.getLong("id"), rs.getLong("slot_id"), rs.getLong("schedule_id"),
				rs.getString("resident_id"), Channel.valueOf(rs.getString("channel")),
				AppointmentStatus.valueOf(rs.getString("status")), (Integer) rs.getObject("queue_no"),
				rs.getInt("priority"), rs.getBigDecimal("fee"), rs.getString("referral_ref"),
				instant(rs, "hold_expires_at"), instant(rs, "created_at"), instant(rs, "booked_at"),
				instant(rs, "checked_in_at"), instant(rs, "called_at"), instant(rs, "finished_at"),
				instant(rs, "starts_at"), instant(rs, "ends_at"), rs.getString("institution_code"),
				rs.getString("institution_name"), rs.getString("department_code"), rs.getString("department_name"),
				rs.getString("doctor_ref"), rs.getString("doctor_name"), rs.getString("doctor_title"),
				rs.getObject("day", LocalDate.class), rs.getString("period"), rs.getString("room"));
	}

	static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp t = rs.getTimestamp(column);
		return t == null ? null : t.toInstant();
	}

	/**
	 * The resident's booked appointments at an institution on a day (check-in by health
	 * code).
	 */
	public List<AppointmentRow> bookedAt(String residentId, String institution, LocalDate day) {
		return jdbc
			.sql(SELECT + " where a.resident_id = :resident and a.institution_code = :inst and a.day = :day"
					+ " and a.status = 'BOOKED' order by s.starts_at")
			.param("resident", residentId)
			.param("inst", institution)
			.param("day", day)
			.query(AppointmentRepository::row)
			.list();
	}

	/** The number called last in a schedule, if any. */
	public Optional<Integer> currentNumber(long scheduleId) {
		return jdbc
			.sql("select queue_no from ca_appointment where schedule_id = :schedule and called_at is not null"
					+ " and status in ('CALLED', 'FULFILLED') order by called_at desc, id desc limit 1")
			.param("schedule", scheduleId)
			.query(Integer.class)
			.optional();
	}

}
