package org.sanyi.registry.internal;

import org.junit.jupiter.api.Test;
import org.sanyi.security.DataScope;

import static org.assertj.core.api.Assertions.assertThat;

class VisibilityTest {

	@Test
	void aCountyScopeSeesItsCountyAndTheLineageAboveButNoOtherCounty() {
		Visibility v = Visibility.of(DataScope.region("359921"), null);
		assertThat(v.prefix()).isEqualTo("359921");
		assertThat(v.sees("359921101201")).isTrue();
		assertThat(v.sees("359900")).as("its city, for the tree and breadcrumbs").isTrue();
		assertThat(v.sees("350000")).isTrue();
		assertThat(v.sees("359922")).isFalse();
		assertThat(v.institution()).as("no institution code matches").isEqualTo("~");
	}

	@Test
	void aCityScopeSeesEveryCountyOfTheCity() {
		Visibility v = Visibility.of(DataScope.region("359900"), null);
		assertThat(v.prefix()).isEqualTo("3599");
		assertThat(v.sees("359922")).isTrue();
		assertThat(v.sees("350400")).isFalse();
	}

	@Test
	void anInstitutionScopeSeesItsInstitutionAndOnlyTheLineageOfItsRegion() {
		Visibility v = Visibility.of(DataScope.institution("H35992100001", "359921"), "359921");
		assertThat(v.prefix()).as("no region prefix at all").isEmpty();
		assertThat(v.institution()).isEqualTo("H35992100001");
		assertThat(v.lineage()).containsExactly("350000", "359900", "359921");
		assertThat(v.sees("359921101")).as("not the townships of its county").isFalse();
	}

	@Test
	void anInstitutionUnknownToTheRegistryAndAResidentSeeNoRegion() {
		assertThat(Visibility.of(DataScope.institution("H35992199999", "359921"), null).sees("350000")).isFalse();
		Visibility resident = Visibility.of(DataScope.self("demo-resident-1"), null);
		assertThat(resident.sees("350000")).isFalse();
		assertThat(resident.all()).isFalse();
		assertThat(Visibility.of(DataScope.all(), null).sees("110000")).isTrue();
	}

}
