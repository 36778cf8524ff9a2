package org.sanyi.identity.matching;

import java.util.HashMap;
import java.util.Map;

/**
 * How common each full name is in the population, to estimate {@code u} for exact name
 * agreement per value (Winkler's frequency-based matching): two records both called 张伟
 * agree far more often by chance than two called 欧阳娜娜. Only names seen at least
 * {@code minCount} times are kept; rarer names use the default {@code u}, which keeps the
 * table small (a few per cent of a million distinct names) without changing their weight
 * much.
 */
public final class NameFrequencies {

	private final Map<String, Integer> counts;

	private final long total;

	private NameFrequencies(Map<String, Integer> counts, long total) {
		this.counts = counts;
		this.total = total;
	}

	/** Counts normalised names ({@link DemographicRecord#name()}). */
	public static NameFrequencies of(Iterable<String> names, int minCount) {
		Map<String, Integer> all = new HashMap<>();
		long total = 0;
		for (String name : names) {
			all.merge(name, 1, Integer::sum);
			total++;
		}
		all.values().removeIf(count -> count < minCount);
		return new NameFrequencies(Map.copyOf(all), total);
	}

	/**
	 * The share of the population with this name, or {@code -1} when it is rarer than the
	 * table keeps.
	 */
	public double frequency(String name) {
		Integer count = counts.get(name);
		return count == null || total == 0 ? -1 : (double) count / total;
	}

	public int size() {
		return counts.size();
	}

}
