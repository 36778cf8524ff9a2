package org.sanyi.identity.review;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.sanyi.identity.review.ReviewService.ResidentListRow;
import org.sanyi.identity.review.ReviewService.Row;
import org.sanyi.shared.Like;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The EMPI review queue ({@code idn_review}) and the residents a reviewer may look up.
 */
@Repository
class ReviewRepository {

	private final JdbcClient jdbc;

	ReviewRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A pair with its status. */
	record Stated(Row row, MatchReviewStatus status) {
	}

	List<Row> open(String regionPrefix, int limit) {
		return jdbc
			.sql("""
					select id, source_record_id, resident_id, candidate_source_id, candidate_resident_id, rule, weight,
					       comparison, created_at
					from idn_review where status = 'OPEN' and region_code like :p || '%' order by created_at, id limit :l""")
			.param("p", regionPrefix)
			.param("l", limit)
			.query(Row.class)
			.list();
	}

	long openCount(String regionPrefix) {
		return jdbc.sql("select count(*) from idn_review where status = 'OPEN' and region_code like :p || '%'")
			.param("p", regionPrefix)
			.query(Long.class)
			.single();
	}

	String institutionOf(int sourceRecordId) {
		return jdbc.sql("select institution_code from idn_source_record where id = :id")
			.param("id", sourceRecordId)
			.query(String.class)
			.single();
	}

	Optional<Stated> find(long id, String regionPrefix) {
		return jdbc.sql("""
				select id, source_record_id, resident_id, candidate_source_id, candidate_resident_id, rule, weight,
				       comparison, created_at, status
				from idn_review where id = :id and region_code like :p || '%'""")
			.param("id", id)
			.param("p", regionPrefix)
			.query((rs, n) -> new Stated(new Row(rs.getLong(1), rs.getInt(2), rs.getString(3), rs.getInt(4),
					rs.getString(5), rs.getString(6), rs.getBigDecimal(7), rs.getString(8),
					rs.getObject(9, OffsetDateTime.class)), MatchReviewStatus.valueOf(rs.getString(10))))
			.optional();
	}

	void decide(long id, MatchReviewStatus status, String actor) {
		jdbc.sql("update idn_review set status = :s, decided_by = :a, decided_at = now() where id = :id")
			.param("s", status.name())
			.param("a", actor)
			.param("id", id)
			.update();
	}

	/**
	 * Linking one pair of a source record answers its other open pairs: they are rejected
	 * automatically.
	 */
	void rejectOtherOpen(int sourceRecordId) {
		jdbc.sql("""
				update idn_review set status = 'REJECTED', decided_by = 'auto', decided_at = now()
				where source_record_id = :s and status = 'OPEN'""").param("s", sourceRecordId).update();
	}

	void logRejection(String residentId, String otherResidentId, String actor) {
		jdbc.sql(
				"""
						insert into idn_link_event (action, resident_id, other_resident_id, actor) values ('REJECT', :r, :o, :a)""")
			.param("r", residentId)
			.param("o", otherResidentId)
			.param("a", actor)
			.update();
	}

	private static final String RESIDENTS = """
			from idn_resident r where exists (select 1 from idn_source_record s where s.resident_id = r.resident_id
			  and s.region_code like :p || '%') and (:q = '' or r.name like '%' || :qLike || '%' or r.resident_id = :q)""";

	long residentCount(String regionPrefix, String query) {
		return jdbc.sql("select count(*) " + RESIDENTS)
			.param("p", regionPrefix)
			.param("q", query)
			.param("qLike", Like.escape(query))
			.query(Long.class)
			.single();
	}

	List<ResidentListRow> residents(String regionPrefix, String query, int limit, long offset) {
		return jdbc.sql("select r.resident_id, r.name, r.sex, r.birth_date, r.id_number_mask, r.phone_mask, "
				+ "r.status, (select count(*) from idn_source_record s where s.resident_id = r.resident_id) as sources "
				+ RESIDENTS + " order by r.id limit :l offset :o")
			.param("p", regionPrefix)
			.param("q", query)
			.param("qLike", Like.escape(query))
			.param("l", limit)
			.param("o", offset)
			.query(ResidentListRow.class)
			.list();
	}

}
