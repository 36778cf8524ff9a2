package org.sanyi.supervision.audit;

/**
 * Where a suspicion is: raised and waiting for the hospital, accepted or appealed by it,
 * decided by the bureau, an upheld one possibly reversed on re-review. The bureau may
 * decide an open one whose deadline passed without an answer.
 */
public enum SuspicionStatus {

	OPEN, ACCEPTED, APPEALED, UPHELD, DISMISSED,
	/** Upheld, then taken back on re-review (复核撤销): its deduction was reversed. */
	REVERSED;

	public boolean canBecome(SuspicionStatus next) {
		return switch (this) {
			case OPEN -> next == ACCEPTED || next == APPEALED || next == UPHELD || next == DISMISSED;
			case ACCEPTED, APPEALED -> next == UPHELD || next == DISMISSED;
			case UPHELD -> next == REVERSED;
			case DISMISSED, REVERSED -> false;
		};
	}

	/** Whether the bureau has decided it. */
	public boolean decided() {
		return this == UPHELD || this == DISMISSED || this == REVERSED;
	}

}
