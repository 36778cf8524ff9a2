package org.sanyi.insurance.engine;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.sanyi.shared.Money;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The per-line split (2204/2301 result): where it rounds and how the four parts always
 * add up.
 */
class LineClassificationTest {

	@Test
	void classBPreSelfPayRoundsHalfUpAtTheLine() {
		LineResult line = LineClassifier.classify(FeeLine.of("1", "B", "02", "0.10", "1", "0.05", "0.05", null));

		// 0.05 × 10% = 0.005 → 0.01; the in-scope part is what is left, so nothing is
		// lost
		assertThat(line.preSelfPay()).isEqualTo(Money.of("0.01"));
		assertThat(line.inScope()).isEqualTo(Money.of("0.04"));
	}

	@Test
	void cappedAmountIsCapTimesQuantityRoundedHalfUpAndTheRestIsOverLimit() {
		LineResult line = LineClassifier.classify(FeeLine.of("1", "A", "01", null, "3", "10.005", "30.02", "10.003"));

		// 10.003 × 3 = 30.009 → 30.01 recognised; 30.02 − 30.01 above the cap
		assertThat(line.inScope()).isEqualTo(Money.of("30.01"));
		assertThat(line.overLimit()).isEqualTo(Money.of("0.01"));
	}

	@Test
	void priceAtOrBelowTheCapHasNoOverLimit() {
		LineResult atCap = LineClassifier.classify(FeeLine.of("1", "A", "01", null, "2", "100", "200.00", "100"));
		LineResult belowCap = LineClassifier.classify(FeeLine.of("2", "A", "01", null, "2", "80", "160.00", "100"));

		assertThat(atCap.overLimit()).isEqualTo(Money.ZERO);
		assertThat(belowCap.overLimit()).isEqualTo(Money.ZERO);
		assertThat(belowCap.inScope()).isEqualTo(Money.of("160"));
	}

	@Test
	void classBAboveItsCapPaysItsRatioOnTheCappedAmountOnly() {
		LineResult line = LineClassifier.classify(FeeLine.of("1", "B", "02", "0.2", "2", "150", "300.00", "100"));

		assertThat(line.overLimit()).isEqualTo(Money.of("100"));
		assertThat(line.preSelfPay()).isEqualTo(Money.of("40"));
		assertThat(line.inScope()).isEqualTo(Money.of("160"));
		assertThat(line.fullOwnPay()).isEqualTo(Money.ZERO);
	}

	@Test
	void classCIsFullyOwnPayEvenWithAPriceCap() {
		LineResult line = LineClassifier.classify(FeeLine.of("1", "C", "03", null, "2", "150", "300.00", "100"));

		assertThat(line.fullOwnPay()).isEqualTo(Money.of("300"));
		assertThat(line.overLimit()).isEqualTo(Money.ZERO);
		assertThat(line.selfPayRatio()).isEqualByComparingTo(BigDecimal.ONE);
	}

	@Test
	void zeroQuantityLineIsAcceptedAndSplitsIntoZeros() {
		LineResult line = LineClassifier.classify(FeeLine.of("1", "B", "02", "0.1", "0", "15", "0.00", null));

		assertThat(line.amount()).isEqualTo(Money.ZERO);
		assertThat(line.inScope()).isEqualTo(Money.ZERO);
	}

	@Test
	void fractionalQuantityOfADrugIsPricedToTheFen() {
		LineResult line = LineClassifier.classify(FeeLine.of("1", "B", "02", "0.05", "0.3333", "12.5", "4.17", null));

		// 0.3333 × 12.5 = 4.166250 → 4.17; 4.17 × 5% = 0.2085 → 0.21
		assertThat(line.preSelfPay()).isEqualTo(Money.of("0.21"));
		assertThat(line.inScope()).isEqualTo(Money.of("3.96"));
	}

}
