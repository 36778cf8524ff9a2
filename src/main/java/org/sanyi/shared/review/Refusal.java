package org.sanyi.shared.review;

/**
 * Why the rules refuse a proposal or a decision; the module turns each into its own error
 * code and message ({@link MakerChecker}'s {@code refusals}).
 *
 * @param <V> the module's stored version
 */
public sealed interface Refusal<V extends ReviewedVersion> {

	/** The version is not waiting for review (already decided or replaced). */
	record NotPending<V extends ReviewedVersion>(V version) implements Refusal<V> {
	}

	/** The reviewer proposed the version: a second officer must decide on it. */
	record OwnProposal<V extends ReviewedVersion>(V version) implements Refusal<V> {
	}

	/** The key already has a pending version: decide on that one first. */
	record PendingExists<V extends ReviewedVersion>(V pending) implements Refusal<V> {
	}

	/** An approved version of the key starts on or after the new one's effective date. */
	record LaterVersion<V extends ReviewedVersion>(V pending, V later) implements Refusal<V> {
	}

}
