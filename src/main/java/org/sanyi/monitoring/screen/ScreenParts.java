package org.sanyi.monitoring.screen;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.sanyi.monitoring.ScreenErrors;
import org.sanyi.monitoring.alert.AlertRepository.Alert;
import org.sanyi.monitoring.alert.AlertService;
import org.sanyi.monitoring.alert.AlertStatus;
import org.sanyi.monitoring.analysis.Area;
import org.sanyi.monitoring.analysis.Areas;
import org.sanyi.monitoring.analysis.IndicatorQueries;
import org.sanyi.monitoring.engine.IndicatorValue;
import org.sanyi.monitoring.engine.Period;
import org.sanyi.monitoring.indicator.DefinitionRow;
import org.sanyi.monitoring.zone.DiseaseMix;
import org.sanyi.monitoring.zone.Flows;
import org.sanyi.monitoring.zone.Flows.Flow;
import org.sanyi.monitoring.zone.Flows.FlowMatrix;
import org.sanyi.security.DataScope;
import org.sanyi.shared.BusinessException;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * Fills the model of each part of the big screen, for the signed-in page and the wall
 * display alike: the counters, the region map (the area's counties laid out as a graph,
 * sized by the fund paid for care given there, joined by the cross-county flows), the
 * reform indicators with their trend, the open alerts and the largest out-of-area flows.
 */
@Component
class ScreenParts {

	static final List<String> NAMES = List.of("counters", "map", "reform", "alerts", "flows", "drg");

	/** How many DRGs the disease-mix part lists. */
	static final int DRGS = 8;

	static final int ALERTS = 6;

	static final int FLOWS = 8;

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final ScreenData data;

	private final Flows flows;

	private final AlertService alerts;

	private final Areas areas;

	private final IndicatorQueries queries;

	private final DiseaseMix diseases;

	ScreenParts(ScreenData data, Flows flows, AlertService alerts, Areas areas, IndicatorQueries queries,
			DiseaseMix diseases) {
		this.diseases = diseases;
		this.data = data;
		this.flows = flows;
		this.alerts = alerts;
		this.areas = areas;
		this.queries = queries;
	}

	/** Fills one part; an unknown part is not found. */
	void fill(String part, Area area, Model model) {
		switch (part) {
			case "counters" -> {
				ScreenData.Counters counters = data.counters(area);
				model.addAttribute("counters", counters);
				budget(area, counters.month(), model);
			}
			case "map" -> map(area, model);
			case "reform" -> reform(area, model);
			case "alerts" -> alertsOf(area, model);
			case "flows" -> flowsOf(area, model);
			case "drg" -> drgOf(area, model);
			default -> throw new BusinessException(ScreenErrors.PART_NOT_FOUND, part);
		}
	}

	void fillAll(Area area, Model model) {
		NAMES.forEach(name -> fill(name, area, model));
	}

	/**
	 * The month the map and the flows are of: the last whole month with fees (looking
	 * back a year), like the reform indicators; a month just begun says little about
	 * where people are treated.
	 */
	private Period month(Area area, Model model) {
		Object known = model.getAttribute("flowsMonth");
		if (known instanceof Period p) {
			return p;
		}
		Period month = IndicatorQueries.lastMonth();
		for (int back = 0; back <= 12; back++) {
			Period candidate = month.periodsAway(-back);
			if (flows.of(area, candidate.first(), candidate.last()).fees().signum() != 0) {
				month = candidate;
				break;
			}
		}
		model.addAttribute("flowsMonth", month);
		return month;
	}

