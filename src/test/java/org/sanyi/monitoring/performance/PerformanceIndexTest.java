package org.sanyi.monitoring.performance;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.sanyi.monitoring.performance.PerformanceIndex.Dimension;
import org.sanyi.monitoring.performance.PerformanceIndex.Measure;
import org.sanyi.monitoring.performance.PerformanceIndex.Result;

import static org.assertj.core.api.Assertions.assertThat;

/** The composite index computed by hand for four hospitals. */
class PerformanceIndexTest {

	static final List<Dimension> DIMENSIONS = List.of(
			new Dimension("d1", BigDecimal.valueOf(60),
					List.of(new Measure("a", BigDecimal.valueOf(50), true),
							new Measure("b", BigDecimal.valueOf(50), false))),
			new Dimension("d2", BigDecimal.valueOf(40), List.of(new Measure("c", BigDecimal.valueOf(100), true))));

	static Map<String, BigDecimal> values(Integer a, Integer b, Integer c) {
		Map<String, BigDecimal> v = new HashMap<>();
		v.put("a", a == null ? null : BigDecimal.valueOf(a));
		v.put("b", b == null ? null : BigDecimal.valueOf(b));
		v.put("c", c == null ? null : BigDecimal.valueOf(c));
		return v;
	}

	@Test
	void indicatorsAreScoredBetweenThePeersWorstAndBestThenWeighted() {
		Map<String, Map<String, BigDecimal>> hospitals = new LinkedHashMap<>();
		hospitals.put("H1", values(10, 5, 100));
		hospitals.put("H2", values(20, 10, 50));
		hospitals.put("H3", values(30, 15, null));
		hospitals.put("H4", values(10, 15, 50));

		List<Result> ranked = PerformanceIndex.rank(DIMENSIONS, hospitals);

		// a (up, 10..30): H1 0, H2 50, H3 100, H4 0; b (down, 5..15): H1 100, H2 50, H3
		// 0, H4 0
		// d1 = mean: H1 50, H2 50, H3 50, H4 0; c (up, 50..100, H3 none): H1 100, H2 0,
		// H3 0, H4 0
		// index = 0.6 d1 + 0.4 d2: H1 70, H2 30, H3 30, H4 0; equal indices share a rank
		assertThat(ranked).extracting(Result::hospital).containsExactly("H1", "H2", "H3", "H4");
		assertThat(ranked).extracting(Result::rank).containsExactly(1, 2, 2, 4);
		assertThat(ranked).extracting(Result::index)
			.containsExactly(new BigDecimal("70.00"), new BigDecimal("30.00"), new BigDecimal("30.00"),
					new BigDecimal("0.00"));
		Result h1 = ranked.getFirst();
		assertThat(h1.dimensions().getFirst().score()).isEqualByComparingTo("50");
		assertThat(h1.dimensions().getFirst().contribution()).isEqualByComparingTo("30");
		assertThat(h1.dimensions().getFirst().measures()).extracting(PerformanceIndex.Scored::contribution)
			.containsExactly(new BigDecimal("0.00"), new BigDecimal("30.00"));
		var c = ranked.get(2).dimensions().get(1).measures().getFirst();
		assertThat(c.value()).isNull();
		assertThat(c.min()).isEqualByComparingTo("50");
		assertThat(c.max()).isEqualByComparingTo("100");
		assertThat(c.score()).isEqualByComparingTo("0");
	}

	@Test
	void aScoreIsAFractionOfTheRangeAndAllEqualScoreFull() {
		// (17 − 10) / (30 − 10) = 35 %; lower is better: (30 − 17) / 20 = 65 %
		assertThat(PerformanceIndex.score(BigDecimal.valueOf(17), BigDecimal.TEN, BigDecimal.valueOf(30), true))
			.isEqualByComparingTo("35");
		assertThat(PerformanceIndex.score(BigDecimal.valueOf(17), BigDecimal.TEN, BigDecimal.valueOf(30), false))
			.isEqualByComparingTo("65");
		assertThat(PerformanceIndex.score(BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE, false))
			.isEqualByComparingTo("100");
	}

}
