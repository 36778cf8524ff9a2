package org.sanyi.identity.matching;

import java.time.LocalDate;

/**
 * Blocking keys: cheap exact keys such that a true duplicate almost always shares at
 * least one with its original, while each key selects only a handful of the index. A key
 * is a {@code long}: the key kind in the top 6 bits and the value (exact where it fits,
 * else a 58-bit hash) below; a hash collision only adds a candidate, never loses one.
 * <ul>
 * <li>{@link Kind#ID_NUMBER}: the first 17 digits of a valid GB 11643 number, exactly
 * (the 18th follows from them).
 * <li>{@link Kind#BIRTH_DATE}: the birth date (~30 residents a day in a population of a
 * million).
 * <li>{@link Kind#NAME_BIRTH_YEAR}: folded pinyin of the full name + birth year, for a
 * wrong month or day.
 * <li>{@link Kind#NAME_MONTH_DAY}: folded pinyin of the full name + the unordered pair
 * {month, day}, for a wrong year and for swapped day and month.
 * <li>{@link Kind#SURNAME_BIRTH_DAY_SET}: folded surname pinyin + birth year + the
 * unordered pair {month, day}, for swapped day and month together with a typo in the
 * given name.
 * <li>{@link Kind#PHONE}: the last eight digits of the phone, for a wrong birth date and
 * name together.
 * </ul>
 * Folded pinyin ({@link ChineseNames#fuzzy(String)}) puts homophone surnames (张/章, 陈/程)
 * in the same blocks.
 */
public final class BlockingKeys {

	/** The kinds of key, with the tag stored in the key's top bits. */
	public enum Kind {

		ID_NUMBER, BIRTH_DATE, NAME_BIRTH_YEAR, NAME_MONTH_DAY, SURNAME_BIRTH_DAY_SET, PHONE;

		long tag() {
			return (long) (ordinal() + 1) << VALUE_BITS;
		}

	}

	static final int VALUE_BITS = 58;

	static final long VALUE_MASK = (1L << VALUE_BITS) - 1;

	private BlockingKeys() {
	}

	/**
	 * The keys of a record, at most one per kind; fields that are missing give no key.
	 */
	public static long[] of(DemographicRecord r) {
		long[] keys = new long[Kind.values().length];
		int n = 0;
		if (r.hasValidCitizenNumber()) {
			keys[n++] = Kind.ID_NUMBER.tag() | Long.parseLong(r.documentNumber().substring(0, 17));
		}
		LocalDate birth = r.birthDate();
		String fuzzyName = r.name().isEmpty() ? null : ChineseNames.fuzzy(r.pinyin());
		if (birth != null) {
			keys[n++] = Kind.BIRTH_DATE.tag() | (birth.toEpochDay() & VALUE_MASK);
			if (fuzzyName != null) {
				long nameHash = hash(fuzzyName);
				int m = birth.getMonthValue();
				int d = birth.getDayOfMonth();
				long monthDay = Math.min(m, d) * 100L + Math.max(m, d);
				keys[n++] = Kind.NAME_BIRTH_YEAR.tag() | (mix(nameHash + birth.getYear()) & VALUE_MASK);
				keys[n++] = Kind.NAME_MONTH_DAY.tag() | (mix(nameHash * 31 + monthDay) & VALUE_MASK);
				String surname = ChineseNames.fuzzy(r.surnamePinyin());
				long daySet = birth.getYear() * 10000L + monthDay;
				keys[n++] = Kind.SURNAME_BIRTH_DAY_SET.tag() | (mix(hash(surname) * 31 + daySet) & VALUE_MASK);
			}
		}
		String phone = r.phone();
		if (phone != null && phone.length() >= 8) {
			keys[n++] = Kind.PHONE.tag() | Long.parseLong(phone.substring(phone.length() - 8));
		}
		return n == keys.length ? keys : java.util.Arrays.copyOf(keys, n);
	}

	public static Kind kindOf(long key) {
		return Kind.values()[(int) (key >>> VALUE_BITS) - 1];
	}

	/** FNV-1a over the UTF-16 units. */
	static long hash(String s) {
		long h = 0xcbf29ce484222325L;
		for (int i = 0; i < s.length(); i++) {
			h ^= s.charAt(i);
			h *= 0x100000001b3L;
		}
		return h;
	}

	/** The SplitMix64 finaliser, so that neighbouring inputs spread over all bits. */
	static long mix(long z) {
		z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
		z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
		return z ^ (z >>> 31);
	}

}
