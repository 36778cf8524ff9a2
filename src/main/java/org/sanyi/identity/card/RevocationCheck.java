package org.sanyi.identity.card;

import java.time.Instant;

/**
 * Whether a card (or e-voucher account) was revoked or reissued after a code was issued.
 * Supplied by the card registry; an offline terminal uses a revocation list it
 * synchronises periodically, so a revocation reaches it within that period (codes
 * themselves expire within minutes anyway).
 */
@FunctionalInterface
public interface RevocationCheck {

	/** Nothing is revoked. */
	RevocationCheck NONE = (kind, subject, issuedAt) -> false;

	boolean isRevoked(CodeKind kind, long subject, Instant issuedAt);

}
