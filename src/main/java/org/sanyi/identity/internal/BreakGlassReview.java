package org.sanyi.identity.internal;

import java.time.OffsetDateTime;

import org.sanyi.identity.IdentityErrors;
import org.sanyi.security.DataScope;
import org.sanyi.shared.BusinessException;
import org.sanyi.shared.Masking;
import org.sanyi.shared.Page;
import org.sanyi.shared.PageQuery;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Review of emergency (break-glass) reads: a health regulator sees the reads made by staff of institutions in their
 * region (platform administrators: all), with who, when, whose record (masked) and the reason given, and judges each
 * justified or not with a comment. The resident's access log shows the judgement.
 */
@Service
public class BreakGlassReview {

	/** Which reads to list. */
	public enum Filter {

		PENDING, REVIEWED, ALL

	}

	/** Whether an emergency read was justified. */
	public enum Outcome {

		JUSTIFIED, UNJUSTIFIED

	}

	public static final int MAX_COMMENT = 500;

	private final JdbcClient jdbc;

	BreakGlassReview(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public record Row(long id, OffsetDateTime at, String username, String displayName, String institutionCode,
			String residentId, String residentName, String reason, boolean reviewed, String reviewOutcome,
			String reviewComment, String reviewedBy, OffsetDateTime reviewedAt) {
	}

	private static final String FROM = """
			from idn_access a left join idn_resident r on r.resident_id = a.resident_id
			where a.basis = 'BREAK_GLASS' and coalesce(a.region_code, '') like :p || '%'
			  and (:f = 'ALL' or (:f = 'PENDING' and not a.reviewed) or (:f = 'REVIEWED' and a.reviewed))""";

	/** The emergency reads in the reviewer's scope, oldest pending first; resident names masked. */
	public Page<Row> list(DataScope scope, Filter filter, PageQuery page) {
		long total = jdbc.sql("select count(*) " + FROM).param("p", scope.regionPrefix()).param("f", filter.name())
			.query(Long.class).single();
		var rows = jdbc.sql("""
				select a.id, a.at, a.username, a.display_name, a.institution_code, a.resident_id, r.name, a.reason,
				       a.reviewed, a.review_outcome, a.review_comment, a.reviewed_by, a.reviewed_at
				""" + FROM + " order by a.reviewed, a.at desc, a.id desc limit :l offset :o")
			.param("p", scope.regionPrefix()).param("f", filter.name()).param("l", page.size())
			.param("o", page.offset())
			.query((rs, n) -> new Row(rs.getLong(1), rs.getObject(2, OffsetDateTime.class), rs.getString(3),
					rs.getString(4), rs.getString(5), rs.getString(6), Masking.name(rs.getString(7)), rs.getString(8),
					rs.getBoolean(9), rs.getString(10), rs.getString(11), rs.getString(12),
					rs.getObject(13, OffsetDateTime.class)))
			.list();
		return page.page(rows, total);
	}

	public long pending(DataScope scope) {
		return jdbc.sql("select count(*) " + FROM).param("p", scope.regionPrefix()).param("f", Filter.PENDING.name())
			.query(Long.class).single();
	}

	/**
	 * Records the reviewer's judgement of one emergency read in scope. An unjustified read needs a comment; a read is
	 * reviewed once (IDN-0016). Returns the resident whose record was read.
	 */
	@Transactional
	public String review(long id, Outcome outcome, String comment, String reviewer, DataScope scope) {
		String text = comment == null ? "" : comment.strip();
		if (outcome == null || (outcome == Outcome.UNJUSTIFIED && text.isEmpty()) || text.length() > MAX_COMMENT) {
			throw new BusinessException(IdentityErrors.REVIEW_COMMENT_REQUIRED);
		}
		record Target(String residentId, boolean reviewed) {
		}
		Target target = jdbc.sql("""
				select resident_id, reviewed from idn_access
				where id = :id and basis = 'BREAK_GLASS' and coalesce(region_code, '') like :p || '%' for update""")
			.param("id", id).param("p", scope.regionPrefix()).query(Target.class).optional()
			.orElseThrow(() -> BusinessException.notFound("break-glass", id));
		if (target.reviewed()) {
			throw new BusinessException(IdentityErrors.ACCESS_REVIEWED);
		}
		jdbc.sql("""
				update idn_access set reviewed = true, review_outcome = :o, review_comment = :c, reviewed_by = :u,
				    reviewed_at = now() where id = :id""")
			.param("o", outcome.name()).param("c", text.isEmpty() ? null : text).param("u", reviewer).param("id", id)
			.update();
		return target.residentId();
	}

}
