package org.sanyi.clinical.records.ingest;

import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The stored resources ({@code cr_resource}) and the bundles they came in
 * ({@code cr_bundle}).
 */
@Repository
public class RecordRepository {

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	RecordRepository(JdbcClient jdbc, JdbcTemplate template) {
		this.jdbc = jdbc;
		this.template = template;
	}

	/** A resource to write, with its search columns. */
	record Row(String type, String id, int version, String residentId, String institution, String businessKey,
			Instant effective, LocalDate day, String category, List<String> codes, String body) {
	}

	/** A stored resource's owner and version. */
	record Owner(String institution, int version) {
	}

	/** A stored resource as JSON, with the institution that sent it and its time. */
	public record Stored(String type, String id, String institution, OffsetDateTime effective, String body) {
	}

	long newBundle(String institution, String kind, int entries, String user) {
		return jdbc.sql("""
				insert into cr_bundle (source_institution, bundle_type, entries, stored, received_by)
				values (:i, :k, :e, 0, :u) returning id""")
			.param("i", institution)
			.param("k", kind)
			.param("e", entries)
			.param("u", user)
			.query(Long.class)
			.single();
	}

	void stored(long bundleId, int stored) {
		jdbc.sql("update cr_bundle set stored = :s where id = :id").param("s", stored).param("id", bundleId).update();
	}

	/**
	 * Resource ids of an institution's resources of one type by business key
	 * ({@code system|value}).
	 */
	Map<String, String> idsByBusinessKey(String institution, String type, Collection<String> keys) {
		Map<String, String> ids = new HashMap<>();
		if (keys.isEmpty()) {
			return ids;
		}
		jdbc.sql("""
				select business_key, resource_id from cr_resource
				where source_institution = :i and resource_type = :t and business_key = any(cast(:k as text[]))""")
			.param("i", institution)
			.param("t", type)
			.param("k", keys.toArray(String[]::new))
			.query((rs, n) -> ids.put(rs.getString(1), rs.getString(2)))
			.list();
		return ids;
	}

	Optional<Owner> owner(String type, String id) {
		return jdbc.sql(
				"select source_institution as institution, version from cr_resource where resource_type = :t and resource_id = :id")
			.param("t", type)
			.param("id", id)
			.query(Owner.class)
			.optional();
	}

	/** Which of the ids of one type are stored. */
	Set<String> existing(String type, Collection<String> ids) {
		if (ids.isEmpty()) {
			return Set.of();
		}
		return Set.copyOf(jdbc.sql(
				"select resource_id from cr_resource where resource_type = :t and resource_id = any(cast(:ids as text[]))")
			.param("t", type)
			.param("ids", ids.toArray(String[]::new))
			.query(String.class)
			.list());
	}

	void insert(List<Row> rows, long bundleId) {
		template.batchUpdate(
				"""
						insert into cr_resource (resource_type, resource_id, version, resident_id, source_institution, business_key,
						    effective_at, effective_day, category, codes, body, bundle_id)
						values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?)""",
				rows, 500, (ps, row) -> {
					set(ps, row);
					ps.setLong(12, bundleId);
				});
	}

	void update(List<Row> rows, long bundleId) {
		template.batchUpdate(
				"""
						update cr_resource set resource_type = ?, resource_id = ?, version = ?, resident_id = ?,
						    source_institution = ?, business_key = ?, effective_at = ?, effective_day = ?, category = ?, codes = ?,
						    body = ?::jsonb, bundle_id = ?, updated_at = now()
						where resource_type = ? and resource_id = ?""",
				rows, 500, (ps, row) -> {
					set(ps, row);
					ps.setLong(12, bundleId);
					ps.setString(13, row.type());
					ps.setString(14, row.id());
				});
	}

