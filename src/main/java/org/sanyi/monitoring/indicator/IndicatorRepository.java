package org.sanyi.monitoring.indicator;

import java.util.List;

import org.sanyi.shared.review.VersionTable;

import org.springframework.jdbc.core.SimplePropertyRowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL of {@code mon_indicator}; the versions of one code replace one another. */
@Repository
class IndicatorRepository extends VersionTable<DefinitionRow, String> {

	private static final String COLUMNS = """
			id, code, version, name_zh, name_en, sets, numerator, denominator, factor, unit, annualised, decimals,
			direction, description, status, proposed_by, proposed_at, reviewed_by, reviewed_at, review_note""";

	IndicatorRepository(JdbcClient jdbc) {
		super(jdbc, "mon_indicator", COLUMNS, new SimplePropertyRowMapper<>(DefinitionRow.class));
	}

	long insert(DefinitionRow d) {
		return jdbc.sql("""
				insert into mon_indicator (code, version, name_zh, name_en, sets, numerator, denominator, factor, unit,
				    annualised, decimals, direction, description, status, proposed_by)
				values (:code, :version, :nameZh, :nameEn, :sets, :numerator, :denominator, :factor, :unit,
				    :annualised, :decimals, :direction, :description, :status, :by)
				returning id""")
			.param("code", d.code())
			.param("version", d.version())
			.param("nameZh", d.nameZh())
			.param("nameEn", d.nameEn())
			.param("sets", d.sets())
			.param("numerator", d.numerator())
			.param("denominator", d.denominator())
			.param("factor", d.factor().name())
			.param("unit", d.unit())
			.param("annualised", d.annualised())
			.param("decimals", d.decimals())
			.param("direction", d.direction())
			.param("description", d.description())
			.param("status", d.status().name())
			.param("by", d.proposedBy())
			.query(Long.class)
			.single();
	}

	/** The approved version of every indicator, by code. */
	List<DefinitionRow> approved() {
		return jdbc.sql("select " + COLUMNS + " from mon_indicator where status = 'APPROVED' order by id")
			.query(DefinitionRow.class)
			.list();
	}

	/**
	 * Each code's approved and pending versions (what the definitions page lists), by
	 * code.
	 */
	List<DefinitionRow> open() {
		return jdbc.sql("select " + COLUMNS + " " + """
				from mon_indicator where status in ('APPROVED', 'PENDING') order by code, version""")
			.query(DefinitionRow.class)
			.list();
	}

	/** Every version of a code, the newest first. */
	List<DefinitionRow> history(String code) {
		return jdbc.sql("select " + COLUMNS + " from mon_indicator where code = :c order by version desc")
			.param("c", code)
			.query(DefinitionRow.class)
			.list();
	}

	int nextVersion(String code) {
		return jdbc.sql("select coalesce(max(version), 0) + 1 from mon_indicator where code = :c")
			.param("c", code)
			.query(Integer.class)
			.single();
	}

	@Override
	public String keyOf(DefinitionRow version) {
		return version.code();
	}

	@Override
	public List<DefinitionRow> lockOpen(String code) {
		return jdbc.sql("select " + COLUMNS + " " + """
				from mon_indicator where code = :c and status in ('APPROVED', 'PENDING') order by version for update""")
			.param("c", code)
			.query(DefinitionRow.class)
			.list();
	}

}
