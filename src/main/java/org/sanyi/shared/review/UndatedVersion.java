package org.sanyi.shared.review;

import java.time.LocalDate;

/**
 * A reviewed version without dates: approving it replaces the approved version of its key
 * at once, which becomes {@link ReviewStatus#SUPERSEDED} (a budget, an indicator
 * definition, a retention computation, a review-table import…).
 */
public interface UndatedVersion extends ReviewedVersion {

	@Override
	default LocalDate effectiveFrom() {
		return null;
	}

	@Override
	default LocalDate effectiveTo() {
		return null;
	}

}
