package org.sanyi.monitoring.performance;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The composite hospital performance index (Zhangzhou's six dimensions), explainable down
 * to each indicator: every indicator is scored 0–100 among the hospitals ranked together
 * by min–max normalisation in its direction (the best hospital 100, the worst 0; all
 * equal: 100 each; a hospital without a value 0); a dimension's score is the weighted
 * mean of its indicators' scores, the index the weighted mean of the dimensions' scores;
 * ranks are 1 for the highest index, equal indices share a rank (1, 2, 2, 4). Scores and
 * the index are rounded half up to two decimals at the end; intermediate arithmetic keeps
 * 34 digits. Pure.
 */
public final class PerformanceIndex {

	private static final MathContext PRECISION = MathContext.DECIMAL128;

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private PerformanceIndex() {
	}

	/** One indicator of a dimension: its weight and whether higher is better. */
	public record Measure(String indicator, BigDecimal weight, boolean higherBetter) {
	}

	public record Dimension(String code, BigDecimal weight, List<Measure> measures) {

		public Dimension {
			measures = List.copyOf(measures);
		}

	}

	/**
	 * An indicator of one hospital: its value (or {@code null}), the range among the
	 * hospitals, its score and what it adds to the index.
	 */
	public record Scored(String indicator, BigDecimal weight, boolean higherBetter, BigDecimal value, BigDecimal min,
			BigDecimal max, BigDecimal score, BigDecimal contribution) {
	}

	public record DimensionScore(String code, BigDecimal weight, BigDecimal score, BigDecimal contribution,
			List<Scored> measures) {
	}

	public record Result(String hospital, BigDecimal index, int rank, List<DimensionScore> dimensions) {
	}

	/**
	 * @param values hospital → indicator → value ({@code null} or absent: no value)
	 * @return the hospitals by rank
	 */
	public static List<Result> rank(List<Dimension> dimensions, Map<String, Map<String, BigDecimal>> values) {
		BigDecimal dimensionWeights = dimensions.stream()
			.map(Dimension::weight)
			.reduce(BigDecimal.ZERO, BigDecimal::add);
		List<Result> unranked = new ArrayList<>();
		for (Map.Entry<String, Map<String, BigDecimal>> hospital : values.entrySet()) {
			BigDecimal index = BigDecimal.ZERO;
			List<DimensionScore> scores = new ArrayList<>();
			for (Dimension d : dimensions) {
				BigDecimal share = d.weight().divide(dimensionWeights, PRECISION);
				BigDecimal measureWeights = d.measures()
					.stream()
					.map(Measure::weight)
					.reduce(BigDecimal.ZERO, BigDecimal::add);
				BigDecimal dimension = BigDecimal.ZERO;
				List<Scored> measures = new ArrayList<>();
				for (Measure m : d.measures()) {
					BigDecimal value = hospital.getValue().get(m.indicator());
					List<BigDecimal> all = values.values()
						.stream()
						.map(v -> v.get(m.indicator()))
						.filter(Objects::nonNull)
						.toList();
					BigDecimal min = all.stream().min(Comparator.naturalOrder()).orElse(null);
					BigDecimal max = all.stream().max(Comparator.naturalOrder()).orElse(null);
					BigDecimal score = score(value, min, max, m.higherBetter());
					BigDecimal part = score.multiply(m.weight()).divide(measureWeights, PRECISION);
					dimension = dimension.add(part);
					measures.add(new Scored(m.indicator(), m.weight(), m.higherBetter(), value, min, max, round(score),
							round(part.multiply(share))));
				}
				index = index.add(dimension.multiply(share));
				scores.add(new DimensionScore(d.code(), d.weight(), round(dimension), round(dimension.multiply(share)),
						measures));
			}
			unranked.add(new Result(hospital.getKey(), round(index), 0, scores));
		}
		unranked.sort(Comparator.comparing(Result::index).reversed().thenComparing(Result::hospital));
		List<Result> ranked = new ArrayList<>();
		for (int i = 0; i < unranked.size(); i++) {
			Result r = unranked.get(i);
			int rank = i > 0 && ranked.get(i - 1).index().compareTo(r.index()) == 0 ? ranked.get(i - 1).rank() : i + 1;
			ranked.add(new Result(r.hospital(), r.index(), rank, r.dimensions()));
		}
		return ranked;
	}

	/**
	 * 0–100 between the worst and the best value; 100 when all are equal, 0 without a
	 * value.
	 */
	static BigDecimal score(BigDecimal value, BigDecimal min, BigDecimal max, boolean higherBetter) {
		if (value == null) {
			return BigDecimal.ZERO;
		}
		BigDecimal range = max.subtract(min);
		if (range.signum() == 0) {
			return HUNDRED;
		}
		BigDecimal distance = higherBetter ? value.subtract(min) : max.subtract(value);
		return HUNDRED.multiply(distance).divide(range, PRECISION);
	}

	private static BigDecimal round(BigDecimal v) {
		return v.setScale(2, RoundingMode.HALF_UP);
	}

}
