package org.sanyi.monitoring.report;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.sanyi.monitoring.analysis.Areas;
import org.sanyi.monitoring.report.ReportRejected.CellError;
import org.sanyi.registry.Institution;
import org.sanyi.security.AuditLog;
import org.sanyi.security.CurrentUser;
import org.sanyi.security.CurrentUsers;
import org.sanyi.security.DataScope;
import org.sanyi.shared.BusinessException;
import org.sanyi.shared.PlatformTime;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 报表填报: a hospital's months of the monthly form (fill, save, submit, import CSV); a
 * regulator's completeness grid of the hospitals in scope, and the reports waiting for
 * approval.
 */
@Controller
class ReportFormPages {

	/** Months shown on the completeness grid. */
	private static final int GRID_MONTHS = 6;

	private final ReportService reports;

	private final Areas areas;

	private final AuditLog audit;

	private final MessageSource messages;

	ReportFormPages(ReportService reports, Areas areas, AuditLog audit, MessageSource messages) {
		this.reports = reports;
		this.areas = areas;
		this.audit = audit;
		this.messages = messages;
	}

	@GetMapping("/monitoring/reports")
	@PreAuthorize("hasAuthority('monitoring:report:list')")
	String list(@RequestParam(required = false) String month, Model model) {
		DataScope scope = CurrentUsers.scope();
		ReportForm form = reports.form(ReportService.HOSPITAL_MONTHLY);
		YearMonth last = lastMonth(month);
		model.addAttribute("form", form);
		model.addAttribute("month", last);
		model.addAttribute("previous", last.minusMonths(GRID_MONTHS));
		model.addAttribute("next", last.plusMonths(GRID_MONTHS).isAfter(YearMonth.from(PlatformTime.today())) ? null
				: last.plusMonths(GRID_MONTHS));
		if (scope.kind() == DataScope.Kind.INSTITUTION) {
			Institution own = reports.institution(scope.institutionCode(), scope);
			model.addAttribute("institution", own);
			Completeness.Grid grid = grid(form, List.of(own), last);
			model.addAttribute("grid", grid);
			model.addAttribute("recent", grid.months().reversed());
			return "monitoring/reports";
		}
		List<Institution> hospitals = areas.institutions(areas.home(scope), PlatformTime.today())
			.stream()
			.filter(i -> i.kind().isHospital())
			.sorted(Comparator.comparing(Institution::code))
			.toList();
		model.addAttribute("hospitals", hospitals);
		model.addAttribute("grid", grid(form, hospitals, last));
		model.addAttribute("waiting",
				reports.inRegion(form.code(), scope.regionPrefix(), last.minusMonths(23), last)
					.stream()
					.filter(r -> r.status() == ReportStatus.SUBMITTED)
					.toList());
		model.addAttribute("names", hospitals.stream()
			.collect(java.util.stream.Collectors.toMap(Institution::code, Institution::name, (a, b) -> a)));
		return "monitoring/reports";
	}

	private Completeness.Grid grid(ReportForm form, List<Institution> institutions, YearMonth last) {
		List<YearMonth> months = new ArrayList<>();
		for (int i = GRID_MONTHS - 1; i >= 0; i--) {
			months.add(last.minusMonths(i));
		}
		String prefix = institutions.size() == 1 ? institutions.getFirst().regionCode()
				: CurrentUsers.scope().regionPrefix();
		return reports.completeness(form, institutions.stream().map(Institution::code).toList(), months, prefix);
	}

	@GetMapping("/monitoring/reports/{institution}/{period}")
	@PreAuthorize("hasAuthority('monitoring:report:list')")
	String report(@PathVariable String institution, @PathVariable String period, Model model) {
		DataScope scope = CurrentUsers.scope();
		Institution hospital = reports.institution(institution, scope);
		YearMonth month = parse(period);
		ReportForm form = reports.form(ReportService.HOSPITAL_MONTHLY);
		ReportService.Filed filed = reports.filed(form.code(), hospital.code(), month);
		model.addAttribute("form", form);
		model.addAttribute("institution", hospital);
		model.addAttribute("month", month);
		model.addAttribute("deadline", form.deadline(month));
		model.addAttribute("report", filed.report().orElse(null));
		if (!model.containsAttribute("texts")) {
			Map<String, String> texts = new java.util.HashMap<>();
			filed.values().forEach((cell, value) -> texts.put(cell, plain(value)));
			model.addAttribute("texts", texts);
		}
		boolean editable = scope.kind() == DataScope.Kind.INSTITUTION
				&& filed.report().map(r -> r.status().editable()).orElse(true)
				&& CurrentUsers.get().can("monitoring:report:fill");
		model.addAttribute("editable", editable);
		model.addAttribute("sections", form.sections(LocaleContextHolder.getLocale()));
		return "monitoring/report";
	}

	@PostMapping("/monitoring/reports/{institution}/{period}")
	@PreAuthorize("hasAuthority('monitoring:report:fill')")
	String save(@PathVariable String institution, @PathVariable String period, @RequestParam Map<String, String> form,
			RedirectAttributes redirect) {
		CurrentUser user = CurrentUsers.get();
		boolean submit = "submit".equals(form.get("action"));
		try {
			long id = reports.save(ReportService.HOSPITAL_MONTHLY, institution, period, form, submit, user.username(),
					user.scope());
			audit.describe("monitoring:report", String.valueOf(id), submit ? "submit" : "save");
			redirect.addFlashAttribute("notice", submit ? "monitoring.report.submitted" : "monitoring.report.saved");
		}
		catch (ReportRejected ex) {
			redirect.addFlashAttribute("texts", form);
			redirect.addFlashAttribute("cellErrors", describe(ex, reports.form(ReportService.HOSPITAL_MONTHLY)));
			redirect.addFlashAttribute("errorCells", ex.errors().stream().map(CellError::cell).toList());
			redirect.addFlashAttribute("error", text(ex));
		}
		catch (BusinessException ex) {
			redirect.addFlashAttribute("error", text(ex));
		}
		return "redirect:/monitoring/reports/" + institution + "/" + period;
	}

