package org.sanyi.monitoring.quality;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Outliers by the modified z-score (Iglewicz and Hoaglin): over one institution's months
 * of one element, M = 0.6745 × (x − median) / MAD, where MAD is the median of the
 * absolute deviations from the median; |M| above 3.5 is an outlier. Robust where the
 * plain z-score is not: one wild month does not hide itself by inflating the standard
 * deviation. When MAD is zero (most months equal), no score is defined and nothing is
 * flagged. Pure.
 */
public final class OutlierCheck {

	/** The usual cut-off for |M|. */
	public static final BigDecimal THRESHOLD = new BigDecimal("3.5");

	private static final BigDecimal CONSISTENCY = new BigDecimal("0.6745");

	/** Fewer months than this say nothing about what is usual. */
	public static final int MIN_MONTHS = 5;

	private OutlierCheck() {
	}

	public static BigDecimal median(List<BigDecimal> values) {
		List<BigDecimal> sorted = new ArrayList<>(values);
		sorted.sort(null);
		int n = sorted.size();
		if (n % 2 == 1) {
			return sorted.get(n / 2);
		}
		return sorted.get(n / 2 - 1).add(sorted.get(n / 2)).divide(BigDecimal.TWO, MathContext.DECIMAL128);
	}

	/**
	 * The modified z-score of {@code x} among {@code history} (which includes {@code x}),
	 * rounded to two decimals; empty when there are too few months or MAD is zero.
	 */
	public static Optional<BigDecimal> score(BigDecimal x, List<BigDecimal> history) {
		if (history.size() < MIN_MONTHS) {
			return Optional.empty();
		}
		BigDecimal median = median(history);
		BigDecimal mad = median(history.stream().map(v -> v.subtract(median).abs()).toList());
		if (mad.signum() == 0) {
			return Optional.empty();
		}
		return Optional.of(CONSISTENCY.multiply(x.subtract(median))
			.divide(mad, MathContext.DECIMAL128)
			.setScale(2, RoundingMode.HALF_UP));
	}

	public static boolean outlier(BigDecimal score) {
		return score.abs().compareTo(THRESHOLD) > 0;
	}

}
