package org.sanyi.drg.grouper;

/**
 * A diagnosis or procedure code compiled with everything the rules ask about it, so that
 * grouping costs one hash lookup per code: list memberships as a bit set over list ids,
 * and the CC/MCC and principal-exclusion table ids (interned to ints, -1 = not listed).
 *
 * @param id dense index within its code space, used to index per-list attribute arrays
 * (regions, groups)
 */
record Code(String code, int id, long[] lists, int mccTable, int ccTable, int pdxTable, String name) {

	/** Stands for codes the scheme does not know: member of nothing. */
	static final Code UNKNOWN = new Code("", -1, new long[0], -1, -1, -1, null);

	boolean in(int listId) {
		int word = listId >>> 6;
		return word < lists.length && (lists[word] & (1L << listId)) != 0;
	}
}
