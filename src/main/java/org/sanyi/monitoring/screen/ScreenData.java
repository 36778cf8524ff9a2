package org.sanyi.monitoring.screen;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.sanyi.monitoring.analysis.Area;
import org.sanyi.monitoring.analysis.Areas;
import org.sanyi.monitoring.analysis.IndicatorQueries;
import org.sanyi.monitoring.analysis.IndicatorQueries.Snapshot;
import org.sanyi.monitoring.engine.FactTotals;
import org.sanyi.monitoring.engine.FactTotals.Component;
import org.sanyi.monitoring.engine.FactTotals.DaySpan;
import org.sanyi.monitoring.engine.FactTotals.Selection;
import org.sanyi.monitoring.engine.IndicatorValue;
import org.sanyi.monitoring.engine.InstitutionGroups;
import org.sanyi.monitoring.engine.Period;
import org.sanyi.monitoring.indicator.DefinitionRow;
import org.sanyi.monitoring.indicator.IndicatorSet;
import org.sanyi.shared.PlatformTime;

import org.springframework.stereotype.Service;

/**
 * What the big screen (一屏观医) shows of an area, part by part, each computed on its own so
 * that each part of the page refreshes on its own: live counters (today and the month so
 * far), the reform indicators with their trend, and the sums behind the region map. Every
 * figure is a sum of facts over the area's institutions, like the indicators.
 */
@Service
public class ScreenData {

	static final String SETTLEMENTS = "ins.settlement.count";

	static final String FUND = "ins.fund_paid";

	static final String VISITS = "ins.visit.count";

	/** The institutions whose visits count (every one but the retail pharmacies). */
	static final String MEDICAL = "medical";

	/** The institution levels visits are counted by, in the order shown. */
	static final List<String> LEVELS = List.of("level3", "level2", "level1", "primary");

	/** How many reform indicators the screen shows. */
	static final int INDICATORS = 6;

	private final FactTotals facts;

	private final InstitutionGroups groups;

	private final Areas areas;

	private final IndicatorQueries queries;

	ScreenData(FactTotals facts, InstitutionGroups groups, Areas areas, IndicatorQueries queries) {
		this.facts = facts;
		this.groups = groups;
		this.areas = areas;
		this.queries = queries;
	}

	/**
	 * Settlements, fund paid and visits over a span, visits also by institution level.
	 */
	public record Tally(BigDecimal settlements, BigDecimal fund, BigDecimal visits, Map<String, BigDecimal> byLevel) {

		/** A level's share of the visits in percent (one decimal), 0 without visits. */
		public BigDecimal share(String level) {
			BigDecimal n = byLevel.getOrDefault(level, BigDecimal.ZERO);
			return visits.signum() == 0 ? BigDecimal.ZERO
					: n.multiply(BigDecimal.valueOf(100)).divide(visits, 1, java.math.RoundingMode.HALF_UP);
		}

	}

	/**
	 * Today's tally and the month's: the current month so far, or, when it has no facts
	 * yet (a region going live), the last month that has.
	 */
	public record Counters(LocalDate today, Tally todays, Period month, Tally months) {
	}

	public Counters counters(Area area) {
		LocalDate today = PlatformTime.today();
		Selection where = areas.selection(area, Period.days(today, today));
		Tally todays = tally(where, new DaySpan(today, today));
		Period month = Period.month(YearMonth.from(today));
		Tally months = tally(where, new DaySpan(month.first(), today));
		for (int back = 1; back <= 12 && months.settlements().signum() == 0; back++) {
			Period earlier = month.periodsAway(-back);
			Tally t = tally(where, earlier.span());
			if (t.settlements().signum() != 0) {
				month = earlier;
				months = t;
			}
		}
		return new Counters(today, todays, month, months);
	}

	/** One reform indicator: its value in the month and over the twelve months to it. */
	public record Trend(DefinitionRow definition, IndicatorValue value, List<String> months, List<BigDecimal> values) {
	}

	/** The first reform indicators, for the latest month with facts, with their trend. */
	public List<Trend> reform(Area area) {
		Snapshot snapshot = queries.snapshot();
		List<DefinitionRow> chosen = snapshot.rows()
			.values()
			.stream()
			.filter(r -> r.inSet(IndicatorSet.REFORM))
			.limit(INDICATORS)
			.toList();
		Period latest = snapshot.latestMonth(chosen, areas.selection(area, IndicatorQueries.lastMonth()));
		Map<String, List<BigDecimal>> series = new LinkedHashMap<>();
		Map<String, IndicatorValue> last = Map.of();
		List<String> months = new ArrayList<>();
		for (Period p : latest.trailing(12)) {
			months.add(p.code());
			Map<String, IndicatorValue> values = snapshot.values(chosen, areas.selection(area, p), p);
			values.forEach((code, v) -> series.computeIfAbsent(code, c -> new ArrayList<>()).add(v.value()));
			last = values;
		}
		List<Trend> trends = new ArrayList<>();
		for (DefinitionRow d : chosen) {
			trends.add(new Trend(d, last.get(d.code()), months, series.getOrDefault(d.code(), List.of())));
		}
		return trends;
	}

	/**
	 * Settlements and fund payments of every institution; visits (就诊人次) of the medical
	 * institutions only, since a purchase at a retail pharmacy settles but is not a
	 * visit.
	 */
	private Tally tally(Selection where, DaySpan days) {
		Map<Component, BigDecimal> t = facts.totals(Set.of(Component.of(SETTLEMENTS), Component.of(FUND)), where, days);
		BigDecimal visits = facts.totals(Set.of(Component.of(VISITS)), groups.narrow(where, MEDICAL), days)
			.getOrDefault(Component.of(VISITS), BigDecimal.ZERO);
		Map<String, BigDecimal> byLevel = new LinkedHashMap<>();
		for (String level : LEVELS) {
			byLevel.put(level, facts.totals(Set.of(Component.of(VISITS)), groups.narrow(where, level), days)
				.getOrDefault(Component.of(VISITS), BigDecimal.ZERO));
		}
		return new Tally(t.getOrDefault(Component.of(SETTLEMENTS), BigDecimal.ZERO),
				t.getOrDefault(Component.of(FUND), BigDecimal.ZERO), visits, byLevel);
	}

}
