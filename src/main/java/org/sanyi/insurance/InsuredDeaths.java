package org.sanyi.insurance;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/**
 * Dates of death of insured persons, for fund supervision's 死亡后就医 (care billed after the
 * insured person died): from identity's death registration, where the insured are
 * registered residents.
 */
public interface InsuredDeaths {

	/** The registered date of death of an insured person ({@code psn_no}), or empty. */
	default Optional<LocalDate> dateOfDeath(String personId) {
		return Optional.ofNullable(datesOfDeath(java.util.List.of(personId)).get(personId));
	}

	/**
	 * The registered dates of death of some insured persons by {@code psn_no}; persons
	 * without one are not in the map.
	 */
	Map<String, LocalDate> datesOfDeath(Collection<String> personIds);

}
