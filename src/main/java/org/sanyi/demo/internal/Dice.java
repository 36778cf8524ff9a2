package org.sanyi.demo.internal;

import java.util.List;
import java.util.Random;

/**
 * The generator's only source of chance. {@link Random}'s algorithm is fixed by its
 * specification, so one seed gives the same sequence on every JVM: the demo region is a
 * pure function of seed and scale as long as the generator draws in a fixed order (no
 * iteration over hash-ordered collections).
 */
final class Dice {

	private final Random random;

	Dice(long seed) {
		this.random = new Random(seed);
	}

	/** A number from {@code min} to {@code max}, both included. */
	int between(int min, int max) {
		return min + random.nextInt(max - min + 1);
	}

	boolean chance(double probability) {
		return random.nextDouble() < probability;
	}

	double uniform(double min, double max) {
		return min + random.nextDouble() * (max - min);
	}

	<T> T pick(List<T> items) {
		return items.get(random.nextInt(items.size()));
	}

	char pick(String chars) {
		return chars.charAt(random.nextInt(chars.length()));
	}

	/** An index drawn with the given weights. */
	int weighted(int[] weights) {
		int total = 0;
		for (int w : weights) {
			total += w;
		}
		int roll = random.nextInt(total);
		for (int i = 0; i < weights.length; i++) {
			roll -= weights[i];
			if (roll < 0) {
				return i;
			}
		}
		return weights.length - 1;
	}

}
