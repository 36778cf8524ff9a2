package org.sanyi.supervision.rules;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import org.sanyi.shared.review.ReviewStatus;
import org.sanyi.shared.review.ReviewedVersion;

/**
 * A version of a region's rules ({@code RULES}) or knowledge base ({@code KNOWLEDGE}).
 */
public record VersionRow(long id, String code, String kind, String regionCode, LocalDate effectiveFrom,
		LocalDate effectiveTo, ReviewStatus status, Long basedOn, String summary, String proposedBy,
		OffsetDateTime proposedAt, String reviewedBy, OffsetDateTime reviewedAt,
		String reviewNote) implements ReviewedVersion {

	public static final String RULES = "RULES";

	public static final String KNOWLEDGE = "KNOWLEDGE";

	/** What versions replace one another: a kind in a region. */
	public record Key(String kind, String regionCode) {
	}

}
