package org.sanyi.insurance.policy;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import org.sanyi.insurance.engine.PolicyVersion;
import org.sanyi.shared.review.ReviewStatus;
import org.sanyi.shared.review.ReviewedVersion;

/**
 * A stored policy version with its review trail.
 *
 * @param id row id
 * @param code stable code printed on settlements
 * @param region pooling region
 * @param insutype 310 or 390
 * @param effectiveFrom first day
 * @param effectiveTo last day or {@code null}
 * @param parameters rule rows as JSON ({@link PolicyJson})
 * @param status PENDING, APPROVED or REJECTED (a version replaced by a later one stays
 * approved, ended by date)
 * @param basedOn the version this one was edited from
 * @param summary what changed
 * @param proposedBy who proposed it
 * @param proposedAt when
 * @param reviewedBy who approved or rejected it ({@code system} for imported versions)
 * @param reviewedAt when
 * @param reviewNote the reviewer's note
 */
record PolicyRow(long id, String code, String region, String insutype, LocalDate effectiveFrom, LocalDate effectiveTo,
		String parameters, ReviewStatus status, Long basedOn, String summary, String proposedBy,
		OffsetDateTime proposedAt, String reviewedBy, OffsetDateTime reviewedAt,
		String reviewNote) implements ReviewedVersion {

	/** The engine's version of this row. */
	public PolicyVersion version() {
		return PolicyJson.read(code, region, insutype, effectiveFrom, effectiveTo, parameters);
	}

	public boolean inForceOn(LocalDate date) {
		return status == ReviewStatus.APPROVED && !date.isBefore(effectiveFrom)
				&& (effectiveTo == null || !date.isAfter(effectiveTo));
	}

	/** The versions that replace one another: a pooling region's policy of one scheme. */
	public PolicyKey key() {
		return new PolicyKey(region, insutype);
	}

	/** A pooling region's policy of one scheme (insutype). */
	public record PolicyKey(String region, String insutype) {
	}

}
