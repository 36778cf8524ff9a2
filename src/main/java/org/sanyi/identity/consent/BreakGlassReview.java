package org.sanyi.identity.consent;

import java.time.OffsetDateTime;

import org.sanyi.identity.IdentityErrors;
import org.sanyi.security.DataScope;
import org.sanyi.shared.BusinessException;
import org.sanyi.shared.Page;
import org.sanyi.shared.PageQuery;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Review of emergency (break-glass) reads: a health regulator sees the reads made by
 * staff of institutions in their region (platform administrators: all), with who, when,
 * whose record (masked) and the reason given, and judges each justified or not with a
 * comment. The resident's access log shows the judgement.
 */
@Service
class BreakGlassReview {

	/** Which reads to list. */
	public enum Filter {

		PENDING, REVIEWED, ALL

	}

	/** Whether an emergency read was justified. */
	public enum Outcome {

		JUSTIFIED, UNJUSTIFIED

	}

	public static final int MAX_COMMENT = 500;

	private final BreakGlassRepository reads;

	BreakGlassReview(BreakGlassRepository reads) {
		this.reads = reads;
	}

	public record Row(long id, OffsetDateTime at, String username, String displayName, String institutionCode,
			String residentId, String residentName, String reason, boolean reviewed, String reviewOutcome,
			String reviewComment, String reviewedBy, OffsetDateTime reviewedAt) {
	}

	/**
	 * The emergency reads in the reviewer's scope, oldest pending first; resident names
	 * masked.
	 */
	public Page<Row> list(DataScope scope, Filter filter, PageQuery page) {
		long total = reads.count(scope.regionPrefix(), filter.name());
		var rows = reads.list(scope.regionPrefix(), filter.name(), page.size(), page.offset());
		return page.page(rows, total);
	}

	public long pending(DataScope scope) {
		return reads.count(scope.regionPrefix(), Filter.PENDING.name());
	}

	/**
	 * Records the reviewer's judgement of one emergency read in scope. An unjustified
	 * read needs a comment; a read is reviewed once (IDN-0016). Returns the resident
	 * whose record was read.
	 */
	@Transactional
	public String review(long id, Outcome outcome, String comment, String reviewer, DataScope scope) {
		String text = comment == null ? "" : comment.strip();
		if (outcome == null || (outcome == Outcome.UNJUSTIFIED && text.isEmpty()) || text.length() > MAX_COMMENT) {
			throw new BusinessException(IdentityErrors.REVIEW_COMMENT_REQUIRED);
		}
		BreakGlassRepository.Target target = reads.lock(id, scope.regionPrefix())
			.orElseThrow(() -> BusinessException.notFound("break-glass", id));
		if (target.reviewed()) {
			throw new BusinessException(IdentityErrors.ACCESS_REVIEWED);
		}
		reads.review(id, outcome, text.isEmpty() ? null : text, reviewer);
		return target.residentId();
	}

}
