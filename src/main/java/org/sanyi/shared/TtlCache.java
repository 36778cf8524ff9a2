package org.sanyi.shared;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.LongSupplier;

/**
 * A node's cache of slowly changing reference data on a hot path (an institution's grade,
 * a gateway account, a drug's profile, review rules): a value is loaded on first use and
 * again once it is older than the time to live, so another node's change is seen within
 * that time and a change on this node at once when its writer calls {@link #forget} or
 * {@link #clear}. Bounded: past {@code maxEntries} keys it starts over, so a scan over
 * many keys cannot grow it without end. Two threads that miss at once may both load; the
 * later value stays. Load absence as a value (an {@code Optional}), not as {@code null}.
 *
 * @param <K> the key
 * @param <V> the value
 */
public final class TtlCache<K, V> {

	private record Entry<V>(V value, long loadedAt) {
	}

	private final long ttlNanos;

	private final int maxEntries;

	private final LongSupplier nanoTime;

	private final Map<K, Entry<V>> entries = new ConcurrentHashMap<>();

	public TtlCache(Duration ttl, int maxEntries) {
		this(ttl, maxEntries, System::nanoTime);
	}

	TtlCache(Duration ttl, int maxEntries, LongSupplier nanoTime) {
		if (ttl.isNegative() || ttl.isZero() || maxEntries < 1) {
			throw new IllegalArgumentException(ttl + ", " + maxEntries);
		}
		this.ttlNanos = ttl.toNanos();
		this.maxEntries = maxEntries;
		this.nanoTime = nanoTime;
	}

	/** The key's value, loaded when missing or older than the time to live. */
	public V get(K key, Function<? super K, ? extends V> load) {
		long now = nanoTime.getAsLong();
		Entry<V> entry = entries.get(key);
		if (entry == null || now - entry.loadedAt() > ttlNanos) {
			V value = load.apply(key);
			if (value == null) {
				throw new IllegalStateException("null loaded for " + key);
			}
			entry = new Entry<>(value, now);
			if (entries.size() >= maxEntries && !entries.containsKey(key)) {
				entries.clear();
			}
			entries.put(key, entry);
		}
		return entry.value();
	}

	/** Loads the key again on its next use (after this node changed it). */
	public void forget(K key) {
		entries.remove(key);
	}

	/** Loads every key again on its next use. */
	public void clear() {
		entries.clear();
	}

	int size() {
		return entries.size();
	}

}
