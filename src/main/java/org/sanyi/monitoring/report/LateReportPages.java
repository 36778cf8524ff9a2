package org.sanyi.monitoring.report;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.sanyi.monitoring.analysis.Area;
import org.sanyi.monitoring.analysis.Areas;
import org.sanyi.registry.Institution;
import org.sanyi.security.CurrentUsers;
import org.sanyi.security.DataScope;
import org.sanyi.shared.PlatformTime;
import org.sanyi.shared.RegionCode;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * 逾期未报: the hospitals of an area (the viewer's region by default, a county below it, or
 * the viewer's own hospital) whose monthly report form was not submitted by its deadline
 * in the last twelve months, from the first month the area reported the form — never
 * reported, or saved or sent back and not submitted again — the longest overdue first,
 * with the regions below to narrow it.
 */
@Controller
class LateReportPages {

	/** How many months back the list looks. */
	static final int MONTHS = 12;

	private final ReportService reports;

	private final Areas areas;

	LateReportPages(ReportService reports, Areas areas) {
		this.reports = reports;
		this.areas = areas;
	}

	@GetMapping("/monitoring/reports/late")
	@PreAuthorize("hasAuthority('monitoring:report:list')")
	String late(@RequestParam(required = false) String area, Model model) {
		DataScope scope = CurrentUsers.scope();
		Area shown = areas.resolve(area, scope);
		LocalDate today = PlatformTime.today();
		ReportForm form = reports.form(ReportService.HOSPITAL_MONTHLY);
		List<Institution> hospitals = areas.institutions(shown, today)
			.stream()
			.filter(i -> i.kind().isHospital())
			.sorted(Comparator.comparing(Institution::code))
			.toList();
		List<Completeness.Late> late = List.of();
		YearMonth last = YearMonth.from(today).minusMonths(1);
		String prefix = hospitals.isEmpty() ? null : prefix(shown, hospitals, scope);
		// expected from the first month the area reported the form (a region going live
		// is not late for the months before)
		YearMonth first = prefix == null ? null
				: reports.inRegion(form.code(), prefix, last.minusMonths(MONTHS - 1), last)
					.stream()
					.map(r -> YearMonth.parse(r.period()))
					.min(Comparator.naturalOrder())
					.orElse(null);
		if (first != null) {
			List<YearMonth> months = new ArrayList<>();
			for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
				months.add(m);
			}
			Completeness.Grid grid = reports.completeness(form, hospitals.stream().map(Institution::code).toList(),
					months, prefix);
			late = Completeness.late(grid, form::deadline, today);
		}
		model.addAttribute("since", first);
		Map<String, Institution> byCode = new LinkedHashMap<>();
		hospitals.forEach(h -> byCode.put(h.code(), h));
		Set<String> lateHospitals = new TreeSet<>();
		late.forEach(l -> lateHospitals.add(l.institution()));
		model.addAttribute("form", form);
		model.addAttribute("area", shown);
		model.addAttribute("lineage", areas.lineage(shown, scope));
		model.addAttribute("parts",
				areas.children(shown, today).stream().filter(a -> a.kind() == Area.Kind.REGION).toList());
		model.addAttribute("late", late);
		model.addAttribute("hospitals", byCode);
		model.addAttribute("expected", hospitals.size());
		model.addAttribute("lateHospitals", lateHospitals.size());
		model.addAttribute("months", MONTHS);
		return "monitoring/reports-late";
	}

	/** The region prefix the reports are read under (the area's, or the scope's). */
	private static String prefix(Area shown, List<Institution> hospitals, DataScope scope) {
		return switch (shown.kind()) {
			case REGION -> RegionCode.of(shown.code()).prefix();
			case INSTITUTION -> hospitals.getFirst().regionCode();
			case PLATFORM -> "";
			case ALLIANCE -> scope.regionPrefix();
		};
	}

}
