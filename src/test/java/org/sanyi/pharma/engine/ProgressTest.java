package org.sanyi.pharma.engine;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Hand-worked 完成进度 cases over a 2026 cycle (365 days). */
class ProgressTest {

	static final LocalDate START = LocalDate.of(2026, 1, 1);

	static final LocalDate END = LocalDate.of(2026, 12, 31);

	static final BigDecimal TEN_POINTS = new BigDecimal("0.10");

	@Test
	void timeProgressCountsTheDayItselfAndStaysInsideTheCycle() {
		// 30 June is day 181 of 365: 0.49589… → 0.4959
		assertThat(Progress.timeProgress(START, END, LocalDate.of(2026, 6, 30))).isEqualByComparingTo("0.4959");
		assertThat(Progress.timeProgress(START, END, LocalDate.of(2025, 12, 1))).isEqualByComparingTo("0");
		assertThat(Progress.timeProgress(START, END, LocalDate.of(2027, 3, 1))).isEqualByComparingTo("1");
	}

	@Test
	void anInstitutionMoreThanTenPointsBehindTheTimeIsFlagged() {
		// agreed 10,000; bought 3,800 winning and 1,200 non-winning by 30 June:
		// completion 0.38, time 0.4959, gap −0.1159 < −0.10 → behind; non-winning 1,200 /
		// 5,000 = 0.24
		Progress p = Progress.of(10_000, 3_800, 1_200, START, END, LocalDate.of(2026, 6, 30), TEN_POINTS);
		assertThat(p.completion()).isEqualByComparingTo("0.3800");
		assertThat(p.gap()).isEqualByComparingTo("-0.1159");
		assertThat(p.behind()).isTrue();
		assertThat(p.nonWinningShare()).isEqualByComparingTo("0.2400");
		assertThat(p.completed()).isFalse();
	}

	@Test
	void withinTheGapIsNotBehindAndOverTheAgreedVolumeIsCompleted() {
		// 4,000 / 10,000 = 0.40; gap −0.0959 is within ten points
		assertThat(Progress.of(10_000, 4_000, 0, START, END, LocalDate.of(2026, 6, 30), TEN_POINTS).behind()).isFalse();
		Progress done = Progress.of(10_000, 10_500, 0, START, END, END, TEN_POINTS);
		assertThat(done.completion()).isEqualByComparingTo("1.0500");
		assertThat(done.completed()).isTrue();
		assertThat(done.nonWinningShare()).isEqualByComparingTo("0");
	}

	@Test
	void nothingAgreedIsNeverBehind() {
		Progress p = Progress.of(0, 0, 500, START, END, END, TEN_POINTS);
		assertThat(p.completion()).isEqualByComparingTo("0");
		assertThat(p.behind()).isFalse();
		assertThat(p.nonWinningShare()).isEqualByComparingTo("1");
	}

}