	private void map(Area area, Model model) {
		Period month = month(area, model);
		FlowMatrix matrix = flows.of(area, month.first(), month.last());
		Set<String> counties = new LinkedHashSet<>();
		Map<String, String> names = new LinkedHashMap<>(matrix.names());
		for (Area part : areas.children(area, month.last())) {
			if (part.kind() == Area.Kind.REGION) {
				counties.add(part.code());
				names.put(part.code(), part.name());
			}
		}
		if (area.kind() == Area.Kind.REGION && matrix.treatment().contains(area.code())) {
			counties.add(area.code());
		}
		Map<String, BigDecimal> fundTreated = new LinkedHashMap<>();
		counties.forEach(c -> fundTreated.put(c, BigDecimal.ZERO));
		List<Map<String, Object>> links = new ArrayList<>();
		for (Flow f : matrix.flows()) {
			if (fundTreated.containsKey(f.treatment())) {
				fundTreated.merge(f.treatment(), f.fund(), BigDecimal::add);
			}
			if (f.crossCounty() && counties.contains(f.insured()) && counties.contains(f.treatment())) {
				links.add(Map.of("source", names.get(f.insured()), "target", names.get(f.treatment()), "value",
						f.fees()));
			}
		}
		List<Map<String, Object>> nodes = new ArrayList<>();
		fundTreated.forEach((code, fund) -> nodes.add(Map.of("name", names.getOrDefault(code, code), "value", fund)));
		model.addAttribute("mapMonth", month);
		model.addAttribute("mapCounties", counties.size());
		model.addAttribute("mapChart", JSON.writeValueAsString(Map.of("nodes", nodes, "links", links)));
	}

	private void reform(Area area, Model model) {
		List<ScreenData.Trend> trends = data.reform(area);
		Map<String, String> charts = new LinkedHashMap<>();
		for (ScreenData.Trend t : trends) {
			Map<String, Object> chart = new LinkedHashMap<>();
			chart.put("months", t.months());
			chart.put("values", t.values());
			charts.put(t.definition().code(), JSON.writeValueAsString(chart));
		}
		model.addAttribute("trends", trends);
		model.addAttribute("trendCharts", charts);
		model.addAttribute("trendMonth",
				trends.isEmpty() || trends.getFirst().months().isEmpty() ? "" : trends.getFirst().months().getLast());
	}

	/** The indicator of the global budgets' execution shown among the counters. */
	static final String BUDGET_EXECUTION = "budget_execution";

	/**
	 * 总额预算执行率 of the counters' year so far: the members' spend to date over the year's
	 * budget (its progress), when the definition is approved and the area has a budget.
	 */
	private void budget(Area area, Period month, Model model) {
		IndicatorQueries.Snapshot snapshot = queries.snapshot();
		List<DefinitionRow> rows = snapshot.select(List.of(BUDGET_EXECUTION));
		if (rows.isEmpty()) {
			return;
		}
		Period year = Period.year(month.first().getYear());
		IndicatorValue value = snapshot.values(rows, areas.selection(area, year), year).get(BUDGET_EXECUTION);
		if (value != null && value.defined()) {
			model.addAttribute("budgetRow", rows.getFirst());
			model.addAttribute("budget", value);
			model.addAttribute("budgetYear", year);
			model.addAttribute("budgetBar", value.value().min(BigDecimal.valueOf(100)).max(BigDecimal.ZERO));
		}
	}

	private void alertsOf(Area area, Model model) {
		DataScope scope = area.kind() == Area.Kind.PLATFORM ? DataScope.all() : DataScope.region(area.code());
		List<Alert> open = alerts.alerts(scope)
			.stream()
			.filter(a -> a.status() == AlertStatus.OPEN)
			.limit(ALERTS)
			.toList();
		model.addAttribute("alerts", open);
		model.addAttribute("indicatorRows", queries.snapshot().rows());
	}

	private void flowsOf(Area area, Model model) {
		Period month = month(area, model);
		FlowMatrix matrix = flows.of(area, month.first(), month.last());
		model.addAttribute("flowMonth", month);
		model.addAttribute("flows", matrix.largestCrossCounty(FLOWS));
		model.addAttribute("flowNames", matrix.names());
		model.addAttribute("flowShare", share(matrix.crossCountyFees(), matrix.fees()));
		model.addAttribute("outOfRegionShare", share(matrix.outOfRegionFees(), matrix.fees()));
	}

	/** The largest DRGs by cases of the last month with DRG month results. */
	private void drgOf(Area area, Model model) {
		Period month = diseases.latestMonth(area);
		DiseaseMix.Mix mix = diseases.of(area, month.first(), month.last());
		model.addAttribute("drgMonth", month);
		model.addAttribute("drgMix", mix);
		model.addAttribute("drgTop", mix.topByCases(DRGS));
	}

	/** A share in percent with two decimals, null when there is nothing to divide. */
	static BigDecimal share(BigDecimal part, BigDecimal whole) {
		if (whole.signum() == 0) {
			return null;
		}
		return part.multiply(BigDecimal.valueOf(100)).divide(whole, 2, java.math.RoundingMode.HALF_UP);
	}

}
