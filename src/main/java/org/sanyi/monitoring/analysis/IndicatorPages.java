package org.sanyi.monitoring.analysis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.sanyi.monitoring.analysis.IndicatorQueries.Snapshot;
import org.sanyi.monitoring.engine.IndicatorValue;
import org.sanyi.monitoring.engine.Period;
import org.sanyi.monitoring.indicator.DefinitionRow;
import org.sanyi.monitoring.indicator.IndicatorSet;
import org.sanyi.registry.Region;
import org.sanyi.security.AuditAction;
import org.sanyi.security.AuditLog;
import org.sanyi.security.CurrentUsers;
import org.sanyi.security.DataScope;
import org.sanyi.shared.io.ExcelExport;
import org.sanyi.shared.io.ExcelExport.Column;
import org.sanyi.shared.web.Downloads;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * The indicator browser: one set of indicators × an area and the areas one level down
 * (drill down by clicking) × a month, quarter or year; a trend chart of one indicator
 * over the last periods and a bar chart over the sub-areas; every figure a link to its
 * explanation; Excel export of the table. Data scope: the viewer's own region or
 * institution and below.
 */
@Controller
class IndicatorPages {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final IndicatorQueries queries;

	private final Areas areas;

	private final Figures figures;

	private final AuditLog audit;

	private final MessageSource messages;

	private final InsuredCounties insuredCounties;

	IndicatorPages(IndicatorQueries queries, Areas areas, Figures figures, AuditLog audit, MessageSource messages,
			InsuredCounties insuredCounties) {
		this.insuredCounties = insuredCounties;
		this.queries = queries;
		this.areas = areas;
		this.figures = figures;
		this.audit = audit;
		this.messages = messages;
	}

	/** One line of the table: an area and its values by indicator code. */
	record Row(Area area, boolean drillable, Map<String, IndicatorValue> values) {
	}

	@GetMapping("/monitoring/indicators")
	@PreAuthorize("hasAuthority('monitoring:indicator:list')")
	String browse(@RequestParam(required = false) String area, @RequestParam(required = false) String period,
			@RequestParam(required = false) String set, @RequestParam(name = "chart", required = false) String focus,
			@RequestParam(required = false) String alliance, @RequestParam(required = false) String insured,
			Model model) {
		DataScope scope = CurrentUsers.scope();
		Area shown = areas.resolve(alliance == null || alliance.isBlank() ? area : alliance, scope);
		IndicatorSet chosenSet = set(set, scope);
		Region county = insuredCounties.checked(insured);
		Snapshot snapshot = queries.snapshot(county == null ? null : county.code());
		List<DefinitionRow> columns = columns(snapshot, chosenSet);
		Period p = period == null || period.isBlank()
				? snapshot.latestMonth(columns, areas.selection(shown, IndicatorQueries.lastMonth()))
				: IndicatorQueries.period(period);
		List<Row> rows = rows(snapshot, columns, shown, p, scope);
		DefinitionRow focused = columns.stream()
			.filter(c -> c.code().equals(focus))
			.findFirst()
			.orElse(columns.isEmpty() ? null : columns.getFirst());
		model.addAttribute("area", shown);
		model.addAttribute("lineage", areas.lineage(shown, scope));
		model.addAttribute("alliances", areas.alliances(areas.home(scope), p.last()));
		model.addAttribute("period", p);
		model.addAttribute("periods", PeriodChoices.around(p));
		model.addAttribute("sets", IndicatorSet.values());
		model.addAttribute("set", chosenSet);
		model.addAttribute("columns", columns);
		model.addAttribute("rows", rows);
		model.addAttribute("focus", focused);
		model.addAttribute("chart", focused == null ? "{}" : chart(snapshot, focused, shown, p, rows));
		model.addAttribute("insured", county);
		model.addAttribute("insuredCode", county == null ? "" : county.code());
		model.addAttribute("insuredCounties", insuredCounties.of(shown));
		return "monitoring/indicators";
	}

