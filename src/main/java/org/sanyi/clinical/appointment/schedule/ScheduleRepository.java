package org.sanyi.clinical.appointment.schedule;

import java.time.LocalDate;
import java.util.List;

import org.sanyi.clinical.AppointmentAdmin.NewRoster;
import org.sanyi.shared.PlatformTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Rosters, and the schedules and slots made from them: set-based SQL, one statement for a
 * whole region's week.
 */
@Repository
public class ScheduleRepository {

	private final JdbcClient jdbc;

	public ScheduleRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	boolean hasRosters() {
		return jdbc.sql("select exists (select 1 from ca_roster)").query(Boolean.class).single();
	}

	/** The ids of an institution's schedules of a day. */
	public List<Long> scheduleIds(String institution, LocalDate day) {
		return jdbc.sql("select id from ca_schedule where institution_code = :inst and day = :day order by period, id")
			.param("inst", institution)
			.param("day", day)
			.query(Long.class)
			.list();
	}

	int insertRoster(NewRoster r, String institutionName, String regionCode) {
		return jdbc
			.sql("""
					insert into ca_roster (institution_code, institution_name, region_code, department_code, department_name,
					       doctor_ref, doctor_name, doctor_title, weekday, period, starts, segment_minutes, segments,
					       per_segment, referral_per_segment, walkin_per_segment, fee, room)
					values (:inst, :instName, :region, :dept, :deptName, :doctor, :doctorName, :title, :weekday, :period,
					       :starts, :minutes, :segments, :per, :referral, :walkin, :fee, :room)
					on conflict (institution_code, doctor_ref, weekday, period) do nothing""")
			.param("inst", r.institutionCode())
			.param("instName", institutionName)
			.param("region", regionCode)
			.param("dept", r.departmentCode())
			.param("deptName", r.departmentName())
			.param("doctor", r.doctorRef())
			.param("doctorName", r.doctorName())
			.param("title", r.doctorTitle())
			.param("weekday", r.weekday())
			.param("period", r.period())
			.param("starts", java.sql.Time.valueOf(r.starts()))
			.param("minutes", r.segmentMinutes())
			.param("segments", r.segments())
			.param("per", r.perSegment())
			.param("referral", r.referralPerSegment())
			.param("walkin", r.walkinPerSegment())
			.param("fee", r.fee())
			.param("room", r.room())
			.update();
	}

	/** The schedules of the active rosters for the days, where the day has none yet. */
	int insertSchedules(LocalDate from, LocalDate to, String institution, String doctorRef) {
		return jdbc
			.sql("""
					insert into ca_schedule (institution_code, institution_name, region_code, department_code,
					       department_name, doctor_ref, doctor_name, doctor_title, day, period, fee, room)
					select r.institution_code, r.institution_name, r.region_code, r.department_code, r.department_name,
					       r.doctor_ref, r.doctor_name, r.doctor_title, d::date, r.period, r.fee, r.room
					  from ca_roster r cross join generate_series(cast(:from as date), cast(:to as date), interval '1 day') d
					 where r.active and extract(isodow from d) = r.weekday
					   and (cast(:inst as text) is null or r.institution_code = :inst)
					   and (cast(:doctor as text) is null or r.doctor_ref = :doctor)
					on conflict (institution_code, doctor_ref, day, period) do nothing""")
			.param("from", from)
			.param("to", to)
			.param("inst", institution)
			.param("doctor", doctorRef)
			.update();
	}

	/**
	 * The slots of schedules of those days that have none: each segment cut into the
	 * public, referral and walk-in shares; queue numbers run through the half-day,
	 * segment by segment, public numbers first.
	 */
	int insertSlots(LocalDate from, LocalDate to, String institution, String doctorRef) {
		return jdbc
			.sql("""
					insert into ca_slot (schedule_id, pool, starts_at, ends_at, first_no, capacity)
					select c.id, p.pool,
					       (c.day + r.starts + g.i * r.segment_minutes * interval '1 minute') at time zone :zone,
					       (c.day + r.starts + (g.i + 1) * r.segment_minutes * interval '1 minute') at time zone :zone,
					       g.i * r.per_segment + p.off + 1, p.cap
					  from ca_schedule c
					  join ca_roster r on r.institution_code = c.institution_code and r.doctor_ref = c.doctor_ref
					                  and r.period = c.period and r.weekday = extract(isodow from c.day)
					  cross join generate_series(0, r.segments - 1) g(i)
					  cross join lateral (values
					       ('PUBLIC', 0, r.per_segment - r.referral_per_segment - r.walkin_per_segment),
					       ('REFERRAL', r.per_segment - r.referral_per_segment - r.walkin_per_segment, r.referral_per_segment),
					       ('WALKIN', r.per_segment - r.walkin_per_segment, r.walkin_per_segment)) p(pool, off, cap)
					 where c.day between :from and :to and p.cap > 0
					   and (cast(:inst as text) is null or c.institution_code = :inst)
					   and (cast(:doctor as text) is null or c.doctor_ref = :doctor)
					   and not exists (select 1 from ca_slot s where s.schedule_id = c.id)""")
			.param("zone", PlatformTime.zone().getId())
			.param("from", from)
			.param("to", to)
			.param("inst", institution)
			.param("doctor", doctorRef)
			.update();
	}

