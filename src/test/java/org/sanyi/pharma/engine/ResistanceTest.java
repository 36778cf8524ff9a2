package org.sanyi.pharma.engine;

import org.junit.jupiter.api.Test;
import org.sanyi.pharma.engine.Resistance.Warning;

import static org.assertj.core.api.Assertions.assertThat;

/** The national 细菌耐药 warning lines: exceeded, not reached. */
class ResistanceTest {

	@Test
	void theRateIsResistantOverTested() {
		assertThat(Resistance.rate(66, 120)).isEqualByComparingTo("55.00");
		assertThat(Resistance.rate(1, 3)).isEqualByComparingTo("33.33");
		assertThat(Resistance.rate(0, 0)).isNull();
	}

	@Test
	void eachLevelNeedsItsThresholdExceeded() {
		assertThat(Resistance.warning(30, 100)).isEqualTo(Warning.NONE);
		assertThat(Resistance.warning(31, 100)).isEqualTo(Warning.NOTIFY);
		assertThat(Resistance.warning(40, 100)).isEqualTo(Warning.NOTIFY);
		assertThat(Resistance.warning(41, 100)).isEqualTo(Warning.CAUTION);
		assertThat(Resistance.warning(50, 100)).isEqualTo(Warning.CAUTION);
		assertThat(Resistance.warning(51, 100)).isEqualTo(Warning.BY_SUSCEPTIBILITY);
		assertThat(Resistance.warning(75, 100)).isEqualTo(Warning.BY_SUSCEPTIBILITY);
		assertThat(Resistance.warning(76, 100)).isEqualTo(Warning.SUSPEND);
		// 301 of 1,000 is 30.1 %: above the line although it rounds to 30.10
		assertThat(Resistance.warning(301, 1_000)).isEqualTo(Warning.NOTIFY);
	}

	@Test
	void fewerIsolatesThanTheMinimumRaiseNoWarning() {
		assertThat(Resistance.warning(9, 9)).isEqualTo(Warning.NONE);
		assertThat(Resistance.warning(10, 10)).isEqualTo(Warning.SUSPEND);
	}

}
