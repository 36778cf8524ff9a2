package org.sanyi.drg.scheme;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.sanyi.drg.DrgSchemeInfo;
import org.sanyi.drg.DrgSchemeInfo.RegionAssignment;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * SQL of the {@code drg_scheme*} tables. Schemes and their files are written once and
 * never updated.
 */
@Repository
public class SchemeRepository {

	private static final String ASSIGNMENT_COLUMNS = "id, scheme_id, region_code, valid_from, valid_to, active";

	private final JdbcClient jdbc;

	SchemeRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A scheme row without its assignments. */
	public record SchemeRow(long id, String code, String version, String name, String status, LocalDate effectiveFrom,
			LocalDate effectiveTo, int mdcCount, int adrgCount, int drgCount, String source, String importedBy,
			OffsetDateTime importedAt) {

		public DrgSchemeInfo info(List<RegionAssignment> regions) {
			return new DrgSchemeInfo(id, code, version, name, status, effectiveFrom, effectiveTo, mdcCount, adrgCount,
					drgCount, source, importedBy, importedAt, regions);
		}

	}

	/** A file as listed on the scheme page, without its content. */
	record FileRow(String name, int bytes, int lines, String sha256) {

	}

	long insertScheme(SchemeRow s, String contentSha256) {
		return jdbc
			.sql("""
					insert into drg_scheme (code, version, name, status, effective_from, effective_to, mdc_count, adrg_count,
					                        drg_count, content_sha256, source, imported_by)
					values (:code, :version, :name, 'ACTIVE', :from, :to, :mdcs, :adrgs, :drgs, :sha, :source, :by)
					returning id
					""")
			.param("code", s.code())
			.param("version", s.version())
			.param("name", s.name())
			.param("from", s.effectiveFrom())
			.param("to", s.effectiveTo())
			.param("mdcs", s.mdcCount())
			.param("adrgs", s.adrgCount())
			.param("drgs", s.drgCount())
			.param("sha", contentSha256)
			.param("source", s.source())
			.param("by", s.importedBy())
			.query(Long.class)
			.single();
	}

	void insertFile(long schemeId, String name, String content, int bytes, int lines, String sha256) {
		jdbc.sql("""
				insert into drg_scheme_file (scheme_id, name, content, bytes, lines, sha256)
				values (:scheme, :name, :content, :bytes, :lines, :sha)
				""")
			.param("scheme", schemeId)
			.param("name", name)
			.param("content", content)
			.param("bytes", bytes)
			.param("lines", lines)
			.param("sha", sha256)
			.update();
	}

	long insertAssignment(long schemeId, String regionCode, LocalDate from, LocalDate to, String by) {
		return jdbc.sql("""
				insert into drg_scheme_region (scheme_id, region_code, valid_from, valid_to, assigned_by)
				values (:scheme, :region, :from, :to, :by)
				returning id
				""")
			.param("scheme", schemeId)
			.param("region", regionCode)
			.param("from", from)
			.param("to", to)
			.param("by", by)
			.query(Long.class)
			.single();
	}

	/**
	 * Active assignments of the same region prefix whose period meets {@code [from, to)}.
	 */
	List<RegionAssignment> overlapping(String regionCode, LocalDate from, LocalDate to) {
		return jdbc
			.sql("select " + ASSIGNMENT_COLUMNS + " from drg_scheme_region "
					+ "where active and region_prefix = regexp_replace(:region, '(00)+$', '') "
					+ "and daterange(valid_from, valid_to, '[)') && daterange(:from, :to, '[)') order by valid_from")
			.param("region", regionCode)
			.param("from", from)
			.param("to", to)
			.query(RegionAssignment.class)
			.list();
	}

	int deactivateAssignment(long id) {
		return jdbc.sql("update drg_scheme_region set active = false where id = :id and active")
			.param("id", id)
			.update();
	}

	Optional<RegionAssignment> assignment(long id) {
		return jdbc.sql("select " + ASSIGNMENT_COLUMNS + " from drg_scheme_region where id = :id")
			.param("id", id)
			.query(RegionAssignment.class)
			.optional();
	}

	public Optional<SchemeRow> find(long id) {
		return jdbc.sql("select * from drg_scheme where id = :id").param("id", id).query(SchemeRow.class).optional();
	}

	public Optional<SchemeRow> find(String code, String version) {
		return jdbc.sql("select * from drg_scheme where code = :code and version = :version")
			.param("code", code)
			.param("version", version)
			.query(SchemeRow.class)
			.optional();
	}

	public List<SchemeRow> all() {
		return jdbc.sql("select * from drg_scheme order by effective_from desc, id desc").query(SchemeRow.class).list();
	}

	/**
	 * Active assignments of active schemes: what the in-memory registry is built from.
	 */
	List<RegionAssignment> activeAssignments() {
		return jdbc
			.sql("select r.id, r.scheme_id, r.region_code, r.valid_from, r.valid_to, r.active "
					+ "from drg_scheme_region r join drg_scheme s on s.id = r.scheme_id "
					+ "where r.active and s.status = 'ACTIVE' order by r.id")
			.query(RegionAssignment.class)
			.list();
	}

	public List<RegionAssignment> assignments() {
		return jdbc.sql("select " + ASSIGNMENT_COLUMNS + " from drg_scheme_region order by region_code, valid_from")
			.query(RegionAssignment.class)
			.list();
	}

	List<FileRow> fileList(long schemeId) {
		return jdbc
			.sql("select name, bytes, lines, sha256 from drg_scheme_file where scheme_id = :id "
					+ "order by name <> 'scheme.json', name like '%.csv' desc, name")
			.param("id", schemeId)
			.query(FileRow.class)
			.list();
	}

	Optional<String> file(long schemeId, String name) {
		return jdbc.sql("select content from drg_scheme_file where scheme_id = :id and name = :name")
			.param("id", schemeId)
			.param("name", name)
			.query(String.class)
			.optional();
	}

	/** The files of a scheme by name, as imported. */
	Map<String, String> files(long schemeId) {
		Map<String, String> files = new LinkedHashMap<>();
		jdbc.sql("select name, content from drg_scheme_file where scheme_id = :id order by name")
			.param("id", schemeId)
			.query(rs -> {
				files.put(rs.getString(1), rs.getString(2));
			});
		return files;
	}

}
