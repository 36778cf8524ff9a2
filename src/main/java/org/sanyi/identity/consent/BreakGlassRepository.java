package org.sanyi.identity.consent;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.sanyi.identity.consent.BreakGlassReview.Outcome;
import org.sanyi.identity.consent.BreakGlassReview.Row;
import org.sanyi.shared.Masking;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The emergency reads ({@code idn_access} with basis BREAK_GLASS) and their review. */
@Repository
class BreakGlassRepository {

	private final JdbcClient jdbc;

	BreakGlassRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * An emergency read about to be reviewed: whose record it read, whether it was
	 * reviewed already.
	 */
	record Target(String residentId, boolean reviewed) {
	}

	private static final String FROM = """
			from idn_access a left join idn_resident r on r.resident_id = a.resident_id
			where a.basis = 'BREAK_GLASS' and coalesce(a.region_code, '') like :p || '%'
			  and (:f = 'ALL' or (:f = 'PENDING' and not a.reviewed) or (:f = 'REVIEWED' and a.reviewed))""";

	long count(String regionPrefix, String filter) {
		return jdbc.sql("select count(*) " + FROM)
			.param("p", regionPrefix)
			.param("f", filter)
			.query(Long.class)
			.single();
	}

	/** Oldest pending first; resident names masked. */
	List<Row> list(String regionPrefix, String filter, int limit, long offset) {
		return jdbc.sql("""
				select a.id, a.at, a.username, a.display_name, a.institution_code, a.resident_id, r.name, a.reason,
				       a.reviewed, a.review_outcome, a.review_comment, a.reviewed_by, a.reviewed_at
				""" + FROM + " order by a.reviewed, a.at desc, a.id desc limit :l offset :o")
			.param("p", regionPrefix)
			.param("f", filter)
			.param("l", limit)
			.param("o", offset)
			.query((rs, n) -> new Row(rs.getLong(1), rs.getObject(2, OffsetDateTime.class), rs.getString(3),
					rs.getString(4), rs.getString(5), rs.getString(6), Masking.name(rs.getString(7)), rs.getString(8),
					rs.getBoolean(9), rs.getString(10), rs.getString(11), rs.getString(12),
					rs.getObject(13, OffsetDateTime.class)))
			.list();
	}

	Optional<Target> lock(long id, String regionPrefix) {
		return jdbc.sql("""
				select resident_id, reviewed from idn_access
				where id = :id and basis = 'BREAK_GLASS' and coalesce(region_code, '') like :p || '%' for update""")
			.param("id", id)
			.param("p", regionPrefix)
			.query(Target.class)
			.optional();
	}

	void review(long id, Outcome outcome, String comment, String reviewer) {
		jdbc.sql("""
				update idn_access set reviewed = true, review_outcome = :o, review_comment = :c, reviewed_by = :u,
				    reviewed_at = now() where id = :id""")
			.param("o", outcome.name())
			.param("c", comment)
			.param("u", reviewer)
			.param("id", id)
			.update();
	}

}
