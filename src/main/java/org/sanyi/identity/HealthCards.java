package org.sanyi.identity;

import java.util.Optional;

/**
 * Electronic health cards (电子健康卡): issue, reissue (the old card is revoked), revoke on
 * loss.
 */
public interface HealthCards {

	/**
	 * Issues a card to an active resident; returns its 16-digit number, formatted in
	 * groups of four.
	 */
	String issue(String residentId);

	/** The resident's active card number, formatted. */
	Optional<String> activeCardNumber(String residentId);

}