	/**
	 * The institutions with a schedule on a day or later, for the portal's first choice.
	 */
	public List<InstitutionChoice> institutionsFrom(LocalDate from, LocalDate to) {
		return jdbc.sql("""
				select institution_code, min(institution_name), min(region_code), count(distinct doctor_ref)
				  from ca_schedule where day between :from and :to and status = 'OPEN'
				 group by institution_code order by institution_code""")
			.param("from", from)
			.param("to", to)
			.query((rs, n) -> new InstitutionChoice(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4)))
			.list();
	}

	public record InstitutionChoice(String code, String name, String regionCode, int doctors) {
	}

	/** The departments of an institution with a schedule in the days. */
	public List<DepartmentChoice> departments(String institution, LocalDate from, LocalDate to) {
		return jdbc.sql("""
				select department_code, min(department_name), count(distinct doctor_ref)
				  from ca_schedule where institution_code = :inst and day between :from and :to and status = 'OPEN'
				 group by department_code order by department_code""")
			.param("inst", institution)
			.param("from", from)
			.param("to", to)
			.query((rs, n) -> new DepartmentChoice(rs.getString(1), rs.getString(2), rs.getInt(3)))
			.list();
	}

	public record DepartmentChoice(String code, String name, int doctors) {
	}

	/**
	 * A schedule with its places: {@code free} of {@code places} public places are free.
	 */
	public record ScheduleRow(long id, String institutionCode, String institutionName, String departmentCode,
			String departmentName, String doctorRef, String doctorName, String doctorTitle, LocalDate day,
			String period, java.math.BigDecimal fee, String room, int places, int free, int booked) {
	}

	private static final String SCHEDULE = """
			select c.id, c.institution_code, c.institution_name, c.department_code, c.department_name, c.doctor_ref,
			       c.doctor_name, c.doctor_title, c.day, c.period, c.fee, c.room,
			       coalesce(sum(s.capacity) filter (where s.pool = 'PUBLIC'), 0) as places,
			       coalesce(sum(s.capacity - s.taken) filter (where s.pool = 'PUBLIC'), 0) as free,
			       coalesce(sum(s.taken), 0) as booked
			  from ca_schedule c left join ca_slot s on s.schedule_id = c.id
			""";

	/** The open schedules of a department in the days, by day, half-day and doctor. */
	public List<ScheduleRow> schedules(String institution, String department, LocalDate from, LocalDate to) {
		return jdbc.sql(SCHEDULE + """
				where c.institution_code = :inst and c.department_code = :dept and c.day between :from and :to
				  and c.status = 'OPEN'
				group by c.id order by c.day, c.period, c.doctor_name""")
			.param("inst", institution)
			.param("dept", department)
			.param("from", from)
			.param("to", to)
			.query(ScheduleRepository::scheduleRow)
			.list();
	}

	/** An institution's schedules of one day (the desk's list). */
	public List<ScheduleRow> schedulesOfDay(String institution, LocalDate day) {
		return jdbc
			.sql(SCHEDULE + " where c.institution_code = :inst and c.day = :day"
					+ " group by c.id order by c.period, c.department_code, c.doctor_name")
			.param("inst", institution)
			.param("day", day)
			.query(ScheduleRepository::scheduleRow)
			.list();
	}

	public java.util.Optional<ScheduleRow> schedule(long id) {
		return jdbc.sql(SCHEDULE + " where c.id = :id group by c.id")
			.param("id", id)
			.query(ScheduleRepository::scheduleRow)
			.optional();
	}

	static ScheduleRow scheduleRow(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		return new ScheduleRow(rs.getLong("id"), rs.getString("institution_code"), rs.getString("institution_name"),
				rs.getString("department_code"), rs.getString("department_name"), rs.getString("doctor_ref"),
				rs.getString("doctor_name"), rs.getString("doctor_title"), rs.getObject("day", LocalDate.class),
				rs.getString("period"), rs.getBigDecimal("fee"), rs.getString("room"), rs.getInt("places"),
				rs.getInt("free"), rs.getInt("booked"));
	}

}
