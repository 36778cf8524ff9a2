package org.sanyi.pharma.engine;

/**
 * Why a step on a prescription is refused.
 *
 * @param reason the rule broken
 * @param detail what the message names: the valid end, the holder, the next allowed day,
 * the state
 */
public record RxRefusal(Reason reason, String detail) {

	public enum Reason {

		/** {@code now > valid_end_time}. */
		EXPIRED,
		/** The prescribing institution revoked it. */
		REVOKED,
		/** Every use ({@code max_rept_cnt}) is sold. */
		USED_UP,
		/** Another pharmacy holds it, or the resident chose another pharmacy. */
		WRONG_PHARMACY,
		/** The step does not follow from the state (review before download ...). */
		WRONG_STATE,
		/** A repeat use before {@code min_inrv_days} since the last one. */
		TOO_EARLY,
		/** Only the prescribing institution may revoke it. */
		NOT_ISSUER,
		/** A pharmacy holds it, so it cannot be revoked or moved. */
		HELD_BY_PHARMACY

	}

}
