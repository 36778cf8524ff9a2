package org.sanyi.clinical.referral.engine;

/**
 * What a side does to a referral, and the state it leads to. Only the receiving
 * institution accepts, rejects, receives the patient and completes; only the sending one
 * cancels.
 */
public enum ReferralAction {

	ACCEPT(Side.RECEIVER, ReferralStatus.ACCEPTED), REJECT(Side.RECEIVER, ReferralStatus.REJECTED),
	ARRIVE(Side.RECEIVER, ReferralStatus.IN_PROGRESS), COMPLETE(Side.RECEIVER, ReferralStatus.COMPLETED),
	CANCEL(Side.SENDER, ReferralStatus.CANCELLED);

	/** Which institution of a referral acts. */
	public enum Side {

		SENDER, RECEIVER

	}

	private final Side side;

	private final ReferralStatus target;

	ReferralAction(Side side, ReferralStatus target) {
		this.side = side;
		this.target = target;
	}

	public Side side() {
		return side;
	}

	public ReferralStatus target() {
		return target;
	}

	/** Whether this side may take this action on a referral in that state. */
	public boolean allowed(ReferralStatus from, Side by) {
		return by == side && from.canBecome(target);
	}

}
