package org.sanyi.identity.card;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

/**
 * An offline terminal's copy of the revocation list, kept current with signed deltas
 * ({@link RevocationList}) and used as the {@link RevocationCheck} of its
 * {@link QrVerifier}: a code of a revoked card is refused as
 * {@link VerificationReason#REVOKED} without asking the platform. A list is applied only
 * when its signature verifies with a trusted key and it continues the copy
 * ({@code since <= through}); a list that would leave a gap is refused
 * ({@link Applied#GAP}: fetch from {@link #through()}). Thread-safe.
 */
public final class OfflineRevocations implements RevocationCheck {

	/** What applying a list did. */
	public enum Applied {

		/** Added (possibly nothing new); {@link #through()} advanced to the list's. */
		APPLIED,
		/**
		 * The list starts after this copy's {@code through}: revocations in between would
		 * be missing.
		 */
		GAP,
		/** Not a list, or not signed with a trusted key: ignored. */
		REFUSED

	}

	private record Key(int kind, long subject) {
	}

	private final TrustedKeys keys;

	private final Set<Key> revoked = new HashSet<>();

	private long through;

	private long latest;

	private Instant listIssuedAt;

	public OfflineRevocations(TrustedKeys keys) {
		this.keys = keys;
	}

	/** Verifies and applies a signed list text. */
	public Applied apply(String signedList) {
		RevocationList.Read read = RevocationList.read(signedList, keys);
		if (read.list() == null) {
			return Applied.REFUSED;
		}
		return apply(read.list());
	}

	private synchronized Applied apply(RevocationList list) {
		if (list.since() > through) {
			return Applied.GAP;
		}
		for (RevocationList.Entry e : list.entries()) {
			revoked.add(new Key(e.kind().id(), e.subject()));
		}
		through = Math.max(through, list.through());
		latest = Math.max(latest, list.latest());
		if (listIssuedAt == null || list.issuedAt().isAfter(listIssuedAt)) {
			listIssuedAt = list.issuedAt();
		}
		return Applied.APPLIED;
	}

	@Override
	public synchronized boolean isRevoked(CodeKind kind, long subject, Instant issuedAt) {
		return revoked.contains(new Key(kind.id(), subject));
	}

	/** The sequence number to ask the next delta from. */
	public synchronized long through() {
		return through;
	}

	/**
	 * Whether the lists applied so far reached the platform's latest revocation when they
	 * were made.
	 */
	public synchronized boolean complete() {
		return through >= latest;
	}

	/**
	 * Whether the copy is too old to verify offline under a terminal's policy (no list
	 * yet, or the newest list was made more than {@code maxAge} before {@code now}).
	 */
	public synchronized boolean stale(Instant now, Duration maxAge) {
		return listIssuedAt == null || listIssuedAt.plus(maxAge).isBefore(now);
	}

	public synchronized int size() {
		return revoked.size();
	}

}
