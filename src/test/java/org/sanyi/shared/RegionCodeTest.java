package org.sanyi.shared;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RegionCodeTest {

	@Test
	void levelsFollowTheStatisticalCodes() {
		assertThat(RegionCode.of("350000").level()).isEqualTo(RegionLevel.PROVINCE);
		assertThat(RegionCode.of("350400").level()).isEqualTo(RegionLevel.CITY);
		assertThat(RegionCode.of("350403").level()).isEqualTo(RegionLevel.COUNTY);
		assertThat(RegionCode.of("350403001").level()).isEqualTo(RegionLevel.TOWNSHIP);
		assertThat(RegionCode.of("350403001201").level()).isEqualTo(RegionLevel.VILLAGE);
	}

	@Test
	void thePoolingRegionIsTheCity() {
		assertThat(RegionCode.of("350403").poolingRegion()).isEqualTo(RegionCode.of("350400"));
		assertThat(RegionCode.of("350403101").poolingRegion()).isEqualTo(RegionCode.of("350400"));
		assertThat(RegionCode.of("350403101201").poolingRegion()).isEqualTo(RegionCode.of("350400"));
		assertThat(RegionCode.of("350400").poolingRegion()).isEqualTo(RegionCode.of("350400"));
		assertThat(RegionCode.of("350000").poolingRegion()).isEqualTo(RegionCode.of("350000"));
	}

	@Test
	void lineageRunsFromProvinceDown() {
		assertThat(RegionCode.of("350403001201").lineage()).extracting(RegionCode::value)
			.containsExactly("350000", "350400", "350403", "350403001", "350403001201");
	}

	@Test
	void containsUsesThePrefixOfTheLevel() {
		assertThat(RegionCode.of("350400").contains("350403001")).isTrue();
		assertThat(RegionCode.of("350400").contains("350503")).isFalse();
		assertThat(RegionCode.of("350000").contains("359902")).isTrue();
		assertThat(RegionCode.of("350403").contains("350404")).isFalse();
	}

	@Test
	void rejectsMalformedCodes() {
		for (String bad : new String[] { "35040", "3504030", "35a403", "000000", "350012", "350403000", "" }) {
			assertThat(RegionCode.isWellFormed(bad)).as(bad).isFalse();
		}
		assertThatThrownBy(() -> RegionCode.of("12345")).isInstanceOf(BusinessException.class);
	}

}
