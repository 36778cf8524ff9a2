package org.sanyi.identity.death;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.sanyi.identity.Death;
import org.sanyi.identity.DeathSource;
import org.sanyi.shared.Like;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * {@code idn_death} (the death in force, updated under its version) and
 * {@code idn_death_change} (append-only trail).
 */
@Repository
class DeathRepository {

	private final JdbcClient jdbc;

	DeathRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Death> find(String residentId) {
		return jdbc.sql("""
				select resident_id, date_of_death, source, certificate_no, reported_by_org, recorded_by, recorded_at,
				       version
				from idn_death where resident_id = :r""")
			.param("r", residentId)
			.query(DeathRepository::death)
			.optional();
	}

	/** Inserts the first record; false when another transaction recorded it first. */
	boolean insert(String residentId, LocalDate date, DeathSource source, String certificateNo, String reportedBy,
			String by) {
		return jdbc.sql("""
				insert into idn_death (resident_id, date_of_death, source, certificate_no, reported_by_org, recorded_by)
				values (:r, :d, :s, :c, :o, :b) on conflict (resident_id) do nothing""")
			.param("r", residentId)
			.param("d", date)
			.param("s", source.name())
			.param("c", certificateNo)
			.param("o", reportedBy)
			.param("b", by)
			.update() == 1;
	}

	/** Replaces the death in force if it is still at {@code version}. */
	boolean correct(String residentId, int version, LocalDate date, DeathSource source, String certificateNo,
			String reportedBy, String by) {
		return jdbc.sql("""
				update idn_death set date_of_death = :d, source = :s, certificate_no = :c, reported_by_org = :o,
				       recorded_by = :b, recorded_at = now(), version = version + 1
				where resident_id = :r and version = :v""")
			.param("r", residentId)
			.param("v", version)
			.param("d", date)
			.param("s", source.name())
			.param("c", certificateNo)
			.param("o", reportedBy)
			.param("b", by)
			.update() == 1;
	}

	void trail(String residentId, int version, boolean correction, LocalDate date, LocalDate previous,
			DeathSource source, String certificateNo, String reportedBy, String reason, String by) {
		jdbc.sql("""
				insert into idn_death_change (resident_id, version, action, date_of_death, previous_date, source,
				       certificate_no, reported_by_org, reason, changed_by)
				values (:r, :v, :a, :d, :p, :s, :c, :o, :reason, :b)""")
			.param("r", residentId)
			.param("v", version)
			.param("a", correction ? "CORRECT" : "RECORD")
			.param("d", date)
			.param("p", previous)
			.param("s", source.name())
			.param("c", certificateNo)
			.param("o", reportedBy)
			.param("reason", reason)
			.param("b", by)
			.update();
	}

	/** A line of the trail. */
	record Change(int version, String action, LocalDate dateOfDeath, LocalDate previousDate, String source,
			String certificateNo, String reportedBy, String reason, String changedBy, java.time.Instant changedAt) {
	}

	List<Change> trail(String residentId) {
		return jdbc.sql("""
				select version, action, date_of_death, previous_date, source, certificate_no, reported_by_org, reason,
				       changed_by, changed_at
				from idn_death_change where resident_id = :r order by version desc""")
			.param("r", residentId)
			.query((rs, n) -> new Change(rs.getInt(1), rs.getString(2), rs.getObject(3, LocalDate.class),
					rs.getObject(4, LocalDate.class), rs.getString(5), rs.getString(6), rs.getString(7),
					rs.getString(8), rs.getString(9), rs.getTimestamp(10).toInstant()))
			.list();
	}

	/**
	 * The death in force of a resident: its own, or else one recorded on a resident
	 * merged into it (directly or along a chain of merges; the earliest date when several
	 * were), so that a merge carries the death to the survivor and an unmerge takes it
	 * back without moving a row.
	 */
	Optional<Death> inForce(String residentId) {
		return jdbc.sql(owners("select resident_id, resident_id, 0 from idn_resident where resident_id = :r") + """
				select d.resident_id, d.date_of_death, d.source, d.certificate_no, d.reported_by_org, d.recorded_by,
				       d.recorded_at, d.version
				from owner o join idn_death d on d.resident_id = o.member
				order by o.depth > 0, d.date_of_death, d.resident_id limit 1""")
			.param("r", residentId)
			.query(DeathRepository::death)
			.optional();
	}

