package org.sanyi.identity.card;

/**
 * Remembers the codes already accepted until they expire. A code may be used once: a
 * second scan of the same code (a screenshot sent to someone else) is
 * {@link VerificationReason#REPLAYED}. Entries are only needed while the code could still
 * pass the time check, so the cache stays bounded by the number of codes scanned per
 * lifetime. Implementations must be thread-safe; a cluster of verifiers shares one (the
 * database or a cache) or accepts that a replay across two terminals goes unnoticed.
 */
public interface ReplayCache {

	/**
	 * Records the code and says whether this is its first use.
	 * @param kind the code's kind
	 * @param subject its subject serial
	 * @param nonce its nonce
	 * @param forgetAfter epoch second after which the code is expired and need not be
	 * remembered
	 * @param now the current epoch second
	 * @return true the first time, false when already seen and not yet forgotten
	 */
	boolean firstUse(CodeKind kind, long subject, long nonce, long forgetAfter, long now);

}
