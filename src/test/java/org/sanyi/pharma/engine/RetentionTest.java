package org.sanyi.pharma.engine;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Hand-worked 结余留用 cases. */
class RetentionTest {

	static final BigDecimal SHARE = new BigDecimal("0.70");

	static final BigDecimal HALF = new BigDecimal("0.50");

	@Test
	void aHospitalThatCompletedItsVolumeKeepsHalfTheFundsSurplus() {
		// agreed 100,000 tablets at 0.5000 before the round = 50,000.00; fund budget ×
		// 0.70 = 35,000.00.
		// it paid 4,321.50 for the round's products: fund spend 0.70 × 4,321.50 =
		// 3,025.05; surplus 31,974.95;
		// retained 0.5 × 31,974.95 = 15,987.475 → 15,987.48
		Retention r = Retention.of(new BigDecimal("50000.00"), new BigDecimal("4321.50"), SHARE, HALF, true);
		assertThat(r.budget()).isEqualByComparingTo("35000.00");
		assertThat(r.actualSpend()).isEqualByComparingTo("3025.05");
		assertThat(r.surplus()).isEqualByComparingTo("31974.95");
		assertThat(r.retained()).isEqualByComparingTo("15987.48");
		assertThat(r.eligible()).isTrue();
	}

	@Test
	void aHospitalBehindItsAgreedVolumeKeepsNothing() {
		Retention r = Retention.of(new BigDecimal("50000.00"), new BigDecimal("4321.50"), SHARE, HALF, false);
		assertThat(r.surplus()).isEqualByComparingTo("31974.95");
		assertThat(r.eligible()).isFalse();
		assertThat(r.retained()).isEqualByComparingTo("0.00");
	}

	@Test
	void anOverspendIsShownAndNothingIsRetained() {
		// budget 0.70 × 1,000.00 = 700.00; spend 0.70 × 1,200.00 = 840.00; surplus
		// −140.00
		Retention r = Retention.of(new BigDecimal("1000.00"), new BigDecimal("1200.00"), SHARE, HALF, true);
		assertThat(r.surplus()).isEqualByComparingTo("-140.00");
		assertThat(r.retained()).isEqualByComparingTo("0.00");
	}

}
