package org.sanyi.monitoring.engine;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The period an indicator is computed for: a calendar month, quarter or year, or any span
 * of days. Periods know their neighbours, so that growth compares the same slice of the
 * earlier period: {@link #periodsAway} moves by whole periods of the same kind (环比:
 * November against October), {@link #yearsAway} by years (同比: November 2026 against
 * November 2025).
 *
 * @param kind what sort of period
 * @param first its first day
 * @param last its last day, included
 */
public record Period(Kind kind, LocalDate first, LocalDate last) {

	private static final Pattern QUARTER = Pattern.compile("(\\d{4})Q([1-4])");

	private static final Pattern SPAN = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})\\.\\.(\\d{4}-\\d{2}-\\d{2})");

	public enum Kind {

		MONTH, QUARTER, YEAR, DAYS

	}

	public Period {
		Objects.requireNonNull(kind, "kind");
		Objects.requireNonNull(first, "first");
		Objects.requireNonNull(last, "last");
		if (last.isBefore(first)) {
			throw new IllegalArgumentException("a period ends before it starts: " + first + ".." + last);
		}
	}

	public static Period month(YearMonth month) {
		return new Period(Kind.MONTH, month.atDay(1), month.atEndOfMonth());
	}

	public static Period quarter(int year, int quarter) {
		if (quarter < 1 || quarter > 4) {
			throw new IllegalArgumentException("a quarter is 1 to 4: " + quarter);
		}
		YearMonth start = YearMonth.of(year, quarter * 3 - 2);
		return new Period(Kind.QUARTER, start.atDay(1), start.plusMonths(2).atEndOfMonth());
	}

	public static Period year(int year) {
		return new Period(Kind.YEAR, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
	}

	public static Period days(LocalDate first, LocalDate last) {
		return new Period(Kind.DAYS, first, last);
	}

	/**
	 * A period from its code: {@code 2026-11} (month), {@code 2026Q3} (quarter),
	 * {@code 2026} (year) or {@code 2026-01-01..2026-03-15} (days).
	 * @throws IllegalArgumentException for anything else
	 */
	public static Period parse(String code) {
		String c = code == null ? "" : code.strip();
		try {
			if (c.matches("\\d{4}")) {
				return year(Integer.parseInt(c));
			}
			if (c.matches("\\d{4}-\\d{2}")) {
				return month(YearMonth.parse(c));
			}
			Matcher q = QUARTER.matcher(c);
			if (q.matches()) {
				return quarter(Integer.parseInt(q.group(1)), Integer.parseInt(q.group(2)));
			}
			Matcher s = SPAN.matcher(c);
			if (s.matches()) {
				return days(LocalDate.parse(s.group(1)), LocalDate.parse(s.group(2)));
			}
		}
		catch (DateTimeParseException ex) {
			throw new IllegalArgumentException("not a period: " + c, ex);
		}
		throw new IllegalArgumentException("not a period: " + c);
	}

	/** The code {@link #parse} reads. */
	public String code() {
		return switch (kind) {
			case MONTH -> YearMonth.from(first).toString();
			case QUARTER -> first.getYear() + "Q" + ((first.getMonthValue() + 2) / 3);
			case YEAR -> String.valueOf(first.getYear());
			case DAYS -> first + ".." + last;
		};
	}

	public FactTotals.DaySpan span() {
		return new FactTotals.DaySpan(first, last);
	}

	/** How many days the period has. */
	public long days() {
		return ChronoUnit.DAYS.between(first, last) + 1;
	}

	/**
	 * The period {@code n} periods of the same kind away (negative: earlier); a span of
	 * days moves by its length.
	 */
	public Period periodsAway(int n) {
		return switch (kind) {
			case MONTH -> month(YearMonth.from(first).plusMonths(n));
			case QUARTER -> {
				YearMonth start = YearMonth.from(first).plusMonths(3L * n);
				yield quarter(start.getYear(), (start.getMonthValue() + 2) / 3);
			}
			case YEAR -> year(first.getYear() + n);
			case DAYS -> days(first.plusDays(days() * n), last.plusDays(days() * n));
		};
	}

	/**
	 * The same slice {@code n} years away (negative: earlier): 同比 compares with
	 * {@code yearsAway(-1)}.
	 */
	public Period yearsAway(int n) {
		return switch (kind) {
			case MONTH -> month(YearMonth.from(first).plusYears(n));
			case QUARTER, YEAR ->
				new Period(kind, first.plusYears(n), YearMonth.from(last).plusYears(n).atEndOfMonth());
			case DAYS -> days(first.plusYears(n), last.plusYears(n));
		};
	}

	/**
	 * The periods of this kind from {@code count - 1} periods before up to this one,
	 * oldest first.
	 */
	public java.util.List<Period> trailing(int count) {
		java.util.List<Period> list = new java.util.ArrayList<>();
		for (int i = count - 1; i >= 0; i--) {
			list.add(periodsAway(-i));
		}
		return list;
	}

}
