package org.sanyi.pharma.druguse;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The DDD table ({@code ph_ddd}). */
@Repository
class DddRepository {

	private final JdbcClient jdbc;

	DddRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A stored row. */
	record DddRow(String regionCode, String atcCode, String substance, String route, BigDecimal dddGrams,
			String importedBy, OffsetDateTime importedAt) {
	}

	/** The rows of the given regions (the defaults and the lineage of one region). */
	List<DddRow> of(List<String> regions) {
		return jdbc.sql("""
				select region_code, atc_code, substance, route, ddd_grams, imported_by, imported_at from ph_ddd
				where region_code = any(:r) order by atc_code, route, length(rtrim(region_code, '0'))""")
			.param("r", regions.toArray(String[]::new))
			.query(DddRow.class)
			.list();
	}

	void upsert(String region, List<DddRow> rows, String by) {
		for (DddRow r : rows) {
			jdbc.sql("""
					insert into ph_ddd (region_code, atc_code, substance, route, ddd_grams, imported_by)
					values (:region, :atc, :substance, :route, :ddd, :by)
					on conflict (region_code, atc_code, route) do update set substance = excluded.substance,
					    ddd_grams = excluded.ddd_grams, imported_by = excluded.imported_by, imported_at = now()""")
				.param("region", region)
				.param("atc", r.atcCode())
				.param("substance", r.substance())
				.param("route", r.route())
				.param("ddd", r.dddGrams())
				.param("by", by)
				.update();
		}
	}

}
