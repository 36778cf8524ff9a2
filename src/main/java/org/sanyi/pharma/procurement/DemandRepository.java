package org.sanyi.pharma.procurement;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** {@code ph_demand}: reported demand and agreed volumes. */
@Repository
class DemandRepository {

	private final JdbcClient jdbc;

	DemandRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Stores or replaces an institution's report of a product. */
	void upsert(DemandRow d, String by) {
		jdbc.sql("""
				insert into ph_demand (product_id, institution_code, institution_region, prior_usage, reported, reason,
				    agreed_volume, entered_by)
				values (:product, :institution, :region, :prior, :reported, :reason, :agreed, :by)
				on conflict (product_id, institution_code) do update set prior_usage = excluded.prior_usage,
				    reported = excluded.reported, reason = excluded.reason, agreed_volume = excluded.agreed_volume,
				    entered_by = excluded.entered_by, entered_at = now()""")
			.param("product", d.productId())
			.param("institution", d.institutionCode())
			.param("region", d.institutionRegion())
			.param("prior", d.priorUsage())
			.param("reported", d.reported())
			.param("reason", d.reason())
			.param("agreed", d.agreedVolume())
			.param("by", by)
			.update();
	}

	List<DemandRow> list(long roundId, ScopeFilter scope, int limit, int offset) {
		return jdbc.sql("""
				select d.*, p.generic_name || ' ' || p.specification as product
				from ph_demand d join ph_product p on p.id = d.product_id
				where p.round_id = :round and """ + ScopeFilter.condition("d") + """
				order by d.institution_code, d.product_id limit :limit offset :offset""")
			.param("round", roundId)
			.param("prefix", scope.prefix())
			.param("institution", scope.institution())
			.param("limit", limit)
			.param("offset", offset)
			.query((rs, n) -> new DemandRow(rs.getLong("product_id"), rs.getString("product"),
					rs.getString("institution_code"), rs.getString("institution_region"), rs.getLong("prior_usage"),
					rs.getLong("reported"), rs.getString("reason"), rs.getLong("agreed_volume"),
					rs.getString("entered_by")))
			.list();
	}

	long count(long roundId, ScopeFilter scope) {
		return jdbc.sql(
				"select count(*) from ph_demand d join ph_product p on p.id = d.product_id where p.round_id = :round and "
						+ ScopeFilter.condition("d"))
			.param("round", roundId)
			.param("prefix", scope.prefix())
			.param("institution", scope.institution())
			.query(Long.class)
			.single();
	}

}
