package org.sanyi.pharma.pricing;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import org.sanyi.shared.review.ReviewStatus;
import org.sanyi.shared.review.ReviewedVersion;

/**
 * A scenario proposed as the service catalogue's price version of a region from a date;
 * dated, so an approval ends the version before it (it stays approved).
 *
 * @param id row id
 * @param scenarioId the scenario
 * @param region its region
 * @param effectiveFrom first day of the new prices
 * @param effectiveTo last day, set when a later one is approved
 * @param status PENDING, APPROVED or REJECTED
 * @param catalogueVersion the terminology version imported on approval
 * @param proposedBy who proposed it
 * @param proposedAt when
 * @param reviewedBy who decided
 * @param reviewedAt when
 * @param reviewNote the reviewer's note
 */
public record Publication(long id, long scenarioId, String region, LocalDate effectiveFrom, LocalDate effectiveTo,
		ReviewStatus status, String catalogueVersion, String proposedBy, OffsetDateTime proposedAt, String reviewedBy,
		OffsetDateTime reviewedAt, String reviewNote) implements ReviewedVersion {
}
