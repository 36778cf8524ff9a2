package org.sanyi.monitoring.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.sanyi.monitoring.report.Completeness.Filing;
import org.sanyi.monitoring.report.Completeness.State;

import static org.assertj.core.api.Assertions.assertThat;

/** Reporting and on-time rates over the institutions expected to report. */
class CompletenessTest {

	static final YearMonth SEP = YearMonth.of(2026, 9);

	static final YearMonth OCT = YearMonth.of(2026, 10);

	/** Due ten days after the month: 2026-10-10 and 2026-11-10. */
	static LocalDate deadline(YearMonth m) {
		return m.atEndOfMonth().plusDays(10);
	}

	@Test
	void ratesCountSubmittedAndApprovedReportsOverTheExpectedInstitutions() {
		List<String> expected = List.of("A", "B", "C", "D");
		List<Filing> filings = List.of(new Filing("A", SEP, ReportStatus.APPROVED, LocalDate.of(2026, 10, 5)),
				new Filing("B", SEP, ReportStatus.SUBMITTED, LocalDate.of(2026, 10, 10)),
				new Filing("C", SEP, ReportStatus.APPROVED, LocalDate.of(2026, 10, 11)),
				new Filing("D", SEP, ReportStatus.DRAFT, null));

		Completeness.Grid grid = Completeness.of(expected, List.of(SEP), filings, CompletenessTest::deadline,
				LocalDate.of(2026, 12, 4));

		Completeness.Summary sep = grid.summaries().getFirst();
		// reported: A, B, C = 3 of 4 = 75.0 %; on time: A, B (the deadline day counts) =
		// 50.0 %
		assertThat(sep.reported()).isEqualTo(3);
		assertThat(sep.onTime()).isEqualTo(2);
		assertThat(sep.missing()).isEqualTo(1);
		assertThat(sep.completeness()).isEqualByComparingTo(new BigDecimal("75.0"));
		assertThat(sep.timeliness()).isEqualByComparingTo(new BigDecimal("50.0"));
		assertThat(grid.rows().get("C").get(SEP).state()).isEqualTo(State.LATE);
		assertThat(grid.rows().get("D").get(SEP).state()).isEqualTo(State.OVERDUE);
	}

	@Test
	void aMonthNotYetDueIsPendingAndMissingOnlyAfterItsDeadline() {
		List<String> expected = List.of("A", "B", "C");
		Completeness.Grid before = Completeness.of(expected, List.of(OCT), List.of(), CompletenessTest::deadline,
				LocalDate.of(2026, 11, 10));
		Completeness.Grid after = Completeness.of(expected, List.of(OCT), List.of(), CompletenessTest::deadline,
				LocalDate.of(2026, 11, 11));

		assertThat(before.rows().get("A").get(OCT).state()).isEqualTo(State.PENDING);
		assertThat(before.summaries().getFirst().missing()).isZero();
		assertThat(after.rows().get("A").get(OCT).state()).isEqualTo(State.MISSING);
		assertThat(after.summaries().getFirst().missing()).isEqualTo(3);
		// 0 of 3, and one of three would be 33.3 (half up at one decimal)
		assertThat(after.summaries().getFirst().completeness()).isEqualByComparingTo("0.0");
		assertThat(new Completeness.Summary(OCT, 3, 1, 1, 2).completeness()).isEqualByComparingTo("33.3");
		assertThat(new Completeness.Summary(OCT, 3, 2, 2, 1).completeness()).isEqualByComparingTo("66.7");
	}

	@Test
	void theLateListHasTheMonthsNotSubmittedByTheirDeadlineLongestOverdueFirst() {
		List<String> expected = List.of("A", "B", "C");
		List<Filing> filings = List.of(new Filing("A", SEP, ReportStatus.APPROVED, LocalDate.of(2026, 10, 20)),
				new Filing("B", SEP, ReportStatus.REJECTED, LocalDate.of(2026, 10, 9)),
				new Filing("A", OCT, ReportStatus.SUBMITTED, LocalDate.of(2026, 11, 2)));
		Completeness.Grid grid = Completeness.of(expected, List.of(SEP, OCT), filings, CompletenessTest::deadline,
				LocalDate.of(2026, 12, 4));

		List<Completeness.Late> late = Completeness.late(grid, CompletenessTest::deadline, LocalDate.of(2026, 12, 4));

		// A's September came late but came: not on the list. B's September was sent back
		// (overdue since 10 October: 55 days), C's September missing (55 days); B's and
		// C's October missing since 10 November (24 days)
		assertThat(late).extracting(l -> l.institution() + " " + l.month() + " " + l.state() + " " + l.daysOverdue())
			.containsExactly("B 2026-09 OVERDUE 55", "C 2026-09 MISSING 55", "B 2026-10 MISSING 24",
					"C 2026-10 MISSING 24");
		assertThat(late.getFirst().status()).isEqualTo(ReportStatus.REJECTED);
		assertThat(late.getFirst().due()).isEqualTo(LocalDate.of(2026, 10, 10));
	}

}
