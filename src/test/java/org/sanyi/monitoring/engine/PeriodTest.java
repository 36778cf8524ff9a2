package org.sanyi.monitoring.engine;

import java.time.LocalDate;
import java.time.YearMonth;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PeriodTest {

	@Test
	void codesReadBackToTheSamePeriod() {
		for (String code : new String[] { "2026-11", "2026Q3", "2026", "2026-01-01..2026-03-15" }) {
			assertThat(Period.parse(code).code()).isEqualTo(code);
		}
		assertThat(Period.parse("2026Q1").last()).isEqualTo(LocalDate.of(2026, 3, 31));
		assertThatThrownBy(() -> Period.parse("2026-13")).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> Period.parse("2026Q5")).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> Period.parse("soon")).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void thePreviousPeriodIsOfTheSameKindAcrossYearEnds() {
		assertThat(Period.parse("2026-01").periodsAway(-1).code()).isEqualTo("2025-12");
		assertThat(Period.parse("2026Q1").periodsAway(-1).code()).isEqualTo("2025Q4");
		assertThat(Period.parse("2026").periodsAway(-1).code()).isEqualTo("2025");
		assertThat(Period.parse("2026-03-01..2026-03-10").periodsAway(-1).code()).isEqualTo("2026-02-19..2026-02-28");
	}

	@Test
	void theSameSliceAYearEarlierKeepsWholeMonths() {
		// February of a leap year against the February before: the whole month each time
		Period feb = Period.month(YearMonth.of(2028, 2));
		assertThat(feb.days()).isEqualTo(29);
		assertThat(feb.yearsAway(-1).last()).isEqualTo(LocalDate.of(2027, 2, 28));
		assertThat(Period.parse("2026Q4").yearsAway(-1).code()).isEqualTo("2025Q4");
	}

	@Test
	void trailingPeriodsEndWithThisOne() {
		assertThat(Period.parse("2026-02").trailing(3)).extracting(Period::code)
			.containsExactly("2025-12", "2026-01", "2026-02");
	}

}
