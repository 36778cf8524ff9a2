package org.sanyi.drg.grouper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The registry picks the most specific region whose scheme is valid on the discharge
 * date.
 */
class DrgSchemeRegistryTest {

	private final DrgGrouper national = new DrgGrouper(MiniScheme.load());

	private final DrgGrouper sanming = new DrgGrouper(MiniScheme.load());

	private final DrgGrouper sanming2025 = new DrgGrouper(MiniScheme.load());

	private final DrgSchemeRegistry registry = DrgSchemeRegistry
		.of(List.of(new DrgSchemeRegistry.Entry("000000", LocalDate.of(2021, 1, 1), null, national),
				new DrgSchemeRegistry.Entry("350400", LocalDate.of(2023, 1, 1), LocalDate.of(2025, 1, 1), sanming),
				new DrgSchemeRegistry.Entry("350400", LocalDate.of(2025, 1, 1), null, sanming2025)));

	@Test
	void cityDistrictUsesTheCitySchemeInForceOnTheDischargeDate() {
		assertThat(registry.find("350402", LocalDate.of(2024, 12, 31))).containsSame(sanming);
		assertThat(registry.find("350402", LocalDate.of(2025, 1, 1))).containsSame(sanming2025);
	}

	@Test
	void otherRegionsAndEarlierDatesFallBackToTheNationalScheme() {
		assertThat(registry.find("350200", LocalDate.of(2024, 6, 1))).containsSame(national);
		assertThat(registry.find("350402", LocalDate.of(2022, 6, 1))).containsSame(national);
	}

	@Test
	void noSchemeBeforeAnyValidity() {
		assertThat(registry.find("350402", LocalDate.of(2020, 6, 1))).isEmpty();
	}

	@Test
	void overlappingPeriodsForOneRegionAreRejected() {
		assertThatThrownBy(() -> DrgSchemeRegistry
			.of(List.of(new DrgSchemeRegistry.Entry("350400", LocalDate.of(2023, 1, 1), null, sanming),
					new DrgSchemeRegistry.Entry("350400", LocalDate.of(2024, 1, 1), null, sanming2025))))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("overlap");
	}

	@Test
	void regionCodesAreMatchedOnTheirSignificantDigits() {
		assertThat(DrgSchemeRegistry.significantPrefix("350400")).isEqualTo("3504");
		assertThat(DrgSchemeRegistry.significantPrefix("350000")).isEqualTo("35");
		assertThat(DrgSchemeRegistry.significantPrefix("000000")).isEmpty();
	}

}
