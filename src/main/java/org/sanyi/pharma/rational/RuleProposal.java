package org.sanyi.pharma.rational;

import java.time.OffsetDateTime;

import org.sanyi.shared.review.ReviewStatus;
import org.sanyi.shared.review.UndatedVersion;

/**
 * An import of one of a region's review tables as a proposal
 * ({@code ph_rx_rule_proposal}): undated, so its approval supersedes the approved import
 * of the same region and table before it.
 *
 * @param id row id
 * @param region the region whose rows the file becomes
 * @param table the review table
 * @param fileName the uploaded file's name, or null
 * @param rowCount the file's rows
 * @param status PENDING, APPROVED, REJECTED or SUPERSEDED
 * @param proposedBy the officer who imported it
 * @param proposedAt when
 * @param reviewedBy the second officer who decided, or null
 * @param reviewedAt when
 * @param reviewNote the decision's note
 */
public record RuleProposal(long id, String region, ReviewRuleImport.Table table, String fileName, int rowCount,
		ReviewStatus status, String proposedBy, OffsetDateTime proposedAt, String reviewedBy, OffsetDateTime reviewedAt,
		String reviewNote) implements UndatedVersion {

	/** Which proposals replace one another: one region's one table. */
	public record Key(String region, ReviewRuleImport.Table table) {
	}

	public Key key() {
		return new Key(region, table);
	}

}
