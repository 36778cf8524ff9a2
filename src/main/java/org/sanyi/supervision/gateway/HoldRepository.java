package org.sanyi.supervision.gateway;

import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL of {@code sup_settlement_hold}. */
@Repository
class HoldRepository {

	private final JdbcClient jdbc;

	HoldRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Replaces the visit's hold: removed when {@code reason} is null, else stored. */
	void replace(String institution, String visitId, String msgid, String reason) {
		jdbc.sql("delete from sup_settlement_hold where fixmedins_code = :i and mdtrt_id = :v")
			.param("i", institution)
			.param("v", visitId)
			.update();
		if (reason != null) {
			jdbc.sql("""
					insert into sup_settlement_hold (fixmedins_code, mdtrt_id, msgid, reason)
					values (:i, :v, :m, :r)""")
				.param("i", institution)
				.param("v", visitId)
				.param("m", msgid)
				.param("r", reason.length() > 2000 ? reason.substring(0, 1999) + "…" : reason)
				.update();
		}
	}

	Optional<String> find(String institution, String visitId) {
		return jdbc.sql("select reason from sup_settlement_hold where fixmedins_code = :i and mdtrt_id = :v")
			.param("i", institution)
			.param("v", visitId)
			.query(String.class)
			.optional();
	}

}
