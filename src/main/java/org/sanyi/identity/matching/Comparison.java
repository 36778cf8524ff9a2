package org.sanyi.identity.matching;

import java.util.Arrays;

/**
 * The comparison vector of an incoming record against one candidate: the agreement level
 * and weight of each field and their sum. Kept per candidate so the review page can show
 * why a pair scored as it did.
 */
public final class Comparison {

	private final int candidateId;

	private final Agreement[] levels;

	private final double[] weights;

	private final double total;

	Comparison(int candidateId, Agreement[] levels, double[] weights) {
		this.candidateId = candidateId;
		this.levels = levels;
		this.weights = weights;
		double sum = 0;
		for (double w : weights) {
			sum += w;
		}
		this.total = sum;
	}

	public int candidateId() {
		return candidateId;
	}

	public Agreement level(Field field) {
		return levels[field.ordinal()];
	}

	public double weight(Field field) {
		return weights[field.ordinal()];
	}

	/** The total weight in bits. */
	public double total() {
		return total;
	}

	@Override
	public String toString() {
		return "Comparison[" + candidateId + ", " + String.format("%.1f", total) + ", " + Arrays.toString(levels) + "]";
	}

}