	@GetMapping("/monitoring/indicators/export")
	@PreAuthorize("hasAuthority('monitoring:indicator:list')")
	ResponseEntity<StreamingResponseBody> export(@RequestParam(required = false) String area,
			@RequestParam(required = false) String period, @RequestParam(required = false) String set,
			@RequestParam(required = false) String insured) {
		DataScope scope = CurrentUsers.scope();
		Area shown = areas.resolve(area, scope);
		Period p = IndicatorQueries.period(period);
		Region county = insuredCounties.checked(insured);
		Snapshot snapshot = queries.snapshot(county == null ? null : county.code());
		List<DefinitionRow> columns = columns(snapshot, set(set, scope));
		List<Row> rows = rows(snapshot, columns, shown, p, scope);
		List<Column<Row>> xlsxColumns = new ArrayList<>();
		xlsxColumns.add(new Column<>(t("monitoring.browser.area"), r -> areaName(r.area())));
		xlsxColumns.add(new Column<>(t("monitoring.browser.code"), r -> r.area().code()));
		for (DefinitionRow c : columns) {
			String header = c.name(LocaleContextHolder.getLocale()) + unit(c);
			xlsxColumns.add(new Column<>(header, r -> {
				IndicatorValue v = r.values().get(c.code());
				return v == null ? null : v.value();
			}));
		}
		audit.record(AuditAction.EXPORT, "monitoring:indicator", shown.key(),
				rows.size() + " figures; period=" + p.code() + (county == null ? "" : "; insured=" + county.code()));
		ExcelExport<Row> xlsx = ExcelExport.of(t("monitoring.browser.title"), xlsxColumns);
		return Downloads.xlsx("indicators-" + (shown.code().isEmpty() ? "all" : shown.code()) + "-" + p.code(),
				out -> xlsx.write(rows, out));
	}

	private List<Row> rows(Snapshot snapshot, List<DefinitionRow> columns, Area shown, Period p, DataScope scope) {
		List<Row> rows = new ArrayList<>();
		rows.add(new Row(shown, false, snapshot.values(columns, areas.selection(shown, p), p)));
		for (Area child : areas.children(shown, p.last())) {
			if (Areas.visible(child, scope)) {
				rows.add(new Row(child, child.kind() != Area.Kind.INSTITUTION,
						snapshot.values(columns, areas.selection(child, p), p)));
			}
		}
		return rows;
	}

	private static List<DefinitionRow> columns(Snapshot snapshot, IndicatorSet set) {
		return snapshot.rows().values().stream().filter(r -> r.inSet(set)).toList();
	}

	/**
	 * The set asked for, else the viewer's own: hospital staff their hospital's, the
	 * bureau its fund figures.
	 */
	static IndicatorSet set(String asked, DataScope scope) {
		if (asked != null && !asked.isBlank()) {
			try {
				return IndicatorSet.valueOf(asked);
			}
			catch (IllegalArgumentException ex) {
				// an unknown set shows the default one
			}
		}
		if (scope.kind() == DataScope.Kind.INSTITUTION) {
			return IndicatorSet.HOSPITAL;
		}
		return CurrentUsers.get().roleCode().equals("INSURANCE_OFFICER") ? IndicatorSet.FUND : IndicatorSet.REFORM;
	}

	/**
	 * The focused indicator over the last periods (12 months, 8 quarters, 3 years), and
	 * over the sub-areas.
	 */
	private String chart(Snapshot snapshot, DefinitionRow focus, Area shown, Period p, List<Row> rows) {
		List<String> labels = new ArrayList<>();
		List<Object> values = new ArrayList<>();
		int count = switch (p.kind()) {
			case MONTH -> 12;
			case QUARTER -> 8;
			default -> 3;
		};
		for (Period each : p.trailing(count)) {
			labels.add(each.code());
			IndicatorValue v = snapshot.values(List.of(focus), areas.selection(shown, each), each).get(focus.code());
			values.add(v.value());
		}
		List<String> parts = new ArrayList<>();
		List<Object> partValues = new ArrayList<>();
		for (Row r : rows.subList(1, rows.size())) {
			parts.add(areaName(r.area()));
			partValues.add(r.values().get(focus.code()).value());
		}
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("name", focus.name(LocaleContextHolder.getLocale()) + unit(focus));
		data.put("periods", labels);
		data.put("values", values);
		data.put("parts", parts);
		data.put("partValues", partValues);
		return JSON.writeValueAsString(data);
	}

	private String unit(DefinitionRow d) {
		String unit = !d.factor().symbol().isEmpty() ? d.factor().symbol()
				: d.unit().isEmpty() ? "" : t("monitoring.unit." + d.unit());
		return unit.isEmpty() ? ""
				: messages.getMessage("monitoring.unit.wrap", new Object[] { unit }, LocaleContextHolder.getLocale());
	}

	private String areaName(Area a) {
		return a.kind() == Area.Kind.PLATFORM ? t("monitoring.area.platform") : a.name();
	}

	private String t(String key) {
		return messages.getMessage(key, null, LocaleContextHolder.getLocale());
	}

}
