package org.sanyi.identity;

import java.util.List;

/**
 * The answer to a registration.
 *
 * @param residentId the resident the patient is (now) linked to
 * @param decision {@code AUTO_LINK}, {@code REVIEW} (a provisional resident, pairs
 * queued) or {@code NEW}
 * @param rule the matching rule that decided ({@code DETERMINISTIC_ID},
 * {@code PROBABILISTIC}, ... or {@code SAME_SOURCE} when the institution registered this
 * patient number before)
 * @param weight the best match weight in bits, or null when nothing was compared
 * @param identifiers the resident's identifiers, masked
 */
public record Registration(String residentId, Decision decision, String rule, Double weight,
		List<ResidentIdentifier> identifiers) {

	public Registration {
		identifiers = List.copyOf(identifiers);
	}

	public enum Decision {

		AUTO_LINK, REVIEW, NEW

	}

}
