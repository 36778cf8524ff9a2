package org.sanyi.identity.review;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import org.sanyi.identity.IdentityErrors;
import org.sanyi.identity.registration.ResidentIndexService;
import org.sanyi.security.DataScope;
import org.sanyi.shared.BusinessException;
import org.sanyi.shared.Masking;
import org.springframework.stereotype.Service;

/**
 * The review queue of uncertain pairs: list within the reviewer's region, link (merge) or
 * reject.
 */
@Service
public class ReviewService {

	private final ReviewRepository reviews;

	private final ResidentIndexService index;

	ReviewService(ReviewRepository reviews, ResidentIndexService index) {
		this.reviews = reviews;
		this.index = index;
	}

	public record FieldRow(String field, String level, BigDecimal weight, String left, String right) {
	}

	public record Pair(long id, String residentId, String candidateResidentId, String institution,
			String candidateInstitution, String rule, BigDecimal weight, OffsetDateTime createdAt,
			List<FieldRow> fields) {
	}

	record Row(long id, int sourceRecordId, String residentId, int candidateSourceId, String candidateResidentId,
			String rule, BigDecimal weight, String comparison, OffsetDateTime createdAt) {
	}

	public List<Pair> open(DataScope scope, int limit) {
		return reviews.open(scope.regionPrefix(), limit).stream().map(this::pair).toList();
	}

	public long openCount(DataScope scope) {
		return reviews.openCount(scope.regionPrefix());
	}

	private Pair pair(Row r) {
		var left = index.sourceRecord(r.sourceRecordId()).orElseThrow();
		var right = index.sourceRecord(r.candidateSourceId()).orElseThrow();
		List<FieldRow> fields = new ArrayList<>();
		for (String part : r.comparison().split(";")) {
			String[] f = part.split(":");
			fields.add(new FieldRow(f[0], f[1], new BigDecimal(f[2]), show(f[0], left), show(f[0], right)));
		}
		String inst = reviews.institutionOf(r.sourceRecordId());
		String candInst = reviews.institutionOf(r.candidateSourceId());
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
		decide(reviewId, MatchReviewStatus.LINKED);
		reviews.rejectOtherOpen(r.sourceRecordId());
	}

	public void reject(long reviewId, DataScope scope) {
		Row r = decidable(reviewId, scope);
		decide(reviewId, MatchReviewStatus.REJECTED);
		reviews.logRejection(r.residentId(), r.candidateResidentId(), ResidentIndexService.actor());
	}

	private Row decidable(long id, DataScope scope) {
		ReviewRepository.Stated pair = reviews.find(id, scope.regionPrefix())
			.orElseThrow(() -> BusinessException.notFound("review", id));
		if (!pair.status().canBecome(MatchReviewStatus.LINKED)) {
			throw new BusinessException(IdentityErrors.REVIEW_DECIDED);
		}
		return pair.row();
	}

	private void decide(long id, MatchReviewStatus status) {
		reviews.decide(id, status, ResidentIndexService.actor());
	}

	public record ResidentListRow(String residentId, String name, String sex, java.time.LocalDate birthDate,
			String idNumberMask, String phoneMask, String status, long sources) {
	}

	/**
	 * Residents registered within the scope's region, searched by name or resident id.
	 */
	public org.sanyi.shared.Page<ResidentListRow> residents(DataScope scope, String q,
			org.sanyi.shared.PageQuery page) {
		String query = q == null ? "" : q.trim();
		long total = reviews.residentCount(scope.regionPrefix(), query);
		var rows = reviews.residents(scope.regionPrefix(), query, page.size(), page.offset());
		return page.page(rows, total);
	}

}
