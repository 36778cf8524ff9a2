package org.sanyi.monitoring.performance;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.sanyi.monitoring.performance.ConsumptionIndex.Cell;
import org.sanyi.monitoring.performance.ConsumptionIndex.Result;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 费用/时间消耗指数 by hand for a city of two hospitals and two DRGs: <pre>
 *            FR23 (cases, cost, days)    GB15
 * A          10, 300,000, 100            5, 50,000, 30
 * B          30, 600,000, 240            15, 90,000, 120
 * city       40, 900,000, 340            20, 140,000, 150
 * city means 22,500 yuan, 8.5 days       7,000 yuan, 7.5 days
 * A cost = (300,000/22,500 + 50,000/7,000) / 15 = (13.3333 + 7.1429) / 15 = 1.365079… → 1.3651
 * A time = (100/8.5 + 30/7.5) / 15 = (11.7647 + 4) / 15 = 1.050980… → 1.0510
 * B cost = (600,000/22,500 + 90,000/7,000) / 45 = 0.878307… → 0.8783
 * B time = (240/8.5 + 120/7.5) / 45 = 0.983007… → 0.9830
 * </pre> The city against itself is exactly 1, not the mean of A and B (1.1217).
 */
class ConsumptionIndexTest {

	static Cell cell(int cases, int cost, int days) {
		return new Cell(BigDecimal.valueOf(cases), BigDecimal.valueOf(cost), BigDecimal.valueOf(days));
	}

	static final Map<String, Cell> A = Map.of("FR23", cell(10, 300_000, 100), "GB15", cell(5, 50_000, 30));

	static final Map<String, Cell> B = Map.of("FR23", cell(30, 600_000, 240), "GB15", cell(15, 90_000, 120));

	static Map<String, Cell> sum(Map<String, Cell> x, Map<String, Cell> y) {
		Map<String, Cell> all = new HashMap<>(x);
		y.forEach((drg, c) -> all.merge(drg, c, Cell::plus));
		return all;
	}

	static final Map<String, Cell> CITY = sum(A, B);

	@Test
	void eachHospitalAgainstTheCitysMeanPerDrgWeightedByItsCases() {
		Result a = ConsumptionIndex.of(A, CITY);
		Result b = ConsumptionIndex.of(B, CITY);

		assertThat(a.costIndex()).isEqualByComparingTo("1.3651");
		assertThat(a.timeIndex()).isEqualByComparingTo("1.0510");
		assertThat(b.costIndex()).isEqualByComparingTo("0.8783");
		assertThat(b.timeIndex()).isEqualByComparingTo("0.9830");
		assertThat(a.costCases()).isEqualByComparingTo("15");
		assertThat(a.lines()).hasSize(2);
		ConsumptionIndex.Line fr23 = a.lines().getFirst();
		assertThat(fr23.drg()).isEqualTo("FR23");
		assertThat(fr23.meanCost()).isEqualByComparingTo("30000.00");
		assertThat(fr23.regionMeanCost()).isEqualByComparingTo("22500.00");
		assertThat(fr23.costRatio()).isEqualByComparingTo("1.3333");
		assertThat(fr23.regionMeanDays()).isEqualByComparingTo("8.50");
		assertThat(fr23.timeRatio()).isEqualByComparingTo("1.1765");
	}

	@Test
	void aGroupIsTheRatioOfItsSumsAndTheRegionAgainstItselfIsOne() {
		Result group = ConsumptionIndex.of(A, CITY).plus(ConsumptionIndex.of(B, CITY));
		Result city = ConsumptionIndex.of(CITY, CITY);

		assertThat(group.costIndex()).isEqualByComparingTo("1.0000");
		assertThat(group.timeIndex()).isEqualByComparingTo("1.0000");
		assertThat(city.costIndex()).isEqualByComparingTo(group.costIndex());
		assertThat(city.costWeighted().setScale(20, java.math.RoundingMode.HALF_UP))
			.isEqualByComparingTo(group.costWeighted().setScale(20, java.math.RoundingMode.HALF_UP));
		BigDecimal meanOfRates = new BigDecimal("1.3651").add(new BigDecimal("0.8783")).divide(BigDecimal.TWO);
		assertThat(group.costIndex()).as("never the mean of the hospitals' indices")
			.isNotEqualByComparingTo(meanOfRates);
	}

	@Test
	void aDrgWithoutARegionalMeanIsLeftOutOfThatIndexOnly() {
		Map<String, Cell> own = Map.of("FR23", cell(10, 300_000, 100), "XX99", cell(4, 8_000, 20));
		Map<String, Cell> region = sum(CITY, Map.of("XX99", cell(4, 0, 20)));

		Result r = ConsumptionIndex.of(own, region);

		assertThat(r.costCases()).as("XX99 has no regional cost").isEqualByComparingTo("10");
		assertThat(r.costIndex()).isEqualByComparingTo("1.3333");
		assertThat(r.timeCases()).isEqualByComparingTo("14");
		// (100/8.5 + 20/5) / 14 = (11.7647 + 4) / 14 = 1.126050…
		assertThat(r.timeIndex()).isEqualByComparingTo("1.1261");
		assertThat(ConsumptionIndex.of(Map.of(), CITY).costIndex()).isNull();
	}

}
