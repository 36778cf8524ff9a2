package org.sanyi.shared.review;

/**
 * Why the rules refuse a proposal or a review; the module turns each into its own error code and message
 * ({@link MakerChecker}'s {@code refusals}).
 */
public sealed interface Refusal {

	/** The version is not waiting for review (already decided or replaced). */
	record NotPending(ReviewedVersion version) implements Refusal {
	}

	/** The reviewer proposed the version: a second officer must review it. */
	record OwnProposal(ReviewedVersion version) implements Refusal {
	}

	/** The key already has a pending version: decide that one first. */
	record PendingExists(ReviewedVersion pending) implements Refusal {
	}

	/** An approved version of the key starts on or after the new one's effective date. */
	record LaterVersion(ReviewedVersion pending, ReviewedVersion later) implements Refusal {
	}

}
