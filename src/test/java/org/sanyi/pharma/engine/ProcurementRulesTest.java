package org.sanyi.pharma.engine;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** Hand-worked cases of the 集采 rules (next-wave.md §3.1). */
class ProcurementRulesTest {

	@Test
	void priceCutIsTheShareBelowThePreRoundPrice() {
		// amlodipine 5 mg: 0.5000 元 a tablet before the round, 0.0300 after: (0.50 −
		// 0.03) / 0.50 = 0.94
		assertThat(ProcurementRules.priceCut(new BigDecimal("0.5000"), new BigDecimal("0.0300")))
			.isEqualByComparingTo("0.9400");
		// 1.20 → 0.6040: 0.596 / 1.2 = 0.49666… → 0.4967
		assertThat(ProcurementRules.priceCut(new BigDecimal("1.2000"), new BigDecimal("0.6040")))
			.isEqualByComparingTo("0.4967");
		assertThat(ProcurementRules.priceCut(new BigDecimal("1.00"), new BigDecimal("1.10")))
			.isEqualByComparingTo("-0.1000");
	}

	@Test
	void aWinningPriceAboveThePreRoundPriceNeedsTheFlag() {
		BigDecimal pre = new BigDecimal("1.00");
		assertThat(ProcurementRules.winningPriceAllowed(pre, new BigDecimal("1.00"), false)).isTrue();
		assertThat(ProcurementRules.winningPriceAllowed(pre, new BigDecimal("1.0001"), false)).isFalse();
		assertThat(ProcurementRules.winningPriceAllowed(pre, new BigDecimal("1.0001"), true)).isTrue();
	}

	@Test
	void contractLengthGrowsWithTheNumberOfWinners() {
		assertThat(ProcurementRules.contractYears(1)).isEqualTo(1);
		assertThat(ProcurementRules.contractYears(2)).isEqualTo(2);
		assertThat(ProcurementRules.contractYears(3)).isEqualTo(2);
		assertThat(ProcurementRules.contractYears(4)).isEqualTo(3);
		assertThat(ProcurementRules.contractYears(10)).isEqualTo(3);
		assertThatIllegalArgumentException().isThrownBy(() -> ProcurementRules.contractYears(0));
	}

	@Test
	void demandBelowEightyPercentOfPriorUsageNeedsAReason() {
		BigDecimal floor = new BigDecimal("0.80");
		// 0.8 × 12,345 = 9,876 exactly; 0.8 × 12,346 = 9,876.8 → 9,877 (rounded up: the
		// floor is a minimum)
		assertThat(ProcurementRules.demandFloor(12_345, floor)).isEqualTo(9_876);
		assertThat(ProcurementRules.demandFloor(12_346, floor)).isEqualTo(9_877);
		assertThat(ProcurementRules.demandAccepted(9_876, 12_345, floor, null)).isTrue();
		assertThat(ProcurementRules.demandAccepted(9_875, 12_345, floor, " ")).isFalse();
		assertThat(ProcurementRules.demandAccepted(5_000, 12_345, floor, "科室撤并，用量减少")).isTrue();
	}

	@Test
	void agreedVolumeIsTheRatioOfTheReportedDemandLowerWithFewWinners() {
		BigDecimal ratio = new BigDecimal("0.80");
		BigDecimal few = new BigDecimal("0.60");
		assertThat(ProcurementRules.agreedRatio(5, ratio, few)).isEqualByComparingTo("0.80");
		assertThat(ProcurementRules.agreedRatio(3, ratio, few)).isEqualByComparingTo("0.60");
		// 0.8 × 10,001 = 8,000.8 → 8,001; 0.6 × 10,001 = 6,000.6 → 6,001; 0.8 × 10,002 =
		// 8,001.6 → 8,002
		assertThat(ProcurementRules.agreedVolume(10_001, ratio)).isEqualTo(8_001);
		assertThat(ProcurementRules.agreedVolume(10_001, few)).isEqualTo(6_001);
		assertThat(ProcurementRules.agreedVolume(10_002, ratio)).isEqualTo(8_002);
	}

	@Test
	void savingsArePriceDifferenceTimesVolumeToTheFen() {
		// (0.5000 − 0.0300) × 123,457 = 58,024.79
		assertThat(ProcurementRules.savings(new BigDecimal("0.5000"), new BigDecimal("0.0300"), 123_457))
			.isEqualByComparingTo("58024.79");
		// (0.1235 − 0.0612) × 3 = 0.1869 → 0.19
		assertThat(ProcurementRules.savings(new BigDecimal("0.1235"), new BigDecimal("0.0612"), 3))
			.isEqualByComparingTo("0.19");
	}

	@Test
	void cyclesFollowEachOtherFromTheStart() {
		java.time.LocalDate start = java.time.LocalDate.of(2025, 11, 1);
		assertThat(ProcurementRules.cycleEnd(start, 12, 1)).isEqualTo("2026-10-31");
		assertThat(ProcurementRules.cycleStart(start, 12, 2)).isEqualTo("2026-11-01");
		assertThat(ProcurementRules.cycleOf(start, 12, java.time.LocalDate.of(2026, 10, 31))).isEqualTo(1);
		assertThat(ProcurementRules.cycleOf(start, 12, java.time.LocalDate.of(2026, 11, 1))).isEqualTo(2);
	}

}
