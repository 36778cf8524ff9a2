package org.sanyi.pharma.druguse;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A DDD value of an import line, in grams. */
class DddTableTest {

	@Test
	void gramsAndMilligramsArePositiveWithAtMostFourDecimalsInGrams() {
		assertThat(DddTable.grams("1.5", "g")).isEqualByComparingTo("1.5");
		assertThat(DddTable.grams("400", "mg")).isEqualByComparingTo("0.4");
		assertThat(DddTable.grams("0", "g")).isNull();
		assertThat(DddTable.grams("-1", "g")).isNull();
		assertThat(DddTable.grams("1.5", "MU")).isNull();
		assertThat(DddTable.grams("0.05", "mg")).isNull();
		assertThat(DddTable.grams("abc", "g")).isNull();
	}

	@Test
	void aCountyReadsTheDefaultsThenItsProvinceCityAndItself() {
		assertThat(DddTable.lineage("359921")).containsExactly("000000", "350000", "359900", "359921");
		assertThat(DddTable.lineage(null)).containsExactly("000000");
	}

	@Test
	void aWesternDrugCodeCarriesItsAtcClass() {
		assertThat(SettledDrugUse.atcOfCode("XJ01CRA001")).isEqualTo("J01CR");
		assertThat(SettledDrugUse.atcOfCode("ZA04BAA001")).isNull();
		assertThat(SettledDrugUse.patientDays(java.time.LocalDate.of(2026, 3, 1), java.time.LocalDate.of(2026, 3, 8)))
			.isEqualTo(7);
		assertThat(SettledDrugUse.patientDays(java.time.LocalDate.of(2026, 3, 1), java.time.LocalDate.of(2026, 3, 1)))
			.isEqualTo(1);
	}

}