	@PostMapping("/monitoring/reports/import")
	@PreAuthorize("hasAuthority('monitoring:report:fill')")
	String importCsv(@RequestParam("file") MultipartFile file, RedirectAttributes redirect) throws IOException {
		CurrentUser user = CurrentUsers.get();
		try (var reader = new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8)) {
			List<String> months = reports.importCsv(ReportService.HOSPITAL_MONTHLY, user.scope().institutionCode(),
					reader, user.username(), user.scope());
			audit.describe("monitoring:report", user.scope().institutionCode(), "import " + String.join(",", months));
			redirect.addFlashAttribute("imported", String.join("、", months));
		}
		catch (ReportRejected ex) {
			redirect.addFlashAttribute("cellErrors", describe(ex, reports.form(ReportService.HOSPITAL_MONTHLY)));
			redirect.addFlashAttribute("error", text(ex));
		}
		catch (BusinessException ex) {
			redirect.addFlashAttribute("error", text(ex));
		}
		return "redirect:/monitoring/reports";
	}

	/** An empty CSV file with the form's columns, to fill in a spreadsheet. */
	@GetMapping("/monitoring/reports/template.csv")
	@PreAuthorize("hasAuthority('monitoring:report:fill')")
	ResponseEntity<byte[]> template() {
		ReportForm form = reports.form(ReportService.HOSPITAL_MONTHLY);
		StringBuilder csv = new StringBuilder("\uFEFFperiod");
		form.cells().forEach(c -> csv.append(',').append(c.code()));
		csv.append("\r\n");
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + form.code() + ".csv\"")
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.body(csv.toString().getBytes(StandardCharsets.UTF_8));
	}

	@PostMapping("/monitoring/reports/{id}/approve")
	@PreAuthorize("hasAuthority('monitoring:report:approve')")
	String approve(@PathVariable long id, @RequestParam(required = false) String back, RedirectAttributes redirect) {
		CurrentUser user = CurrentUsers.get();
		try {
			reports.approve(id, user.username(), user.scope());
			audit.describe("monitoring:report", String.valueOf(id), "approve");
			redirect.addFlashAttribute("notice", "monitoring.report.approved");
		}
		catch (BusinessException ex) {
			redirect.addFlashAttribute("error", text(ex));
		}
		return "redirect:" + back(back);
	}

	@PostMapping("/monitoring/reports/{id}/reject")
	@PreAuthorize("hasAuthority('monitoring:report:approve')")
	String reject(@PathVariable long id, @RequestParam(required = false) String note,
			@RequestParam(required = false) String back, RedirectAttributes redirect) {
		CurrentUser user = CurrentUsers.get();
		try {
			reports.reject(id, user.username(), note, user.scope());
			audit.describe("monitoring:report", String.valueOf(id), "reject");
			redirect.addFlashAttribute("notice", "monitoring.report.rejected");
		}
		catch (BusinessException ex) {
			redirect.addFlashAttribute("error", text(ex));
		}
		return "redirect:" + back(back);
	}

	/** Only the report pages are places to return to. */
	private static String back(String back) {
		return back != null && back.matches("/monitoring/reports(/[A-Z0-9]{1,20}/\\d{4}-\\d{2})?") ? back
				: "/monitoring/reports";
	}

	/** Each cell error as a line: where (CSV line, month, cell label) and what. */
	private List<String> describe(ReportRejected ex, ReportForm form) {
		Locale locale = LocaleContextHolder.getLocale();
		List<String> lines = new ArrayList<>();
		for (CellError e : ex.errors()) {
			StringBuilder where = new StringBuilder();
			if (e.line() > 0) {
				where.append(messages.getMessage("monitoring.report.line", new Object[] { e.line() }, locale))
					.append(' ');
			}
			if (!e.period().isEmpty()) {
				where.append(e.period()).append(' ');
			}
			if (e.cell() != null) {
				where.append(form.cell(e.cell()).map(c -> c.label(locale)).orElse(e.cell()))
					.append('（')
					.append(e.cell())
					.append('）');
			}
			String what = messages.getMessage(e.error().messageKey(), new Object[] { e.text() }, locale);
			lines.add(e.error().code() + " " + where.toString().strip() + "：" + what);
		}
		return lines;
	}

	private String text(BusinessException ex) {
		return ex.error().code() + " "
				+ messages.getMessage(ex.error().messageKey(), ex.args(), LocaleContextHolder.getLocale());
	}

	private static String plain(java.math.BigDecimal value) {
		return value.stripTrailingZeros().scale() <= 0 ? value.setScale(0).toPlainString() : value.toPlainString();
	}

	static YearMonth lastMonth(String month) {
		YearMonth latest = YearMonth.from(PlatformTime.today()).minusMonths(1);
		if (month == null || month.isBlank()) {
			return latest;
		}
		YearMonth chosen = parse(month);
		return chosen.isAfter(latest) ? latest : chosen;
	}

	private static YearMonth parse(String text) {
		try {
			return YearMonth.parse(text);
		}
		catch (java.time.format.DateTimeParseException ex) {
			throw new BusinessException(ReportErrors.REPORT_PERIOD_INVALID, text);
		}
	}

}
