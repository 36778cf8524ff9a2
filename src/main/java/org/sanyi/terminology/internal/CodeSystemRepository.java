package org.sanyi.terminology.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.sanyi.terminology.CodeSystem;
import org.sanyi.terminology.SystemKind;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** {@code term_code_system}: one row per version of a code system. */
@Repository
class CodeSystemRepository {

	/**
	 * The version in force on :on for each system: the latest active start on or before
	 * the day, dropped when its own end has passed (an older version does not come back).
	 * Needs :on; filter by code outside.
	 */
	static final String IN_FORCE = """
			select * from (
			    select distinct on (code) * from term_code_system
			    where status = 'ACTIVE' and effective_from <= :on
			    order by code, effective_from desc) latest
			where effective_to is null or effective_to >= :on
			""";

	private final JdbcClient jdbc;

	CodeSystemRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<CodeSystem> all() {
		return jdbc.sql("select * from term_code_system order by code, effective_from desc, id desc")
			.query(CodeSystemRepository::map)
			.list();
	}

	Optional<CodeSystem> find(String code, String version) {
		return jdbc.sql("select * from term_code_system where code = :code and version = :version")
			.param("code", code)
			.param("version", version)
			.query(CodeSystemRepository::map)
			.optional();
	}

	Optional<CodeSystem> inForce(String code, LocalDate on) {
		return jdbc.sql("select * from (" + IN_FORCE + ") s where s.code = :code")
			.param("on", on)
			.param("code", code)
			.query(CodeSystemRepository::map)
			.optional();
	}

	/**
	 * The newest version by start date, whatever its status: it gives the system's kind
	 * and name.
	 */
	Optional<CodeSystem> latest(String code) {
		return jdbc
			.sql("select * from term_code_system where code = :code order by effective_from desc, id desc limit 1")
			.param("code", code)
			.query(CodeSystemRepository::map)
			.optional();
	}

	boolean activeVersionStartsOn(String code, LocalDate day) {
		return jdbc
			.sql("select count(*) from term_code_system where code = :code and effective_from = :day "
					+ "and status = 'ACTIVE'")
			.param("code", code)
			.param("day", day)
			.query(Long.class)
			.single() > 0;
	}

	long insert(String code, String version, String name, SystemKind kind, LocalDate from, LocalDate to,
			String sourceFile, String user, String ownerRegion) {
		return jdbc.sql("""
				insert into term_code_system (code, version, name, kind, effective_from, effective_to, source_file,
				                              imported_by, owner_region)
				values (:code, :version, :name, :kind, :from, :to, :file, :user, :owner)
				returning id
				""")
			.param("code", code)
			.param("version", version)
			.param("name", name)
			.param("kind", kind.name())
			.param("from", from)
			.param("to", to)
			.param("file", sourceFile.length() > 200 ? sourceFile.substring(0, 200) : sourceFile)
			.param("user", user)
			.param("owner", ownerRegion)
			.query(Long.class)
			.single();
	}

	/**
	 * Who maintains each code system: code → the owning region, or "" for a national
	 * system (a system is national when any of its versions is).
	 */
	java.util.Map<String, String> owners() {
		var owners = new java.util.HashMap<String, String>();
		jdbc.sql("select code, case when bool_or(owner_region is null) then '' else min(owner_region) end "
				+ "from term_code_system group by code")
			.query((rs, i) -> owners.put(rs.getString(1), rs.getString(2)))
			.list();
		return owners;
	}

	void setEntryCount(long id, int count) {
		jdbc.sql("update term_code_system set entry_count = :count where id = :id")
			.param("count", count)
			.param("id", id)
			.update();
	}

	/** Retires an active version; false when it was not active. */
	boolean retire(long id) {
		return jdbc.sql("update term_code_system set status = 'RETIRED' where id = :id and status = 'ACTIVE'")
			.param("id", id)
			.update() == 1;
	}

	static CodeSystem map(ResultSet rs, int n) throws SQLException {
		return new CodeSystem(rs.getLong("id"), rs.getString("code"), rs.getString("version"), rs.getString("name"),
				SystemKind.valueOf(rs.getString("kind")), rs.getObject("effective_from", LocalDate.class),
				rs.getObject("effective_to", LocalDate.class), CodeSystem.Status.valueOf(rs.getString("status")),
				rs.getInt("entry_count"), rs.getString("source_file"),
				rs.getObject("imported_at", OffsetDateTime.class), rs.getString("imported_by"));
	}

}
