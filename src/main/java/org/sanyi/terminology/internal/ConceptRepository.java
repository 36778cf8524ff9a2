package org.sanyi.terminology.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.sanyi.terminology.Concept;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** {@code term_concept}: the codes of one system version. */
@Repository
class ConceptRepository {

	private static final String SELECT = """
			select s.code as system_code, s.version, t.code, t.name, t.parent_code, t.pinyin, t.effective_from,
			       t.effective_to
			from term_concept t join term_code_system s on s.id = t.system_id
			""";

	/** The concept's own dates, when it has them, must cover :on. */
	private static final String VALID_ON = """
			(t.effective_from is null or t.effective_from <= :on) and (t.effective_to is null or t.effective_to >= :on)
			""";

	private final JdbcClient jdbc;

	private final PgCopy copy;

	ConceptRepository(JdbcClient jdbc, PgCopy copy) {
		this.jdbc = jdbc;
		this.copy = copy;
	}

	/**
	 * One COPY in the caller's transaction (a 33,000-line ICD file in well under a
	 * second).
	 */
	void insertAll(long systemId, List<ConceptRow> rows) {
		copy.copy("term_concept (system_id, code, name, parent_code, pinyin, effective_from, effective_to, line_no)",
				rows, r -> new Object[] { systemId, r.code(), r.name(), r.parentCode(), r.pinyin(), r.effectiveFrom(),
						r.effectiveTo(), r.line() });
	}

	Optional<Concept> find(long systemId, String code) {
		return jdbc.sql(SELECT + " where t.system_id = :id and t.code = :code")
			.param("id", systemId)
			.param("code", code)
			.query(ConceptRepository::map)
			.optional();
	}

	Optional<Concept> findValid(long systemId, String code, LocalDate on) {
		return jdbc.sql(SELECT + " where t.system_id = :id and t.code = :code and " + VALID_ON)
			.param("id", systemId)
			.param("code", code)
			.param("on", on)
			.query(ConceptRepository::map)
			.optional();
	}

	List<Concept> findAllValid(long systemId, Collection<String> codes, LocalDate on) {
		return jdbc.sql(SELECT + " where t.system_id = :id and t.code in (:codes) and " + VALID_ON)
			.param("id", systemId)
			.param("codes", codes)
			.param("on", on)
			.query(ConceptRepository::map)
			.list();
	}

	List<Concept> listValid(long systemId, LocalDate on, int limit) {
		return jdbc.sql(SELECT + " where t.system_id = :id and " + VALID_ON + " order by t.line_no limit :limit")
			.param("id", systemId)
			.param("on", on)
			.param("limit", limit)
			.query(ConceptRepository::map)
			.list();
	}

	/**
	 * Concepts of a version matching the keyword, by code; {@code on} (nullable) also
	 * applies the concept dates.
	 */
	List<Concept> search(long systemId, Keyword keyword, LocalDate on, int limit, int offset) {
		return keyword.bind(jdbc.sql(SELECT + " where " + where(on) + " order by t.code limit :limit offset :offset"))
			.param("id", systemId)
			.param("on", on)
			.param("limit", limit)
			.param("offset", offset)
			.query(ConceptRepository::map)
			.list();
	}

	long count(long systemId, Keyword keyword, LocalDate on) {
		return keyword.bind(jdbc.sql("select count(*) from term_concept t where " + where(on)))
			.param("id", systemId)
			.param("on", on)
			.query(Long.class)
			.single();
	}

	private static String where(LocalDate on) {
		return "t.system_id = :id and " + Keyword.CONDITION + (on == null ? "" : " and " + VALID_ON);
	}

	long countAll() {
		return jdbc.sql("select count(*) from term_concept").query(Long.class).single();
	}

	static Concept map(ResultSet rs, int n) throws SQLException {
		return new Concept(rs.getString("system_code"), rs.getString("version"), rs.getString("code"),
				rs.getString("name"), rs.getString("parent_code"), rs.getString("pinyin"),
				rs.getObject("effective_from", LocalDate.class), rs.getObject("effective_to", LocalDate.class));
	}

}
