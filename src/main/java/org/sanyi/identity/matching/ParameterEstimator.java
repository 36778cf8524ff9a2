package org.sanyi.identity.matching;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Re-estimates the m/u probabilities from clerically reviewed pairs: a pair the reviewer
 * linked is a match, a pair rejected is a non-match. Per field and class the agreement
 * levels are counted (missing values carry no evidence and are not counted), smoothed by
 * Laplace's rule ({@code (count + 1) / (n + levels)}), and blended with the prior
 * (normally {@link MatchParameters#defaults()}) by a minimum count: with {@code n}
 * counted pairs the estimate weighs {@code min(1, n / minCount)} and the prior the rest
 * (log-linear pooling, renormalised), so a handful of reviews moves the weights a little
 * and {@code minCount} reviews replace them. Levels a field cannot produce (sex has no
 * "similar") keep the prior's value; thresholds and the other settings are kept.
 *
 * <p>
 * Caution, shown on the page that applies the result: reviewed pairs are not a random
 * sample. The review queue holds pairs that already scored between the thresholds, so
 * rejected pairs agree far more often than random non-matching pairs (namesakes born the
 * same day) and {@code u} estimated from them is high for the name and birth date.
 * Re-estimating therefore makes the matcher more cautious with the evidence namesakes
 * share, which is the direction a region's review experience should push it, but the
 * administrator compares old and new weights before applying them. Pure: no Spring, no
 * IO.
 */
public final class ParameterEstimator {

	private ParameterEstimator() {
	}

	/**
	 * A reviewed pair.
	 *
	 * @param match true when the reviewer linked the two records, false when rejected
	 * @param levels the agreement level per field, as compared when the pair was queued
	 */
	public record ReviewedPair(boolean match, Map<Field, Agreement> levels) {

		public ReviewedPair {
			levels = Map.copyOf(levels);
		}

		Agreement level(Field field) {
			return levels.getOrDefault(field, Agreement.MISSING);
		}

	}

	/**
	 * What was counted and estimated for one field.
	 *
	 * @param matchCounts links counted at EXACT, SIMILAR, DISAGREE
	 * @param nonMatchCounts rejections counted at EXACT, SIMILAR, DISAGREE
	 * @param matchShare the share of the new {@code m} that comes from the data
	 * ({@code min(1, n / minCount)})
	 * @param nonMatchShare the same for {@code u}
	 * @param before the probabilities in use before
	 * @param after the re-estimated probabilities
	 */
	public record FieldEstimate(Field field, int[] matchCounts, int[] nonMatchCounts, double matchShare,
			double nonMatchShare, FieldProbabilities before, FieldProbabilities after) {

		public int matches() {
			return matchCounts[0] + matchCounts[1] + matchCounts[2];
		}

		public int nonMatches() {
			return nonMatchCounts[0] + nonMatchCounts[1] + nonMatchCounts[2];
		}

	}

	/**
	 * The result: the new parameters, per-field details, and how many links and
	 * rejections were used.
	 */
	public record Estimate(MatchParameters parameters, List<FieldEstimate> fields, int matches, int nonMatches) {
	}

	/** The levels counted (MISSING carries no evidence). */
	static final Agreement[] LEVELS = { Agreement.EXACT, Agreement.SIMILAR, Agreement.DISAGREE };

	/**
	 * @param current the parameters in use (shown as "before"; thresholds and settings
	 * are kept from them)
	 * @param prior the parameters the estimate is blended with (normally the defaults)
	 * @param pairs the reviewed pairs
	 * @param minCount the number of counted pairs per field and class at which the data
	 * replace the prior (≥ 1)
	 */
	public static Estimate estimate(MatchParameters current, MatchParameters prior, Collection<ReviewedPair> pairs,
			int minCount) {
		if (minCount < 1) {
			throw new IllegalArgumentException("minimum count must be positive: " + minCount);
		}
		int matches = (int) pairs.stream().filter(ReviewedPair::match).count();
		Map<Field, FieldProbabilities> fields = new EnumMap<>(Field.class);
		List<FieldEstimate> details = new ArrayList<>();
		for (Field field : Field.values()) {
			int[] m = new int[3];
			int[] u = new int[3];
			for (ReviewedPair pair : pairs) {
				int level = index(pair.level(field));
				if (level >= 0 && producible(field, LEVELS[level])) {
					(pair.match() ? m : u)[level]++;
				}
			}
			FieldProbabilities p = prior.of(field);
			double[] mPrior = { p.mExact(), p.mSimilar(), p.mDisagree() };
			double[] uPrior = { p.uExact(), p.uSimilar(), p.uDisagree() };
			double matchShare = share(m, minCount);
			double nonMatchShare = share(u, minCount);
			double[] mNew = blend(field, m, mPrior, matchShare);
			double[] uNew = blend(field, u, uPrior, nonMatchShare);
			var after = new FieldProbabilities(mNew[0], mNew[1], mNew[2], uNew[0], uNew[1], uNew[2]);
			fields.put(field, after);
			details.add(new FieldEstimate(field, m, u, matchShare, nonMatchShare, current.of(field), after));
		}
		var parameters = new MatchParameters(fields, current.linkThreshold(), current.reviewThreshold(),
				current.nameJaroWinkler(), current.addressOverlap(), current.nameExactCap(), current.ambiguityMargin(),
				current.maxBlockSize());
		return new Estimate(parameters, details, matches, pairs.size() - matches);
	}

	private static int index(Agreement level) {
		return switch (level) {
			case EXACT -> 0;
			case SIMILAR -> 1;
			case DISAGREE -> 2;
			case MISSING -> -1;
		};
	}

	/**
	 * Sex is same or different: its SIMILAR probability is a placeholder and stays as it
	 * is.
	 */
	static boolean producible(Field field, Agreement level) {
		return !(field == Field.SEX && level == Agreement.SIMILAR);
	}

	private static double share(int[] counts, int minCount) {
		return Math.min(1.0, (double) (counts[0] + counts[1] + counts[2]) / minCount);
	}

	/**
	 * Laplace-smoothed shares of the producible levels, scaled to the prior's mass on
	 * those levels, pooled with the prior log-linearly
	 * ({@code estimate^share · prior^(1−share)}, renormalised to that mass). Geometric
	 * rather than arithmetic pooling because the probabilities span seven orders of
	 * magnitude: an arithmetic mix would let 4 % of data turn a u of 2·10⁻⁴ into 2·10⁻²,
	 * taking 7 bits off a name agreement on three reviewed pairs.
	 */
	private static double[] blend(Field field, int[] counts, double[] prior, double share) {
		int n = 0;
		int k = 0;
		double mass = 0;
		for (int l = 0; l < 3; l++) {
			if (producible(field, LEVELS[l])) {
				n += counts[l];
				k++;
				mass += prior[l];
			}
		}
		double[] result = prior.clone();
		if (share == 0) {
			return result;
		}
		double sum = 0;
		double[] pooled = new double[3];
		for (int l = 0; l < 3; l++) {
			if (producible(field, LEVELS[l])) {
				double laplace = (counts[l] + 1.0) / (n + k) * mass;
				pooled[l] = Math.exp(share * Math.log(laplace) + (1 - share) * Math.log(prior[l]));
				sum += pooled[l];
			}
		}
		for (int l = 0; l < 3; l++) {
			if (producible(field, LEVELS[l])) {
				result[l] = pooled[l] / sum * mass;
			}
		}
		return result;
	}

}
