package org.sanyi.insurance.settlement;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Platform identifiers: kind, region, day and the last ten digits of the serial,
 * zero-padded.
 */
class IdsTest {

	@Test
	void serialIsTheLastTenDigitsZeroPaddedLikePercent010d() {
		for (long serial : new long[] { 0, 7, 42, 9_999_999_999L, 10_000_000_000L, 12_345_678_901L, Long.MAX_VALUE }) {
			assertThat(Ids.serial10(serial)).isEqualTo("%010d".formatted(serial % 10_000_000_000L));
		}
	}

	@Test
	void settlementIdHasTheDocumentedLayout() {
		assertThat(Ids.format('S', "359900", LocalDate.of(2026, 11, 22), 1234))
			.isEqualTo("S35990020261122" + "0000001234")
			.hasSize(25);
	}

}
