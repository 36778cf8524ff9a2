package org.sanyi.security;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DataScopeTest {

	@Test
	void countyScopeCoversItsTownshipsButNotTheNeighbourCounty() {
		DataScope county = DataScope.region("359921");
		assertThat(county.regionPrefix()).isEqualTo("359921");
		assertThat(county.coversRegion("359921003")).isTrue();
		assertThat(county.coversRegion("359922")).isFalse();
		assertThat(county.coversInstitution("H35992200001", "359922")).isFalse();
	}

	@Test
	void cityScopeUsesTheFourDigitPrefix() {
		assertThat(DataScope.region("359900").regionPrefix()).isEqualTo("3599");
		assertThat(DataScope.region("359900").coversRegion("359921003001")).isTrue();
	}

	@Test
	void hospitalStaffSeeTheirInstitutionAndNoRegionKeyedRows() {
		DataScope doctor = DataScope.institution("H35992100001", "359921");
		assertThat(doctor.coversInstitution("H35992100001", "359921")).isTrue();
		assertThat(doctor.coversInstitution("H35992100002", "359921")).isFalse();
		assertThat("359921001".startsWith(doctor.regionPrefix())).isFalse();
		assertThat(doctor.coversRegion("359921")).isFalse();
	}

	@Test
	void residentsSeeNoInstitutionAndAdminsSeeAll() {
		assertThat(DataScope.self("r1").coversInstitution("H35992100001", "359921")).isFalse();
		assertThat(DataScope.all().coversRegion("110000")).isTrue();
		assertThat(DataScope.all().regionPrefix()).isEmpty();
	}

}
