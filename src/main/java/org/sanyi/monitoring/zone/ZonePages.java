package org.sanyi.monitoring.zone;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.sanyi.monitoring.analysis.Area;
import org.sanyi.monitoring.analysis.Areas;
import org.sanyi.monitoring.analysis.IndicatorQueries;
import org.sanyi.monitoring.analysis.PeriodChoices;
import org.sanyi.monitoring.engine.Period;
import org.sanyi.monitoring.zone.Flows.Flow;
import org.sanyi.monitoring.zone.Flows.FlowMatrix;
import org.sanyi.security.AuditLog;
import org.sanyi.security.CurrentUsers;
import org.sanyi.security.DataScope;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * 医保数据专区 pages: the out-of-area flow matrix (insured county × treatment county, with
 * fees, fund and visits; a cell drills down to the treating institutions, a county to its
 * own matrix) and the fund flows (by direction, scheme, level, county, alliance), each
 * with ECharts and an export. Data scope: the viewer's region and below.
 */
@Controller
class ZonePages {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final Flows flows;

	private final FundFlows funds;

	private final Areas areas;

	private final MessageSource messages;

	private final DiseaseMix diseases;

	private final DiseaseChapters chapters;

	private final AuditLog audit;

	ZonePages(Flows flows, FundFlows funds, Areas areas, MessageSource messages, DiseaseMix diseases,
			DiseaseChapters chapters, AuditLog audit) {
		this.diseases = diseases;
		this.chapters = chapters;
		this.audit = audit;
		this.flows = flows;
		this.funds = funds;
		this.areas = areas;
		this.messages = messages;
	}

	@GetMapping("/monitoring/zone/flows")
	@PreAuthorize("hasAuthority('monitoring:zone:view')")
	String flows(@RequestParam(required = false) String area, @RequestParam(required = false) String period,
			@RequestParam(required = false) String insured, @RequestParam(required = false) String treatment,
			Model model) {
		DataScope scope = CurrentUsers.scope();
		Area shown = areas.resolve(area, scope);
		Period p = period(period, shown);
		FlowMatrix matrix = flows.of(shown, p.first(), p.last());
		common(model, shown, p, scope);
		model.addAttribute("matrix", matrix);
		model.addAttribute("chart", heatmap(matrix));
		model.addAttribute("drillable",
				areas.children(shown, p.last())
					.stream()
					.filter(a -> a.kind() == Area.Kind.REGION)
					.map(Area::code)
					.collect(java.util.stream.Collectors.toSet()));
		if (insured != null && treatment != null) {
			model.addAttribute("insured", insured);
			model.addAttribute("treatment", treatment);
			List<Flows.InstitutionFlow> behind = flows.institutions(shown, p.first(), p.last(), insured, treatment);
			model.addAttribute("cellInstitutions", behind);
			model.addAttribute("cellTotal", new Flows.InstitutionFlow("", "",
					behind.stream().map(Flows.InstitutionFlow::fees).reduce(BigDecimal.ZERO, BigDecimal::add),
					behind.stream().map(Flows.InstitutionFlow::fund).reduce(BigDecimal.ZERO, BigDecimal::add),
					behind.stream().map(Flows.InstitutionFlow::visits).reduce(BigDecimal.ZERO, BigDecimal::add)));
		}
		return "monitoring/zone-flows";
	}

	@GetMapping("/monitoring/zone/funds")
	@PreAuthorize("hasAuthority('monitoring:zone:view')")
	String funds(@RequestParam(required = false) String area, @RequestParam(required = false) String period,
			Model model) {
		DataScope scope = CurrentUsers.scope();
		Area shown = areas.resolve(area, scope);
		Period p = period(period, shown);
		FundFlows.Breakdown breakdown = funds.of(shown, p.first(), p.last());
		common(model, shown, p, scope);
		model.addAttribute("breakdown", breakdown);
		Map<String, String> charts = new LinkedHashMap<>();
		breakdown.slices().forEach((d, slices) -> charts.put(d, bars(slices)));
		model.addAttribute("labels", labels(breakdown));
		model.addAttribute("charts", charts);
		return "monitoring/zone-funds";
	}

	/** How many DRGs the disease-mix page lists by cases and by fund. */
	static final int TOP_DRGS = 10;

	@GetMapping("/monitoring/zone/diseases")
	@PreAuthorize("hasAuthority('monitoring:zone:view')")
	String diseases(@RequestParam(required = false) String area, @RequestParam(required = false) String period,
			@RequestParam(required = false) String clr, @RequestParam(required = false) String level,
			@RequestParam(required = false) String county, Model model) {
		DataScope scope = CurrentUsers.scope();
		Area shown = areas.resolve(area, scope);
		DiseaseChapters.Filter filter = DiseaseChapters.Filter.of(clr, level, county);
		Period p = period == null || period.isBlank() ? diseases.latestMonth(shown) : IndicatorQueries.period(period);
		DiseaseMix.Mix mix = diseases.of(shown, p.first(), p.last());
		common(model, shown, p, scope);
		DiseaseChapters.Mix byChapter = chapters.of(shown, p, filter);
		model.addAttribute("filter", filter);
		model.addAttribute("levels", DiseaseChapters.LEVELS);
		model.addAttribute("chapters", byChapter);
		Map<String, Object> chapterChart = new LinkedHashMap<>();
		chapterChart.put("keys", byChapter.rows().stream().map(r -> chapterLabel(r)).toList());
		chapterChart.put("values", byChapter.rows().stream().map(DiseaseChapters.Row::cases).toList());
		model.addAttribute("chapterChart", JSON.writeValueAsString(chapterChart));
		model.addAttribute("mix", mix);
		model.addAttribute("byCases", mix.topByCases(TOP_DRGS));
		model.addAttribute("byFund", mix.topByFund(TOP_DRGS));
		model.addAttribute("casesChart", JSON.writeValueAsString(series(mix.topByCases(TOP_DRGS), true)));
		model.addAttribute("fundChart", JSON.writeValueAsString(series(mix.topByFund(TOP_DRGS), false)));
		model.addAttribute("mdcChart", JSON.writeValueAsString(series(mix.mdcs(), true)));
		return "monitoring/zone-diseases";
	}

