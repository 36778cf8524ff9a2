package org.sanyi.clinical.referral.engine;

import java.util.EnumSet;
import java.util.Set;

/**
 * The fulfilment of a referral (FHIR Task.status, narrowed to what a referral uses):
 * requested by the sender; accepted or rejected by the receiver; in progress once the
 * patient has arrived; completed when the receiver sends the result back (the loop is
 * closed). The sender may cancel until the patient has arrived.
 */
public enum ReferralStatus {

	REQUESTED, ACCEPTED, REJECTED, IN_PROGRESS, COMPLETED, CANCELLED;

	public Set<ReferralStatus> next() {
		return switch (this) {
			case REQUESTED -> EnumSet.of(ACCEPTED, REJECTED, CANCELLED);
			case ACCEPTED -> EnumSet.of(IN_PROGRESS, CANCELLED);
			case IN_PROGRESS -> EnumSet.of(COMPLETED);
			case REJECTED, COMPLETED, CANCELLED -> EnumSet.noneOf(ReferralStatus.class);
		};
	}

	public boolean canBecome(ReferralStatus target) {
		return next().contains(target);
	}

	public boolean isOpen() {
		return !next().isEmpty();
	}

}
