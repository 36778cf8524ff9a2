package org.sanyi.identity.internal;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import org.sanyi.shared.Like;
import org.sanyi.identity.IdentityErrors;
import org.sanyi.security.DataScope;
import org.sanyi.shared.BusinessException;
import org.sanyi.shared.Masking;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** The review queue of uncertain pairs: list within the reviewer's region, link (merge) or reject. */
@Service
public class ReviewService {

	private final JdbcClient jdbc;

	private final ResidentIndexService index;

	ReviewService(JdbcClient jdbc, ResidentIndexService index) {
		this.jdbc = jdbc;
		this.index = index;
	}

	public record FieldRow(String field, String level, BigDecimal weight, String left, String right) {
	}

	public record Pair(long id, String residentId, String candidateResidentId, String institution,
			String candidateInstitution, String rule, BigDecimal weight, OffsetDateTime createdAt, List<FieldRow> fields) {
	}

	record Row(long id, int sourceRecordId, String residentId, int candidateSourceId, String candidateResidentId,
			String rule, BigDecimal weight, String comparison, OffsetDateTime createdAt) {
	}

	public List<Pair> open(DataScope scope, int limit) {
		return jdbc.sql("""
				select id, source_record_id, resident_id, candidate_source_id, candidate_resident_id, rule, weight,
				       comparison, created_at
				from idn_review where status = 'OPEN' and region_code like :p || '%' order by created_at, id limit :l""")
			.param("p", scope.regionPrefix()).param("l", limit).query(Row.class).list()
			.stream().map(this::pair).toList();
	}

	public long openCount(DataScope scope) {
		return jdbc.sql("select count(*) from idn_review where status = 'OPEN' and region_code like :p || '%'")
			.param("p", scope.regionPrefix()).query(Long.class).single();
	}

	private Pair pair(Row r) {
		var left = index.sourceRecord(r.sourceRecordId()).orElseThrow();
		var right = index.sourceRecord(r.candidateSourceId()).orElseThrow();
		List<FieldRow> fields = new ArrayList<>();
		for (String part : r.comparison().split(";")) {
			String[] f = part.split(":");
			fields.add(new FieldRow(f[0], f[1], new BigDecimal(f[2]), show(f[0], left), show(f[0], right)));
		}
		String inst = jdbc.sql("select institution_code from idn_source_record where id = :id")
			.param("id", r.sourceRecordId()).query(String.class).single();
		String candInst = jdbc.sql("select institution_code from idn_source_record where id = :id")
			.param("id", r.candidateSourceId()).query(String.class).single();
		return new Pair(r.id(), r.residentId(), r.candidateResidentId(), inst, candInst, r.rule(), r.weight(),
				r.createdAt(), fields);
	}

	private static String show(String field, org.sanyi.identity.matching.DemographicRecord d) {
		String v = switch (field) {
			case "ID_NUMBER" -> Masking.idNumber(d.documentNumber());
			case "NAME" -> d.name();
			case "BIRTH_DATE" -> d.birthDate() == null ? null : d.birthDate().toString();
			case "SEX" -> d.sex().name();
			case "PHONE" -> Masking.phone(d.phone());
			case "ADDRESS" -> d.address();
			default -> null;
		};
		return v == null || v.isBlank() ? "—" : v;
	}

	/** Links the pair: the incoming provisional resident is merged into the candidate. */
	public void link(long reviewId, DataScope scope) {
		Row r = decidable(reviewId, scope);
		index.merge(r.candidateResidentId(), r.residentId());
		decide(reviewId, "LINKED");
		jdbc.sql("""
				update idn_review set status = 'REJECTED', decided_by = 'auto', decided_at = now()
				where source_record_id = :s and status = 'OPEN'""").param("s", r.sourceRecordId()).update();
	}

	public void reject(long reviewId, DataScope scope) {
		Row r = decidable(reviewId, scope);
		decide(reviewId, "REJECTED");
		jdbc.sql("""
				insert into idn_link_event (action, resident_id, other_resident_id, actor) values ('REJECT', :r, :o, :a)""")
			.param("r", r.residentId()).param("o", r.candidateResidentId()).param("a", ResidentIndexService.actor())
			.update();
	}

	private Row decidable(long id, DataScope scope) {
		var row = jdbc.sql("""
				select id, source_record_id, resident_id, candidate_source_id, candidate_resident_id, rule, weight,
				       comparison, created_at, status
				from idn_review where id = :id and region_code like :p || '%'""")
			.param("id", id).param("p", scope.regionPrefix())
			.query((rs, n) -> new Object[] { new Row(rs.getLong(1), rs.getInt(2), rs.getString(3), rs.getInt(4),
					rs.getString(5), rs.getString(6), rs.getBigDecimal(7), rs.getString(8),
					rs.getObject(9, OffsetDateTime.class)), rs.getString(10) })
			.optional()
			.orElseThrow(() -> BusinessException.notFound("review", id));
		if (!"OPEN".equals(row[1])) {
			throw new BusinessException(IdentityErrors.REVIEW_DECIDED);
		}
		return (Row) row[0];
	}

	private void decide(long id, String status) {
		jdbc.sql("update idn_review set status = :s, decided_by = :a, decided_at = now() where id = :id")
			.param("s", status).param("a", ResidentIndexService.actor()).param("id", id).update();
	}

	public record ResidentListRow(String residentId, String name, String sex, java.time.LocalDate birthDate,
			String idNumberMask, String phoneMask, String status, long sources) {
	}

	/** Residents registered within the scope's region, searched by name or resident id. */
	public org.sanyi.shared.Page<ResidentListRow> residents(DataScope scope, String q, org.sanyi.shared.PageQuery page) {
		String filter = """
				from idn_resident r where exists (select 1 from idn_source_record s where s.resident_id = r.resident_id
				  and s.region_code like :p || '%') and (:q = '' or r.name like '%' || :qLike || '%' or r.resident_id = :q)""";
		String query = q == null ? "" : q.trim();
		long total = jdbc.sql("select count(*) " + filter).param("p", scope.regionPrefix()).param("q", query)
			.param("qLike", Like.escape(query)).query(Long.class).single();
		var rows = jdbc.sql("select r.resident_id, r.name, r.sex, r.birth_date, r.id_number_mask, r.phone_mask, "
				+ "r.status, (select count(*) from idn_source_record s where s.resident_id = r.resident_id) as sources " + filter
				+ " order by r.id limit :l offset :o")
			.param("p", scope.regionPrefix()).param("q", query).param("qLike", Like.escape(query)).param("l", page.size()).param("o", page.offset())
			.query(ResidentListRow.class).list();
		return page.page(rows, total);
	}

}
