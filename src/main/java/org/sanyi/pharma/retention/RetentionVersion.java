package org.sanyi.pharma.retention;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;

import org.sanyi.shared.review.ReviewStatus;
import org.sanyi.shared.review.UndatedVersion;

/**
 * A computed 结余留用 of one cycle of a round, as proposed and reviewed. Undated: an approved
 * recomputation replaces the one before it.
 */
public record RetentionVersion(long id, long roundId, int cycleNo, LocalDate cycleStart, LocalDate cycleEnd,
		BigDecimal budget, BigDecimal actualSpend, BigDecimal surplus, BigDecimal retained, ReviewStatus status,
		String proposedBy, OffsetDateTime proposedAt, String decidedBy, OffsetDateTime decidedAt,
		String note) implements UndatedVersion {

	/** The versions of one cycle of one round replace one another. */
	public record Key(long roundId, int cycleNo) {
	}

}
