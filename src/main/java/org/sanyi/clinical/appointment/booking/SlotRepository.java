package org.sanyi.clinical.appointment.booking;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Slots and their capacity. {@link #take} and {@link #giveBack} are the only writes of
 * {@code taken}: conditional updates, so two requests can never both take the last place
 * (the second one's update waits for the first one's row lock, then finds
 * {@code taken < capacity} false and changes nothing).
 */
@Repository
public class SlotRepository {

	static final String SELECT = """
			select s.id, s.schedule_id, s.pool, s.starts_at, s.ends_at, s.first_no, s.capacity, s.taken,
			       c.institution_code, c.institution_name, c.region_code, c.department_code, c.department_name,
			       c.doctor_ref, c.doctor_name, c.doctor_title, c.day, c.period, c.fee, c.room, c.status = 'OPEN' as open
			  from ca_slot s join ca_schedule c on c.id = s.schedule_id
			""";

	private final JdbcClient jdbc;

	public SlotRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<SlotRow> slot(long id) {
		return jdbc.sql(SELECT + " where s.id = :id").param("id", id).query(SlotRepository::row).optional();
	}

	/** The slots of a schedule in one share, by time. */
	public List<SlotRow> slotsOf(long scheduleId, Pool pool) {
		return jdbc.sql(SELECT + " where s.schedule_id = :schedule and s.pool = :pool order by s.starts_at")
			.param("schedule", scheduleId)
			.param("pool", pool.name())
			.query(SlotRepository::row)
			.list();
	}

	/**
	 * The earliest referral slot with room of a department from a day on, up to a last
	 * day.
	 */
	public Optional<SlotRow> firstFreeReferralSlot(String institution, String department, java.time.LocalDate from,
			java.time.LocalDate to, Instant after) {
		return jdbc.sql(SELECT + """
				where c.institution_code = :inst and c.department_code = :dept and c.day between :from and :to
				  and c.status = 'OPEN' and s.pool = 'REFERRAL' and s.taken < s.capacity and s.ends_at > :after
				order by s.starts_at, s.id limit 1""")
			.param("inst", institution)
			.param("dept", department)
			.param("from", from)
			.param("to", to)
			.param("after", Timestamp.from(after))
			.query(SlotRepository::row)
			.optional();
	}

	/** Takes one place of the slot if it has one; false when it is full. */
	public boolean take(long slotId) {
		return jdbc.sql("update ca_slot set taken = taken + 1 where id = :id and taken < capacity")
			.param("id", slotId)
			.update() == 1;
	}

	/** Gives a place back (a cancelled, expired or released booking). */
	public void giveBack(long slotId) {
		jdbc.sql("update ca_slot set taken = taken - 1 where id = :id and taken > 0").param("id", slotId).update();
	}

	static SlotRow row(ResultSet rs, int n) throws SQLException {
		return new SlotRow(rs.getLong("id"), rs.getLong("schedule_id"), Pool.valueOf(rs.getString("pool")),
				rs.getTimestamp("starts_at").toInstant(), rs.getTimestamp("ends_at").toInstant(), rs.getInt("first_no"),
				rs.getInt("capacity"), rs.getInt("taken"), rs.getString("institution_code"),
				rs.getString("institution_name"), rs.getString("region_code"), rs.getString("department_code"),
				rs.getString("department_name"), rs.getString("doctor_ref"), rs.getString("doctor_name"),
				rs.getString("doctor_title"), rs.getObject("day", java.time.LocalDate.class), rs.getString("period"),
				rs.getBigDecimal("fee"), rs.getString("room"), rs.getBoolean("open"));
	}

}
