package org.sanyi.clinical.familydoctor.engine;

import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The 15 crowd categories of a family-doctor contract (next-wave.md §4). Every category
 * but {@link #GENERAL} is a key population (重点人群), the numerator of 重点人群签约率.
 */
public enum Crowd {

	GENERAL, CHILD, ELDERLY, PREGNANT, HTN, DM, TB, SMI, DISABLED, POOR, WUBAO, DIBAO, YOUFU, FAMILY_PLANNING, SANWU;

	/** Children up to this age (inclusive) are 0–6 岁儿童. */
	public static final int CHILD_MAX_AGE = 6;

	/** Residents from this age are 65 岁及以上老年人. */
	public static final int ELDERLY_MIN_AGE = 65;

	public boolean key() {
		return this != GENERAL;
	}

	public static Optional<Crowd> parse(String code) {
		return Arrays.stream(values()).filter(c -> c.name().equals(code)).findFirst();
	}

	/** Comma-joined codes (as stored) to categories; unknown codes are left out. */
	public static Set<Crowd> parseAll(String joined) {
		if (joined == null || joined.isBlank()) {
			return EnumSet.noneOf(Crowd.class);
		}
		return Arrays.stream(joined.split(","))
			.map(String::strip)
			.map(Crowd::parse)
			.flatMap(Optional::stream)
			.collect(Collectors.toCollection(() -> EnumSet.noneOf(Crowd.class)));
	}

	/** Categories in declaration order, comma-joined as stored. */
	public static String join(Collection<Crowd> crowds) {
		return EnumSet.copyOf(crowds.isEmpty() ? List.of(GENERAL) : crowds)
			.stream()
			.map(Crowd::name)
			.collect(Collectors.joining(","));
	}

	/** Whether any of the categories is a key population. */
	public static boolean anyKey(Collection<Crowd> crowds) {
		return crowds.stream().anyMatch(Crowd::key);
	}

}
