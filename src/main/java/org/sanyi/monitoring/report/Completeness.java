package org.sanyi.monitoring.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Completeness and timeliness of a form's reports (DHIS2's reporting rate and on-time
 * rate): for every expected institution and month, whether the month was reported
 * (submitted or approved; a draft or a report sent back does not count), and whether it
 * was submitted by the deadline. Rates are over the institutions expected to report, in
 * percent with one decimal, rounded half up. Pure.
 */
public final class Completeness {

	private Completeness() {
	}

	/** Where an institution's month stands. */
	public enum State {

		/** Submitted or approved on time. */
		ON_TIME,
		/** Submitted or approved after the deadline. */
		LATE,
		/** Saved or sent back, not (again) submitted, deadline passed. */
		OVERDUE,
		/** Nothing reported and the deadline has not passed yet. */
		PENDING,
		/** Nothing reported and the deadline has passed. */
		MISSING;

		public boolean reported() {
			return this == ON_TIME || this == LATE;
		}

	}

	/** What a report says for the grid: its month, state and submission day. */
	public record Filing(String institution, YearMonth month, ReportStatus status, LocalDate submittedOn) {
	}

	public record Cell(String institution, YearMonth month, State state, ReportStatus status) {
	}

	/** One month over all expected institutions. */
	public record Summary(YearMonth month, int expected, int reported, int onTime, int missing) {

		public BigDecimal completeness() {
			return rate(reported);
		}

		public BigDecimal timeliness() {
			return rate(onTime);
		}

		private BigDecimal rate(int n) {
			return expected == 0 ? null
					: BigDecimal.valueOf(n * 100L).divide(BigDecimal.valueOf(expected), 1, RoundingMode.HALF_UP);
		}

	}

	/** The grid: institution → month → cell, and a summary per month. */
	public record Grid(List<YearMonth> months, Map<String, Map<YearMonth, Cell>> rows, List<Summary> summaries) {
	}

	public static Grid of(List<String> expected, List<YearMonth> months, List<Filing> filings,
			java.util.function.Function<YearMonth, LocalDate> deadline, LocalDate today) {
		Map<String, Filing> byKey = new HashMap<>();
		filings.forEach(f -> byKey.put(f.institution() + "|" + f.month(), f));
		Map<String, Map<YearMonth, Cell>> rows = new LinkedHashMap<>();
		List<Summary> summaries = new ArrayList<>();
		for (YearMonth month : months) {
			int reported = 0;
			int onTime = 0;
			int missing = 0;
			LocalDate due = deadline.apply(month);
			for (String institution : expected) {
				Filing filing = byKey.get(institution + "|" + month);
				State state = state(filing, due, today);
				rows.computeIfAbsent(institution, i -> new LinkedHashMap<>())
					.put(month, new Cell(institution, month, state, filing == null ? null : filing.status()));
				reported += state.reported() ? 1 : 0;
				onTime += state == State.ON_TIME ? 1 : 0;
				missing += state == State.MISSING || state == State.OVERDUE ? 1 : 0;
			}
			summaries.add(new Summary(month, expected.size(), reported, onTime, missing));
		}
		return new Grid(List.copyOf(months), rows, summaries);
	}

	/**
	 * A month not submitted by its deadline (MISSING, or OVERDUE: a draft or a report
	 * sent back), with the deadline and the days since.
	 */
	public record Late(String institution, YearMonth month, State state, ReportStatus status, LocalDate due,
			long daysOverdue) {
	}

	/**
	 * The grid's months not submitted by their deadline, the longest overdue first (then
	 * by institution): the regulator's 逾期未报 list.
	 */
	public static List<Late> late(Grid grid, java.util.function.Function<YearMonth, LocalDate> deadline,
			LocalDate today) {
		List<Late> late = new ArrayList<>();
		grid.rows().forEach((institution, months) -> months.values().forEach(c -> {
			if (c.state() == State.MISSING || c.state() == State.OVERDUE) {
				LocalDate due = deadline.apply(c.month());
				late.add(new Late(institution, c.month(), c.state(), c.status(), due,
						java.time.temporal.ChronoUnit.DAYS.between(due, today)));
			}
		}));
		late.sort(java.util.Comparator.comparingLong(Late::daysOverdue).reversed().thenComparing(Late::institution));
		return late;
	}

	static State state(Filing filing, LocalDate due, LocalDate today) {
		boolean submitted = filing != null
				&& (filing.status() == ReportStatus.SUBMITTED || filing.status() == ReportStatus.APPROVED);
		if (submitted) {
			return filing.submittedOn().isAfter(due) ? State.LATE : State.ON_TIME;
		}
		if (!today.isAfter(due)) {
			return State.PENDING;
		}
		return filing == null ? State.MISSING : State.OVERDUE;
	}

}