	/**
	 * The settlements (and months of recorded history) behind one ICD-10 chapter's cases
	 * and fund paid, with the same filters as the page; an audited read.
	 */
	@GetMapping("/monitoring/zone/diseases/chapter")
	@PreAuthorize("hasAuthority('monitoring:zone:view')")
	String chapter(@RequestParam(required = false) String area, @RequestParam String period,
			@RequestParam String chapter, @RequestParam(required = false) String clr,
			@RequestParam(required = false) String level, @RequestParam(required = false) String county, Model model) {
		DataScope scope = CurrentUsers.scope();
		Area shown = areas.resolve(area, scope);
		DiseaseChapters.Filter filter = DiseaseChapters.Filter.of(clr, level, county);
		Period p = IndicatorQueries.period(period);
		DiseaseChapters.Behind behind = chapters.behind(shown, p, filter, chapter);
		audit.read("monitoring:zone", shown.key(), "ICD-10 chapter " + chapter + " " + p.code() + ": "
				+ behind.reports().size() + " of " + behind.count() + " reports");
		common(model, shown, p, scope);
		model.addAttribute("filter", filter);
		model.addAttribute("chapter", chapter);
		model.addAttribute("behind", behind);
		model.addAttribute("chapterName", chapterLabel(behind.row()));
		model.addAttribute("names", institutionNames(shown, p));
		return "monitoring/zone-disease-chapter";
	}

	private Map<String, String> institutionNames(Area shown, Period p) {
		Map<String, String> names = new java.util.HashMap<>();
		areas.institutions(shown, p.last()).forEach(i -> names.put(i.code(), i.name()));
		return names;
	}

	private String chapterLabel(DiseaseChapters.Row r) {
		return messages.getMessage(r.labelKey(), null, r.chapter(), LocaleContextHolder.getLocale());
	}

	/** Labels and values (cases or fund) of DRGs or MDCs for a bar or pie chart. */
	private Map<String, Object> series(List<DiseaseMix.Group> groups, boolean cases) {
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("keys", groups.stream().map(g -> g.drg() + " " + mdcOrName(g)).toList());
		data.put("values", groups.stream().map(g -> cases ? g.cases() : g.fund()).toList());
		return data;
	}

	private String mdcOrName(DiseaseMix.Group g) {
		return g.name().startsWith("MDC")
				? messages.getMessage("drg.mdc." + g.name(), null, g.name(), LocaleContextHolder.getLocale())
				: g.name();
	}

	private void common(Model model, Area shown, Period p, DataScope scope) {
		model.addAttribute("area", shown);
		model.addAttribute("lineage", areas.lineage(shown, scope));
		model.addAttribute("period", p);
		model.addAttribute("periods", PeriodChoices.around(p));
	}

	/**
	 * The period asked for, else the latest month with facts for the area (looking back a
	 * year).
	 */
	Period period(String code, Area area) {
		if (code != null && !code.isBlank()) {
			return IndicatorQueries.period(code);
		}
		Period month = IndicatorQueries.lastMonth();
		for (int back = 0; back <= 12; back++) {
			Period candidate = month.periodsAway(-back);
			if (flows.of(area, candidate.first(), candidate.last()).fees().signum() != 0) {
				return candidate;
			}
		}
		return month;
	}

	private static String heatmap(FlowMatrix m) {
		List<List<Object>> cells = new ArrayList<>();
		for (Flow f : m.flows()) {
			cells.add(List.of(m.treatment().indexOf(f.treatment()), m.insured().indexOf(f.insured()), f.fees()));
		}
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("x", m.treatment().stream().map(c -> m.names().getOrDefault(c, c)).toList());
		data.put("y", m.insured().stream().map(c -> m.names().getOrDefault(c, c)).toList());
		data.put("cells", cells);
		return JSON.writeValueAsString(data);
	}

	/** Each slice's label in the viewer's language, by dimension and key. */
	Map<String, String> labels(FundFlows.Breakdown breakdown) {
		Map<String, String> labels = new LinkedHashMap<>();
		breakdown.slices().forEach((d, slices) -> slices.forEach(s -> labels.put(d + ":" + s.key(), label(s))));
		return labels;
	}

	String label(FundFlows.Slice s) {
		return s.labelKey() ? messages.getMessage(s.label(), null, s.label(), LocaleContextHolder.getLocale())
				: s.label();
	}

	private String bars(List<FundFlows.Slice> slices) {
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("keys", slices.stream().map(this::label).toList());
		data.put("fund", slices.stream().map(FundFlows.Slice::fund).toList());
		data.put("fees", slices.stream().map(FundFlows.Slice::fees).toList());
		return JSON.writeValueAsString(data);
	}

}
