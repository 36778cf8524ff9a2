package org.sanyi.monitoring.quality;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Modified z-scores computed by hand. */
class OutlierCheckTest {

	static List<BigDecimal> of(int... values) {
		return java.util.Arrays.stream(values).mapToObj(BigDecimal::valueOf).toList();
	}

	@Test
	void aMonthWithAnExtraZeroIsFarOutsideTheHospitalsUsualMonths() {
		// 100, 102, 98, 101, 99, 1000: median (100 + 101) / 2 = 100.5;
		// deviations 0.5, 1.5, 2.5, 0.5, 1.5, 899.5 → sorted 0.5 0.5 1.5 1.5 2.5 899.5,
		// MAD = 1.5;
		// M(1000) = 0.6745 × 899.5 / 1.5 = 606.71275 / 1.5 = 404.475… → 404.48; M(98) =
		// 0.6745 × −2.5 / 1.5 = −1.12
		List<BigDecimal> months = of(100, 102, 98, 101, 99, 1000);

		assertThat(OutlierCheck.median(months)).isEqualByComparingTo("100.5");
		assertThat(OutlierCheck.score(BigDecimal.valueOf(1000), months)).contains(new BigDecimal("404.48"));
		assertThat(OutlierCheck.score(BigDecimal.valueOf(98), months)).contains(new BigDecimal("-1.12"));
		assertThat(OutlierCheck.outlier(new BigDecimal("404.47"))).isTrue();
		assertThat(OutlierCheck.outlier(new BigDecimal("-1.12"))).isFalse();
		assertThat(OutlierCheck.outlier(new BigDecimal("-3.51"))).isTrue();
		assertThat(OutlierCheck.outlier(new BigDecimal("3.5"))).isFalse();
	}

	@Test
	void tooFewMonthsOrNoSpreadGiveNoScore() {
		assertThat(OutlierCheck.score(BigDecimal.ONE, of(1, 2, 3, 100))).isEmpty();
		assertThat(OutlierCheck.score(BigDecimal.valueOf(9), of(5, 5, 5, 5, 5, 9))).isEmpty();
	}

	@Test
	void qualityScoreSubtractsItsPenaltiesAndStopsAtZero() {
		// 100 − 10 − 2×5 − 2 − 10 − 3 − 2×2 = 61
		QualityScore s = new QualityScore(1, 2, 1, 1, 1, 2);
		assertThat(s.value()).isEqualTo(61);
		assertThat(s.band()).isEqualTo("C");
		assertThat(new QualityScore(0, 0, 0, 0, 0, 0).value()).isEqualTo(100);
		assertThat(new QualityScore(5, 5, 0, 5, 0, 0).value()).isZero();
	}

}
