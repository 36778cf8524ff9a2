package org.sanyi.monitoring.analysis;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.sanyi.monitoring.engine.Period;
import org.sanyi.shared.PlatformTime;

/**
 * The periods a viewer can pick: the last 24 months, 8 quarters and 3 years, and the one
 * shown if older.
 */
public record PeriodChoices(List<Period> months, List<Period> quarters, List<Period> years) {

	public static PeriodChoices around(Period shown) {
		YearMonth now = YearMonth.from(PlatformTime.today());
		List<Period> months = new ArrayList<>();
		for (int i = 0; i < 24; i++) {
			months.add(Period.month(now.minusMonths(i)));
		}
		List<Period> quarters = new ArrayList<>();
		Period q = Period.quarter(now.getYear(), (now.getMonthValue() + 2) / 3);
		for (int i = 0; i < 8; i++) {
			quarters.add(q.periodsAway(-i));
		}
		List<Period> years = new ArrayList<>();
		for (int i = 0; i < 3; i++) {
			years.add(Period.year(now.getYear() - i));
		}
		List<Period> list = switch (shown.kind()) {
			case MONTH -> months;
			case QUARTER -> quarters;
			default -> years;
		};
		if (!list.contains(shown)) {
			list.add(shown);
		}
		return new PeriodChoices(months, quarters, years);
	}

}
