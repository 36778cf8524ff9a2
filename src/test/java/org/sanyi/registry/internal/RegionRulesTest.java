package org.sanyi.registry.internal;

import org.junit.jupiter.api.Test;
import org.sanyi.registry.RegistryErrors;
import org.sanyi.shared.BusinessException;
import org.sanyi.shared.SharedErrors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RegionRulesTest {

	@Test
	void theCodeImpliesItsParentOneLevelUp() {
		assertThat(RegionRules.impliedParent("350000")).isNull();
		assertThat(RegionRules.impliedParent("359900")).isEqualTo("350000");
		assertThat(RegionRules.impliedParent("359921")).isEqualTo("359900");
		assertThat(RegionRules.impliedParent("359921101")).isEqualTo("359921");
		assertThat(RegionRules.impliedParent("359921101201")).isEqualTo("359921101");
	}

	@Test
	void aGivenParentMustBeTheImpliedOne() {
		assertThat(RegionRules.parentFor("359921101", "359921")).isEqualTo("359921");
		assertThat(RegionRules.parentFor("359921101", null)).isEqualTo("359921");
		assertThat(RegionRules.parentFor("359921101", " ")).isEqualTo("359921");
	}

	@Test
	void aRegionUnderAParentOfTheWrongLevelIsRefusedNamingBoth() {
		assertThatThrownBy(() -> RegionRules.parentFor("359921101", "359900"))
			.isInstanceOfSatisfying(BusinessException.class, ex -> {
				assertThat(ex.error()).isEqualTo(RegistryErrors.REGION_LEVEL_MISMATCH);
				assertThat(ex.args()).containsExactly("359921101", "359900");
			});
		assertThatThrownBy(() -> RegionRules.parentFor("359921", "350000")).as("county straight under a province")
			.isInstanceOfSatisfying(BusinessException.class,
					ex -> assertThat(ex.error()).isEqualTo(RegistryErrors.REGION_LEVEL_MISMATCH));
		assertThatThrownBy(() -> RegionRules.parentFor("350000", "359900")).as("province under a city")
			.isInstanceOfSatisfying(BusinessException.class,
					ex -> assertThat(ex.error()).isEqualTo(RegistryErrors.REGION_LEVEL_MISMATCH));
	}

	@Test
	void aRegionUnderAParentOfTheRightLevelButAnotherPrefixIsRefused() {
		assertThatThrownBy(() -> RegionRules.parentFor("359921101", "359922")).isInstanceOfSatisfying(
				BusinessException.class, ex -> assertThat(ex.error()).isEqualTo(RegistryErrors.REGION_LEVEL_MISMATCH));
	}

	@Test
	void malformedCodesAreRefusedAsSuch() {
		for (String bad : new String[] { "35992", "3599211010", "359921000", "35992110100A", "350012" }) {
			assertThatThrownBy(() -> RegionRules.parentFor(bad, null)).as(bad)
				.isInstanceOfSatisfying(BusinessException.class,
						ex -> assertThat(ex.error()).isEqualTo(SharedErrors.INVALID_REGION_CODE));
		}
	}

}
