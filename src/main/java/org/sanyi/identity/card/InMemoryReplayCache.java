package org.sanyi.identity.card;

import java.util.HashMap;
import java.util.Map;
import java.util.PriorityQueue;

/**
 * A bounded replay cache for one verifier: a hash map of the codes seen with a queue
 * ordered by expiry. Each call first forgets the codes that have expired. When the cache
 * is full of unexpired codes the one closest to expiring is dropped (counted in
 * {@link #evictedEarly()}); size the capacity above the scans expected within a code's
 * lifetime plus skew (a busy hospital scans a few thousand per five minutes; the default
 * holds 1,000,000).
 */
public final class InMemoryReplayCache implements ReplayCache {

	private record Key(int kind, long subject, long nonce) {
	}

	private record Entry(Key key, long forgetAfter) {
	}

	private final int capacity;

	private final Map<Key, Long> seen = new HashMap<>();

	private final PriorityQueue<Entry> byExpiry = new PriorityQueue<>(
			(a, b) -> Long.compare(a.forgetAfter, b.forgetAfter));

	private long evictedEarly;

	public InMemoryReplayCache(int capacity) {
		if (capacity < 1) {
			throw new IllegalArgumentException("capacity must be positive");
		}
		this.capacity = capacity;
	}

	public InMemoryReplayCache() {
		this(1_000_000);
	}

	@Override
	public synchronized boolean firstUse(CodeKind kind, long subject, long nonce, long forgetAfter, long now) {
		forgetExpired(now);
		var key = new Key(kind.id(), subject, nonce);
		if (seen.containsKey(key)) {
			return false;
		}
		if (seen.size() >= capacity) {
			Entry soonest = byExpiry.poll();
			seen.remove(soonest.key());
			evictedEarly++;
		}
		seen.put(key, forgetAfter);
		byExpiry.add(new Entry(key, forgetAfter));
		return true;
	}

	public synchronized int size() {
		return seen.size();
	}

	/**
	 * Codes dropped before expiry because the cache was full; a replay of those would go
	 * unnoticed.
	 */
	public synchronized long evictedEarly() {
		return evictedEarly;
	}

	private void forgetExpired(long now) {
		while (!byExpiry.isEmpty() && byExpiry.peek().forgetAfter() < now) {
			seen.remove(byExpiry.poll().key());
		}
	}

}
