package org.sanyi.drg.engine;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Relative weights (RW) from a base period's case costs: RW(g) = trimmed mean cost of
 * group g ÷ trimmed mean cost of all cases (drg.md §5.2). Trimming removes each group's
 * outliers before the means are taken:
 * <ul>
 * <li>{@link Trim#IQR}: keep costs inside [Q1 − k·IQR, Q3 + k·IQR] of the group
 * (quartiles by linear interpolation);</li>
 * <li>{@link Trim#LOG_SIGMA}: keep costs whose natural log lies within k standard
 * deviations of the group's mean log cost (the log and deviation are statistics deciding
 * inclusion only; the means stay exact decimals);</li>
 * <li>{@link Trim#NONE}: keep all.</li>
 * </ul>
 * The all-cases mean is taken over the cases every group kept. A group with fewer kept
 * cases than the minimum is flagged: it takes its reference weight when one is given
 * (e.g. the version in force) and otherwise gets none (its cases are then paid by item).
 * RW is rounded HALF_UP to 4 decimals, means to the fen.
 */
public final class WeightCalculator {

	private WeightCalculator() {
	}

	public enum Trim {

		NONE, IQR, LOG_SIGMA

	}

	/** Where a group's weight came from. */
	public enum Source {

		COMPUTED, REFERENCE, NONE

	}

	/**
	 * @param trim the trimming rule
	 * @param factor k of the rule (e.g. 3 for Q1−3·IQR…Q3+3·IQR or 3σ)
	 * @param minCases kept cases a group needs for a weight of its own
	 */
	public record Settings(Trim trim, BigDecimal factor, int minCases) {

		public Settings {
			Objects.requireNonNull(trim);
			if (factor == null || factor.signum() <= 0) {
				throw new IllegalArgumentException("trim factor must be positive");
			}
			if (minCases < 1) {
				throw new IllegalArgumentException("minimum cases must be at least 1");
			}
		}

	}

	/** A base-period case: its DRG, total cost (medfee_sumamt) and length of stay. */
	public record CostCase(String drg, BigDecimal cost, int los) {

		public CostCase {
			Objects.requireNonNull(drg);
			if (cost == null || cost.signum() < 0) {
				throw new IllegalArgumentException("cost must not be negative");
			}
		}

	}

	/**
	 * A group's result.
	 *
	 * @param rw the weight, null when the group has none
	 * @param meanCost trimmed mean cost (for a reference weight: RW × the all-cases mean,
	 * the cost the weight stands for); the baseline of the outlier thresholds and of the
	 * cost consumption index
	 * @param meanLos trimmed mean length of stay, the baseline of the time consumption
	 * index; null without cases
	 */
	public record GroupWeight(String drg, BigDecimal rw, int cases, int kept, BigDecimal meanCost, BigDecimal meanLos,
			Source source, boolean flagged) {
	}

	/** All groups, by DRG code; {@code overallMeanCost} is null when no case was kept. */
	public record Result(BigDecimal overallMeanCost, int cases, int kept, List<GroupWeight> groups) {

		public Result {
			groups = List.copyOf(groups);
		}

	}

	public static Result compute(List<CostCase> cases, Map<String, BigDecimal> referenceWeights, Settings settings) {
		Map<String, List<CostCase>> byGroup = new TreeMap<>();
		for (CostCase c : cases) {
			byGroup.computeIfAbsent(c.drg(), k -> new ArrayList<>()).add(c);
		}
		referenceWeights.keySet().forEach(drg -> byGroup.putIfAbsent(drg, new ArrayList<>()));
		Map<String, List<CostCase>> keptByGroup = new TreeMap<>();
		BigDecimal keptTotal = BigDecimal.ZERO;
		int keptCount = 0;
		for (var e : byGroup.entrySet()) {
			List<CostCase> kept = trim(e.getValue(), settings);
			keptByGroup.put(e.getKey(), kept);
			for (CostCase c : kept) {
				keptTotal = keptTotal.add(c.cost());
			}
			keptCount += kept.size();
		}
		BigDecimal overall = keptCount == 0 ? null : divide(keptTotal, keptCount, 2);
		List<GroupWeight> groups = new ArrayList<>();
		for (var e : byGroup.entrySet()) {
			String drg = e.getKey();
			List<CostCase> kept = keptByGroup.get(drg);
			BigDecimal mean = kept.isEmpty() ? null : divide(sum(kept), kept.size(), 2);
			BigDecimal meanLos = kept.isEmpty() ? null
					: divide(BigDecimal.valueOf(kept.stream().mapToLong(CostCase::los).sum()), kept.size(), 2);
			BigDecimal reference = referenceWeights.get(drg);
			if (kept.size() >= settings.minCases() && overall != null && overall.signum() > 0) {
				BigDecimal rw = divide(sum(kept), kept.size(), 10).divide(overall, 4, RoundingMode.HALF_UP);
				groups.add(new GroupWeight(drg, rw, e.getValue().size(), kept.size(), mean, meanLos, Source.COMPUTED,
						false));
			}
			else if (reference != null) {
				BigDecimal referenceCost = overall == null ? mean
						: reference.multiply(overall).setScale(2, RoundingMode.HALF_UP);
				groups.add(new GroupWeight(drg, reference.setScale(4, RoundingMode.HALF_UP), e.getValue().size(),
						kept.size(), referenceCost, meanLos, Source.REFERENCE, true));
			}
			else {
				groups.add(
						new GroupWeight(drg, null, e.getValue().size(), kept.size(), mean, meanLos, Source.NONE, true));
			}
		}
		return new Result(overall, cases.size(), keptCount, groups);
	}

	/** The cases of one group the rule keeps, in input order. */
	static List<CostCase> trim(List<CostCase> group, Settings settings) {
		if (group.size() < 2 || settings.trim() == Trim.NONE) {
			return group;
		}
		if (settings.trim() == Trim.IQR) {
			List<BigDecimal> sorted = group.stream().map(CostCase::cost).sorted().toList();
			BigDecimal q1 = quantile(sorted, 1, 4);
			BigDecimal q3 = quantile(sorted, 3, 4);
			BigDecimal spread = q3.subtract(q1).multiply(settings.factor());
			BigDecimal low = q1.subtract(spread);
			BigDecimal high = q3.add(spread);
			return group.stream().filter(c -> c.cost().compareTo(low) >= 0 && c.cost().compareTo(high) <= 0).toList();
		}
		double[] logs = group.stream().mapToDouble(c -> Math.log(Math.max(c.cost().doubleValue(), 0.01))).toArray();
		double mean = 0;
		for (double v : logs) {
			mean += v;
		}
		mean /= logs.length;
		double squares = 0;
		for (double v : logs) {
			squares += (v - mean) * (v - mean);
		}
		double sigma = Math.sqrt(squares / (logs.length - 1));
		double limit = settings.factor().doubleValue() * sigma;
		List<CostCase> kept = new ArrayList<>();
		for (int i = 0; i < logs.length; i++) {
			if (Math.abs(logs[i] - mean) <= limit + 1e-12) {
				kept.add(group.get(i));
			}
		}
		return kept;
	}

	/**
	 * The p/q quantile of sorted values by linear interpolation between closest ranks
	 * (type 7), exact.
	 */
	static BigDecimal quantile(List<BigDecimal> sorted, int p, int q) {
		int n = sorted.size();
		// position h = (n − 1)·p/q, as an exact fraction
		long numerator = (long) (n - 1) * p;
		int lower = (int) (numerator / q);
		BigDecimal fraction = BigDecimal.valueOf(numerator % q).divide(BigDecimal.valueOf(q), 10, RoundingMode.HALF_UP);
		BigDecimal base = sorted.get(lower);
		if (lower + 1 >= n || fraction.signum() == 0) {
			return base;
		}
		return base.add(sorted.get(lower + 1).subtract(base).multiply(fraction));
	}

	private static BigDecimal sum(List<CostCase> cases) {
		return cases.stream().map(CostCase::cost).reduce(BigDecimal.ZERO, BigDecimal::add);
	}

	private static BigDecimal divide(BigDecimal total, long count, int scale) {
		return total.divide(BigDecimal.valueOf(count), scale, RoundingMode.HALF_UP);
	}

	/** Groups ordered by weight, heaviest first (for display). */
	public static final Comparator<GroupWeight> BY_WEIGHT = Comparator
		.comparing((GroupWeight g) -> g.rw() == null ? BigDecimal.ZERO : g.rw())
		.reversed()
		.thenComparing(GroupWeight::drg);

}