	private static void set(PreparedStatement ps, Row row) throws SQLException {
		ps.setString(1, row.type());
		ps.setString(2, row.id());
		ps.setInt(3, row.version());
		ps.setString(4, row.residentId());
		ps.setString(5, row.institution());
		ps.setString(6, row.businessKey());
		if (row.effective() == null) {
			ps.setNull(7, Types.TIMESTAMP_WITH_TIMEZONE);
			ps.setNull(8, Types.DATE);
		}
		else {
			ps.setTimestamp(7, Timestamp.from(row.effective()));
			ps.setObject(8, row.day());
		}
		ps.setString(9, row.category());
		Array codes = ps.getConnection().createArrayOf("text", row.codes().toArray());
		ps.setArray(10, codes);
		ps.setString(11, row.body());
	}

	public boolean holdsRecordsOf(String residentId) {
		return jdbc.sql("select exists (select 1 from cr_resource where resident_id = :r)")
			.param("r", residentId)
			.query(Boolean.class)
			.single();
	}

	/**
	 * The resident's recorded diagnoses (bare codes of their {@code Condition}s) with the
	 * institution and day, newest first; a Condition of a virtual encounter (class
	 * {@code VR}: an online visit) does not count as seen in person and is left out.
	 */
	public List<org.sanyi.clinical.ClinicalRecords.RecordedDiagnosis> diagnoses(String residentId) {
		return jdbc.sql("""
				select code, c.source_institution as institution, c.effective_day as day
				  from cr_resource c cross join lateral unnest(c.codes) as code
				 where c.resident_id = :r and c.resource_type = 'Condition' and position('|' in code) = 0
				   and not exists (select 1 from cr_resource e
				                    where e.resident_id = c.resident_id and e.resource_type = 'Encounter'
				                      and e.category = 'VR'
				                      and 'Encounter/' || e.resource_id = c.body #>> '{encounter,reference}')
				 order by c.effective_day desc nulls last, c.id desc""")
			.param("r", residentId)
			.query((rs, n) -> new org.sanyi.clinical.ClinicalRecords.RecordedDiagnosis(rs.getString("code"),
					rs.getString("institution"), rs.getObject("day", LocalDate.class)))
			.list();
	}

	/** Whose a stored resource is. */
	public record Located(String residentId, String institution) {
	}

	public Optional<Located> locate(String type, String id) {
		return jdbc.sql(
				"select resident_id, source_institution as institution from cr_resource where resource_type = :t and resource_id = :id")
			.param("t", type)
			.param("id", id)
			.query(Located.class)
			.optional();
	}

	public Optional<Stored> find(String type, String id) {
		return jdbc
			.sql("""
					select resource_type as type, resource_id as id, source_institution as institution, effective_at as effective,
					       body::text as body from cr_resource
					where resource_type = :t and resource_id = :id""")
			.param("t", type)
			.param("id", id)
			.query(Stored.class)
			.optional();
	}

	/**
	 * A resident's resources, newest first: of the given types (all when empty), within
	 * the days (either may be null), carrying any of the codes (any when empty), from one
	 * institution only when {@code onlyInstitution} is set.
	 */
	public List<Stored> search(String residentId, Collection<String> types, LocalDate from, LocalDate to,
			Collection<String> codes, String onlyInstitution, int limit) {
		return jdbc
			.sql("""
					select resource_type as type, resource_id as id, source_institution as institution, effective_at as effective,
					       body::text as body from cr_resource
					where resident_id = :r
					  and (cardinality(cast(:types as text[])) = 0 or resource_type = any(cast(:types as text[])))
					  and (cast(:from as date) is null or effective_day >= :from)
					  and (cast(:to as date) is null or effective_day <= :to)
					  and (cardinality(cast(:codes as text[])) = 0 or codes && cast(:codes as text[]))
					  and (cast(:inst as varchar) is null or source_institution = :inst)
					order by effective_at desc nulls last, id desc limit :l""")
			.param("r", residentId)
			.param("types", types.toArray(String[]::new))
			.param("from", from)
			.param("to", to)
			.param("codes", codes.toArray(String[]::new))
			.param("inst", onlyInstitution)
			.param("l", limit)
			.query(Stored.class)
			.list();
	}

}
