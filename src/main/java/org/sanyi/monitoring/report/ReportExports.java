package org.sanyi.monitoring.report;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.sanyi.registry.Institution;
import org.sanyi.registry.Registry;
import org.sanyi.security.AuditAction;
import org.sanyi.security.AuditLog;
import org.sanyi.security.CurrentUsers;
import org.sanyi.security.DataScope;
import org.sanyi.shared.io.ExcelExport;
import org.sanyi.shared.io.ExcelExport.Column;
import org.sanyi.shared.web.Downloads;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * Excel export of the approved monthly reports (locked values) of the six months the
 * completeness grid shows, for the hospitals in the viewer's scope (a hospital its own):
 * one line per hospital and month, one column per cell of the form, headed by its label
 * and code. Audited as an export.
 */
@Controller
class ReportExports {

	/** Months of one export: the grid's. */
	static final int MONTHS = 6;

	private final ReportService reports;

	private final Registry registry;

	private final AuditLog audit;

	private final MessageSource messages;

	ReportExports(ReportService reports, Registry registry, AuditLog audit, MessageSource messages) {
		this.reports = reports;
		this.registry = registry;
		this.audit = audit;
		this.messages = messages;
	}

	/** One approved report: the hospital, the month and its values by cell code. */
	record Line(String institution, String name, String period, Map<String, BigDecimal> values) {
	}

	@GetMapping("/monitoring/reports/export")
	@PreAuthorize("hasAuthority('monitoring:report:list')")
	ResponseEntity<StreamingResponseBody> export(@RequestParam(required = false) String month) {
		DataScope scope = CurrentUsers.scope();
		ReportForm form = reports.form(ReportService.HOSPITAL_MONTHLY);
		YearMonth last = ReportFormPages.lastMonth(month);
		YearMonth first = last.minusMonths(MONTHS - 1);
		String prefix = scope.kind() == DataScope.Kind.INSTITUTION
				? reports.institution(scope.institutionCode(), scope).regionCode() : scope.regionPrefix();
		Map<String, Line> lines = new LinkedHashMap<>();
		for (ReportFormRepository.Approved v : reports.approvedValues(form.code(), prefix, first, last)) {
			if (scope.kind() == DataScope.Kind.INSTITUTION && !v.institution().equals(scope.institutionCode())) {
				continue;
			}
			lines
				.computeIfAbsent(v.institution() + "|" + v.period(),
						k -> new Line(v.institution(),
								registry.institution(v.institution()).map(Institution::name).orElse(v.institution()),
								v.period(), new LinkedHashMap<>()))
				.values()
				.put(v.cellCode(), v.value());
		}
		List<Line> rows = new ArrayList<>(lines.values());
		rows.sort(java.util.Comparator.comparing(Line::period).thenComparing(Line::institution));
		Locale locale = LocaleContextHolder.getLocale();
		List<Column<Line>> columns = new ArrayList<>();
		columns.add(new Column<>(t("monitoring.late.hospital"), Line::name));
		columns.add(new Column<>(t("monitoring.browser.code"), Line::institution));
		columns.add(new Column<>(t("monitoring.reports.month"), Line::period));
		for (ReportForm.Cell cell : form.cells()) {
			columns.add(new Column<>(cell.label(locale) + " (" + cell.code() + ")", l -> l.values().get(cell.code())));
		}
		audit.record(AuditAction.EXPORT, "monitoring:report", form.code(),
				rows.size() + " approved reports; " + first + ".." + last);
		ExcelExport<Line> xlsx = ExcelExport.of(form.name(locale), columns);
		return Downloads.xlsx("reports-" + form.code() + "-" + first + "-" + last, out -> xlsx.write(rows, out));
	}

	private String t(String key) {
		return messages.getMessage(key, null, LocaleContextHolder.getLocale());
	}

}
