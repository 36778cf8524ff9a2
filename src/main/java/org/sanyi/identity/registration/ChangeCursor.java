package org.sanyi.identity.registration;

import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;

/**
 * How far a node's match index has followed the change numbers of
 * {@code idn_source_record}. Numbers come from a sequence when a row is written but
 * become visible when its transaction commits, and transactions commit in any order:
 * having seen 12 does not mean 11 is settled. So besides the highest number seen, the
 * cursor keeps the numbers skipped below it as <em>missing</em>, to be asked for again
 * until they appear or are old enough to be abandoned (a rolled-back transaction, a
 * merged-away row's old number, sequence values lost in a crash), which no registration
 * transaction lives long enough to be.
 */
final class ChangeCursor {

	/**
	 * Far longer than any transaction that writes source records holds its change number.
	 */
	static final long ABANDON_AFTER_NANOS = 600_000_000_000L;

	/**
	 * At most this many numbers are remembered as missing at once, the newest; a gap
	 * larger than this is a bulk delete or a rolled-back bulk merge, not registrations in
	 * flight.
	 */
	static final int MAX_MISSING = 10_000;

	private long seen;

	/** Missing number → when it was first missed (nanoTime). */
	private final Map<Long, Long> missing = new HashMap<>();

	/** A cursor past {@code settled}: every number up to it is committed or abandoned. */
	ChangeCursor(long settled) {
		this.seen = settled;
	}

	/** The highest number seen. */
	long seen() {
		return seen;
	}

	/**
	 * The numbers still missing at {@code now} (nanoTime), forgetting the abandoned ones.
	 */
	long[] missing(long now) {
		for (Iterator<Long> it = missing.values().iterator(); it.hasNext();) {
			if (now - it.next() > ABANDON_AFTER_NANOS) {
				it.remove();
			}
		}
		return missing.keySet().stream().mapToLong(Long::longValue).sorted().toArray();
	}

	/**
	 * Takes the numbers a query returned, ascending: each fills a missing number or moves
	 * the cursor up, and the numbers it jumps over become missing.
	 */
	void advance(long[] ascending, long now) {
		for (long n : ascending) {
			if (n > seen) {
				for (long skipped = Math.max(seen + 1, n - MAX_MISSING); skipped < n; skipped++) {
					missing.put(skipped, now);
				}
				seen = n;
			}
			else {
				missing.remove(n);
			}
		}
		if (missing.size() > MAX_MISSING) {
			long floor = seen - MAX_MISSING;
			missing.keySet().removeIf(n -> n < floor);
		}
	}

}