	/** {@link #inForce} for the residents holding these insurance person numbers. */
	Map<String, LocalDate> byPsnNo(Collection<String> psnNos) {
		Map<String, LocalDate> out = new HashMap<>();
		if (psnNos.isEmpty()) {
			return out;
		}
		jdbc.sql(owners("""
				select distinct resident_id, resident_id, 0 from idn_identifier
				where type = 'PSN_NO' and lookup_key = any(:p)""") + """
				, dates as (
				    select o.survivor, d.date_of_death,
				           row_number() over (partition by o.survivor order by o.depth > 0, d.date_of_death) as n
				    from owner o join idn_death d on d.resident_id = o.member)
				select i.lookup_key, d.date_of_death from idn_identifier i
				join dates d on d.survivor = i.resident_id and d.n = 1
				where i.type = 'PSN_NO' and i.lookup_key = any(:p)""")
			.param("p", psnNos.toArray(String[]::new))
			.query(rs -> {
				out.merge(rs.getString(1), rs.getObject(2, LocalDate.class), (a, b) -> a.isBefore(b) ? a : b);
			});
		return out;
	}

	/**
	 * {@code owner(survivor, member, depth)}: the residents {@code seed} selects, each
	 * with itself (depth 0) and the residents merged into it (idn_resident.merged_into,
	 * followed along chains of merges).
	 */
	private static String owners(String seed) {
		return """
				with recursive owner (survivor, member, depth) as (
				    %s
				    union all
				    select o.survivor, r.resident_id, o.depth + 1 from owner o
				    join idn_resident r on r.merged_into = o.member and r.status = 'MERGED'
				    where o.depth < 10)
				""".formatted(seed);
	}

	/** A row of the deaths list. */
	record Listed(String residentId, String name, String sex, LocalDate birthDate, String idNumberMask,
			LocalDate dateOfDeath, String source, String certificateNo, String reportedBy, int version,
			java.time.Instant recordedAt) {
	}

	private static final String IN_SCOPE = """
			from idn_death d join idn_resident r on r.resident_id = d.resident_id
			where exists (select 1 from idn_source_record s where s.resident_id = d.resident_id
			              and s.region_code like :p || '%')
			  and (cast(:from as date) is null or d.date_of_death >= :from)
			  and (cast(:to as date) is null or d.date_of_death <= :to)
			  and (:q = '' or r.name like '%' || :qLike || '%' or r.resident_id = :q)""";

	long count(String regionPrefix, LocalDate from, LocalDate to, String q) {
		return jdbc.sql("select count(*) " + IN_SCOPE)
			.param("p", regionPrefix)
			.param("from", from)
			.param("to", to)
			.param("q", q)
			.param("qLike", Like.escape(q))
			.query(Long.class)
			.single();
	}

	List<Listed> list(String regionPrefix, LocalDate from, LocalDate to, String q, int limit, long offset) {
		return jdbc.sql("""
				select d.resident_id, r.name, r.sex, r.birth_date, r.id_number_mask, d.date_of_death, d.source,
				       d.certificate_no, d.reported_by_org, d.version, d.recorded_at
				""" + IN_SCOPE + " order by d.date_of_death desc, d.resident_id limit :l offset :o")
			.param("p", regionPrefix)
			.param("from", from)
			.param("to", to)
			.param("q", q)
			.param("qLike", Like.escape(q))
			.param("l", limit)
			.param("o", offset)
			.query((rs, n) -> new Listed(rs.getString(1), rs.getString(2), rs.getString(3),
					rs.getObject(4, LocalDate.class), rs.getString(5), rs.getObject(6, LocalDate.class),
					rs.getString(7), rs.getString(8), rs.getString(9), rs.getInt(10), rs.getTimestamp(11).toInstant()))
			.list();
	}

	private static Death death(ResultSet rs, int n) throws SQLException {
		return new Death(rs.getString(1), rs.getObject(2, LocalDate.class), DeathSource.valueOf(rs.getString(3)),
				rs.getString(4), rs.getString(5), rs.getString(6), rs.getTimestamp(7).toInstant(), rs.getInt(8));
	}

}
