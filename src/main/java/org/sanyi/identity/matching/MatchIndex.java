package org.sanyi.identity.matching;

import java.util.Arrays;

/**
 * The in-memory blocking index: for each blocking key, the int ids of the records
 * carrying it. A region's whole population (a million residents, six keys each, about
 * five million distinct keys) takes under 200 MB: one open-addressing table (linear
 * probing, at most 3/4 full) of {@code long} keys with the head and size of each key's
 * posting list, and the postings themselves as two parallel {@code int} arrays forming
 * linked lists, newest first. No object per record or per key.
 *
 * <p>
 * Records are never removed: when a resident's demographics change, the new keys are
 * added and the old ones keep pointing at the id, which costs one extra candidate
 * comparison and nothing else. Not thread-safe for writes: one writer, or readers only;
 * the service around it takes a read-write lock.
 */
public final class MatchIndex {

	private static final int EMPTY = -1;

	/**
	 * Distinct keys per record in a real population: ID number, phone and the name keys
	 * are nearly unique.
	 */
	private static final int KEYS_PER_RECORD = 5;

	private long[] keys;

	private int[] heads;

	private int[] counts;

	private int mask;

	private int keyCount;

	private int[] postingIds;

	private int[] postingNext;

	private int postings;

	private int records;

	/**
	 * Sized for {@code expectedRecords} (about five distinct keys each); grows beyond it.
	 */
	public MatchIndex(int expectedRecords) {
		long wanted = Math.max(16, (long) expectedRecords * KEYS_PER_RECORD * 4 / 3);
		allocateTable((int) Math.min(1 << 30, Long.highestOneBit(wanted - 1) << 1));
		int initialPostings = (int) Math.max(16, Math.min(Integer.MAX_VALUE - 8, (long) expectedRecords * 6));
		postingIds = new int[initialPostings];
		postingNext = new int[initialPostings];
	}

	/** Adds a record under all its {@link BlockingKeys}. */
	public void add(int id, DemographicRecord record) {
		for (long key : BlockingKeys.of(record)) {
			addPosting(key, id);
		}
		records++;
	}

	/**
	 * The distinct ids sharing at least one blocking key with {@code record}, ascending,
	 * skipping any block larger than {@code maxBlockSize} (a value too common to
	 * discriminate).
	 */
	public int[] candidates(DemographicRecord record, int maxBlockSize) {
		long[] recordKeys = BlockingKeys.of(record);
		int[] slots = new int[recordKeys.length];
		int total = 0;
		for (int k = 0; k < recordKeys.length; k++) {
			int slot = find(recordKeys[k]);
			if (slot >= 0 && counts[slot] > maxBlockSize) {
				slot = -1;
			}
			slots[k] = slot;
			total += slot < 0 ? 0 : counts[slot];
		}
		int[] ids = new int[total];
		int n = 0;
		for (int slot : slots) {
			if (slot >= 0) {
				for (int p = heads[slot]; p != EMPTY; p = postingNext[p]) {
					ids[n++] = postingIds[p];
				}
			}
		}
		Arrays.sort(ids);
		int distinct = 0;
		for (int i = 0; i < n; i++) {
			if (i == 0 || ids[i] != ids[i - 1]) {
				ids[distinct++] = ids[i];
			}
		}
		return distinct == n ? ids : Arrays.copyOf(ids, distinct);
	}

	/** How many records carry this key (see {@link BlockingKeys}). */
	public int blockSize(long key) {
		int slot = find(key);
		return slot < 0 ? 0 : counts[slot];
	}

	public Stats stats() {
		int largest = 0;
		for (int i = 0; i < keys.length; i++) {
			if (keys[i] != 0) {
				largest = Math.max(largest, counts[i]);
			}
		}
		long bytes = (long) keys.length * (8 + 4 + 4) + (long) postingIds.length * (4 + 4);
		return new Stats(records, keyCount, postings, largest, bytes);
	}

	/**
	 * Size of the index.
	 *
	 * @param records records added
	 * @param keys distinct blocking keys
	 * @param postings (key, id) pairs
	 * @param largestBlock the most ids under one key
	 * @param bytes memory held by the arrays, including their spare capacity
	 */
	public record Stats(int records, int keys, long postings, int largestBlock, long bytes) {
	}

	private void addPosting(long key, int id) {
		if (postings == postingIds.length) {
			int grown = postingIds.length + (postingIds.length >> 1);
			postingIds = Arrays.copyOf(postingIds, grown);
			postingNext = Arrays.copyOf(postingNext, grown);
		}
		int slot = slotFor(key);
		if (keys[slot] == 0) {
			keys[slot] = key;
			heads[slot] = EMPTY;
			keyCount++;
			if (keyCount * 4L > keys.length * 3L) {
				rehash(keys.length * 2);
				slot = slotFor(key);
			}
		}
		postingIds[postings] = id;
		postingNext[postings] = heads[slot];
		heads[slot] = postings++;
		counts[slot]++;
	}

	/** The slot holding {@code key}, or the empty slot where it would go. */
	private int slotFor(long key) {
		int i = (int) BlockingKeys.mix(key) & mask;
		while (keys[i] != 0 && keys[i] != key) {
			i = (i + 1) & mask;
		}
		return i;
	}

	private int find(long key) {
		int slot = slotFor(key);
		return keys[slot] == 0 ? -1 : slot;
	}

	private void rehash(int capacity) {
		long[] oldKeys = keys;
		int[] oldHeads = heads;
		int[] oldCounts = counts;
		allocateTable(capacity);
		for (int i = 0; i < oldKeys.length; i++) {
			if (oldKeys[i] != 0) {
				int slot = slotFor(oldKeys[i]);
				keys[slot] = oldKeys[i];
				heads[slot] = oldHeads[i];
				counts[slot] = oldCounts[i];
			}
		}
	}

	private void allocateTable(int capacity) {
		keys = new long[capacity];
		heads = new int[capacity];
		counts = new int[capacity];
		mask = capacity - 1;
	}

}
