package org.sanyi.registry.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.sanyi.registry.Alliance;
import org.sanyi.registry.Department;
import org.sanyi.registry.Institution;
import org.sanyi.registry.Membership;
import org.sanyi.registry.Region;
import org.sanyi.registry.RegistryAdmin.NewDepartment;
import org.sanyi.registry.RegistryAdmin.NewInstitution;
import org.sanyi.registry.RegistryAdmin.NewStaff;
import org.sanyi.shared.Pinyin;
import org.sanyi.shared.RegionCode;
import org.sanyi.shared.RegionLevel;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The registry's tables without any data scope: the system view behind
 * {@link org.sanyi.registry.Registry} and the bulk writes. Bulk inserts go through
 * {@link JdbcTemplate#batchUpdate} (JdbcClient has no batches); with the pool's
 * {@code reWriteBatchedInserts} the driver sends them as multi-row inserts.
 */
@Repository
class RegistryRepository {

	static final String INSTITUTION_COLUMNS = "i.code, i.name, i.kind, i.grade, i.region_code, i.address, i.beds, "
			+ "i.ownership, i.status, i.pinyin";

	private static final String ACTIVE_ON = "m.joined_on <= :on and (m.left_on is null or m.left_on > :on)";

	private final JdbcClient jdbc;

	private final JdbcTemplate batch;

	RegistryRepository(JdbcClient jdbc, JdbcTemplate batch) {
		this.jdbc = jdbc;
		this.batch = batch;
	}

	// --- reads
	// -------------------------------------------------------------------------------------------------

	boolean noRegions() {
		return !jdbc.sql("select exists (select 1 from reg_region)").query(Boolean.class).single();
	}

	Optional<Region> region(String code) {
		return jdbc.sql("select * from reg_region where code = :code")
			.param("code", code)
			.query(RegistryRepository::region)
			.optional();
	}

	List<Region> regions(Collection<String> codes) {
		if (codes.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("select * from reg_region where code in (:codes) order by level, code")
			.param("codes", codes)
			.query(RegistryRepository::region)
			.list();
	}

	List<Region> children(String code) {
		return jdbc.sql("select * from reg_region where parent_code = :code order by code")
			.param("code", code)
			.query(RegistryRepository::region)
			.list();
	}

	/** Of the given codes, those that exist. */
	Set<String> existingRegions(Collection<String> codes) {
		return existing("select code from reg_region where code = any(:codes)", codes);
	}

	Set<String> existingInstitutions(Collection<String> codes) {
		return existing("select code from reg_institution where code = any(:codes)", codes);
	}

	Set<String> existingCertificates(Collection<String> numbers) {
		return existing("select certificate_no from reg_staff where certificate_no = any(:codes)", numbers);
	}

	Set<String> existingAlliances(Collection<String> codes) {
		return existing("select code from reg_alliance where code = any(:codes)", codes);
	}

	/** {@code institution|department} keys of the departments of these institutions. */
	Set<String> departmentKeys(Collection<String> institutionCodes) {
		return existing(
				"select institution_code || '|' || code from reg_department where institution_code = any(:codes)",
				institutionCodes);
	}

	/**
	 * Runs {@code sql}, whose {@code :codes} is a text array, for the distinct values in
	 * one round trip.
	 */
	private Set<String> existing(String sql, Collection<String> values) {
		String[] distinct = values.stream().filter(v -> v != null).distinct().toArray(String[]::new);
		if (distinct.length == 0) {
			return Set.of();
		}
		return new HashSet<>(jdbc.sql(sql).param("codes", distinct).query(String.class).list());
	}

	Optional<Institution> institution(String code) {
		return jdbc.sql("select " + INSTITUTION_COLUMNS + " from reg_institution i where i.code = :code")
			.param("code", code)
			.query(Institution.class)
			.optional();
	}

	List<Institution> institutionsUnder(String prefix) {
		return jdbc
			.sql("select " + INSTITUTION_COLUMNS + " from reg_institution i "
					+ "where i.region_code like :prefix || '%' order by i.code")
			.param("prefix", prefix)
			.query(Institution.class)
			.list();
	}

	List<Department> departments(String institutionCode) {
		return jdbc.sql("select * from reg_department where institution_code = :code order by code")
			.param("code", institutionCode)
			.query(Department.class)
			.list();
	}

	Optional<Alliance> alliance(long id) {
		return jdbc.sql("select * from reg_alliance where id = :id").param("id", id).query(Alliance.class).optional();
	}

	Optional<Alliance> allianceByCode(String code) {
		return jdbc.sql("select * from reg_alliance where code = :code")
			.param("code", code)
			.query(Alliance.class)
			.optional();
	}

	List<Alliance> alliancesOf(String institutionCode, LocalDate on) {
		return jdbc
			.sql("select a.* from reg_alliance a where exists (select 1 from reg_alliance_member m "
					+ "where m.alliance_id = a.id and m.institution_code = :code and " + ACTIVE_ON + ") order by a.id")
			.param("code", institutionCode)
			.param("on", on)
			.query(Alliance.class)
			.list();
	}

	List<Institution> institutionsInAlliance(long allianceId, LocalDate on) {
		return jdbc
			.sql("select " + INSTITUTION_COLUMNS + " from reg_institution i join reg_alliance_member m "
					+ "on m.institution_code = i.code where m.alliance_id = :id and " + ACTIVE_ON
					+ " order by m.role, i.code")
			.param("id", allianceId)
			.param("on", on)
			.query(Institution.class)
			.list();
	}

	List<Membership> memberships(long allianceId) {
		return jdbc
			.sql("select * from reg_alliance_member where alliance_id = :id order by role, institution_code, "
					+ "joined_on")
			.param("id", allianceId)
			.query(Membership.class)
			.list();
	}

	Optional<Membership> currentMembership(long allianceId, String institutionCode) {
		return jdbc
			.sql("select * from reg_alliance_member m where m.alliance_id = :id and m.institution_code = :code "
					+ "and m.left_on is null")
			.param("id", allianceId)
			.param("code", institutionCode)
			.query(Membership.class)
			.optional();
	}

	// --- writes
	// ------------------------------------------------------------------------------------------------

	void insertRegions(List<NewRegionRow> rows) {
		batch.batchUpdate(
				"insert into reg_region (code, name, level, parent_code, population, pinyin) "
						+ "values (?, ?, ?, ?, ?, ?)",
				rows.stream()
					.map(r -> new Object[] { r.code(), r.name(), RegionCode.of(r.code()).level().depth(),
							r.parentCode(), r.population(), Pinyin.initials(r.name()) })
					.toList(),
				new int[] { Types.VARCHAR, Types.VARCHAR, Types.SMALLINT, Types.VARCHAR, Types.INTEGER,
						Types.VARCHAR });
	}

	void insertInstitutions(List<NewInstitution> rows) {
		batch.batchUpdate(
				"""
						insert into reg_institution (code, name, pinyin, kind, grade, region_code, address, beds, ownership, status)
						values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
						""",
				rows.stream()
					.map(i -> new Object[] { i.code(), i.name(), Pinyin.initials(i.name()), i.kind().name(),
							i.grade().name(), i.regionCode(), i.address() == null ? "" : i.address(), i.beds(),
							i.ownership().name(), i.status().name() })
					.toList());
	}

	void insertDepartments(List<NewDepartment> rows) {
		batch.batchUpdate("insert into reg_department (institution_code, code, name, beds) values (?, ?, ?, ?)",
				rows.stream().map(d -> new Object[] { d.institutionCode(), d.code(), d.name(), d.beds() }).toList());
	}

	void insertStaff(List<NewStaff> rows) {
		batch.batchUpdate("""
				insert into reg_staff (institution_code, department_code, name, sex, kind, title, certificate_no)
				values (?, ?, ?, ?, ?, ?, ?)
				""",
				rows.stream()
					.map(s -> new Object[] { s.institutionCode(), blankToNull(s.departmentCode()), s.name(), s.sex(),
							s.kind().name(), s.title().name(), blankToNull(s.certificateNo()) })
					.toList(),
				new int[] { Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.CHAR, Types.VARCHAR, Types.VARCHAR,
						Types.VARCHAR });
	}

	long insertAlliance(String code, String name, Alliance.Kind kind, String regionCode, String specialty, String lead,
			LocalDate establishedOn) {
		return jdbc.sql("""
				insert into reg_alliance (code, name, pinyin, kind, region_code, specialty, lead_institution_code,
				                          established_on)
				values (:code, :name, :pinyin, :kind, :region, :specialty, :lead, :established)
				returning id
				""")
			.param("code", code)
			.param("name", name)
			.param("pinyin", Pinyin.initials(name))
			.param("kind", kind.name())
			.param("region", regionCode)
			.param("specialty", specialty)
			.param("lead", lead)
			.param("established", establishedOn)
			.query(Long.class)
			.single();
	}

	void insertMembers(List<Membership> rows) {
		batch.batchUpdate(
				"insert into reg_alliance_member (alliance_id, institution_code, role, joined_on, left_on) "
						+ "values (?, ?, ?, ?, ?)",
				rows.stream()
					.map(m -> new Object[] { m.allianceId(), m.institutionCode(), m.role().name(),
							Date.valueOf(m.joinedOn()), m.leftOn() == null ? null : Date.valueOf(m.leftOn()) })
					.toList(),
				new int[] { Types.BIGINT, Types.VARCHAR, Types.VARCHAR, Types.DATE, Types.DATE });
	}

	int endMembership(long allianceId, String institutionCode, LocalDate leftOn) {
		return jdbc
			.sql("update reg_alliance_member set left_on = :left where alliance_id = :id "
					+ "and institution_code = :code and left_on is null and joined_on < :left")
			.param("left", leftOn)
			.param("id", allianceId)
			.param("code", institutionCode)
			.update();
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s;
	}

	static Region region(ResultSet rs, int row) throws SQLException {
		return new Region(rs.getString("code"), rs.getString("name"), RegionLevel.ofDepth(rs.getInt("level")),
				rs.getString("parent_code"), rs.getLong("population"), rs.getString("pinyin"));
	}

	/** A region as it is inserted: the parent already resolved. */
	record NewRegionRow(String code, String name, String parentCode, long population) {
	}

}
