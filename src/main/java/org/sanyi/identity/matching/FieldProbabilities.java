package org.sanyi.identity.matching;

/**
 * The Fellegi–Sunter parameters of one field: {@code m} = P(level | the two records are
 * the same person) and {@code u} = P(level | they are not), for the three non-missing
 * levels. The weight of a level is {@code log2(m/u)} bits; a missing value weighs
 * nothing.
 */
public record FieldProbabilities(double mExact, double mSimilar, double mDisagree, double uExact, double uSimilar,
		double uDisagree) {

	public FieldProbabilities {
		for (double p : new double[] { mExact, mSimilar, mDisagree, uExact, uSimilar, uDisagree }) {
			if (!(p > 0 && p < 1)) {
				throw new IllegalArgumentException("m and u probabilities lie strictly between 0 and 1: " + p);
			}
		}
	}

	public double weight(Agreement level) {
		return switch (level) {
			case EXACT -> log2(mExact / uExact);
			case SIMILAR -> log2(mSimilar / uSimilar);
			case DISAGREE -> log2(mDisagree / uDisagree);
			case MISSING -> 0.0;
		};
	}

	static double log2(double x) {
		return Math.log(x) / Math.log(2);
	}

}
