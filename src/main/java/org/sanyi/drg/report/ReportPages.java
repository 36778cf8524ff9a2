package org.sanyi.drg.report;

import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.sanyi.drg.DrgErrors;
import org.sanyi.drg.report.ReportRepository.MonthRow;
import org.sanyi.drg.payment.MonthSettlementService;
import org.sanyi.security.AuditAction;
import org.sanyi.security.AuditLog;
import org.sanyi.security.CurrentUser;
import org.sanyi.security.CurrentUsers;
import org.sanyi.security.DataScope;
import org.sanyi.shared.BusinessException;
import org.sanyi.shared.PlatformTime;
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
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The hospital DRG report: CMI, 结算率, groups, outliers and the month trend of an
 * institution's settled months, the run of a month's settlement and the export. Data
 * scope applies: a hospital sees its own report.
 */
@Controller
class ReportPages {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final ReportRepository reports;

	private final MonthSettlementService months;

	private final InstitutionNames institutions;

	private final AuditLog audit;

	private final MessageSource messages;

	ReportPages(ReportRepository reports, MonthSettlementService months, InstitutionNames institutions, AuditLog audit,
			MessageSource messages) {
		this.reports = reports;
		this.months = months;
		this.institutions = institutions;
		this.audit = audit;
		this.messages = messages;
	}

	@GetMapping("/drg/report")
	@PreAuthorize("hasAuthority('drg:report:list')")
	String report(@RequestParam(required = false) String institution, @RequestParam(required = false) String month,
			Model model) {
		DataScope scope = CurrentUsers.scope();
		List<String> codes = reports.institutions(scope);
		String chosen = institution != null && codes.contains(institution) ? institution
				: scope.kind() == DataScope.Kind.INSTITUTION ? scope.institutionCode()
						: codes.isEmpty() ? null : codes.getFirst();
		model.addAttribute("institutions", codes);
		model.addAttribute("names", institutions.of(codes));
		model.addAttribute("institution", chosen);
		model.addAttribute("overview",
				scope.kind() == DataScope.Kind.INSTITUTION ? List.of() : reports.latestMonths(scope));
		List<MonthRow> history = chosen == null ? List.of() : reports.months(chosen, scope);
		MonthRow current = history.stream()
			.filter(m -> m.monthText().equals(month))
			.findFirst()
			.orElse(history.isEmpty() ? null : history.getLast());
		model.addAttribute("history", history);
		model.addAttribute("m", current);
		model.addAttribute("month",
				current == null ? YearMonth.from(PlatformTime.today()).minusMonths(1).toString() : current.monthText());
		model.addAttribute("groups", current == null ? List.of() : reports.groups(current.id()));
		model.addAttribute("outliers", current == null ? List.of() : reports.outliers(current.id()));
		model.addAttribute("trend", trend(history));
		model.addAttribute("groupChart", current == null ? "{}" : groupChart(reports.groups(current.id())));
		return "drg/report";
	}

	@PostMapping("/drg/report/settle")
	@PreAuthorize("hasAuthority('drg:settlement:run')")
	String settle(@RequestParam String month, @RequestParam(required = false) String institution,
			RedirectAttributes redirect) {
		CurrentUser user = CurrentUsers.get();
		YearMonth m;
		try {
			m = YearMonth.parse(month.strip());
		}
		catch (java.time.format.DateTimeParseException ex) {
			throw new BusinessException(DrgErrors.MONTH_INVALID, month);
		}
		int settled = months.settleAll(m, user.username(), user.scope());
		audit.describe("drg:settlement", m.toString(), settled + " hospitals");
		redirect.addFlashAttribute("notice", messages.getMessage("drg.report.settled",
				new Object[] { m.toString(), settled }, LocaleContextHolder.getLocale()));
		return "redirect:/drg/report?month=" + m + (institution == null ? "" : "&institution=" + institution);
	}

	@GetMapping("/drg/report/export")
	@PreAuthorize("hasAuthority('drg:report:list')")
	ResponseEntity<StreamingResponseBody> exportReport(@RequestParam String institution) {
		List<MonthRow> rows = reports.months(institution, CurrentUsers.scope());
		audit.record(AuditAction.EXPORT, "drg:report", institution, rows.size() + " months");
		ExcelExport<MonthRow> xlsx = ExcelExport.of(t("drg.report.title"),
				List.of(new Column<>(t("drg.report.month"), MonthRow::monthText),
						new Column<>(t("drg.report.cases"), MonthRow::cases),
						new Column<>(t("drg.report.drgCases"), MonthRow::drgCases),
						new Column<>(t("drg.report.ffsCases"), MonthRow::ffsCases),
						new Column<>(t("drg.report.highCases"), MonthRow::highCases),
						new Column<>(t("drg.report.lowCases"), MonthRow::lowCases), new Column<>("CMI", MonthRow::cmi),
						new Column<>(t("drg.report.totalCost"), MonthRow::totalCost),
						new Column<>(t("drg.report.drgFund"), MonthRow::drgFund),
						new Column<>(t("drg.report.ffsFund"), MonthRow::ffsFund),
						new Column<>(t("drg.report.settleRate"), MonthRow::settleRate),
						new Column<>(t("drg.report.surplus"), MonthRow::surplus),
						new Column<>(t("drg.report.costIndex"), MonthRow::costIndex),
						new Column<>(t("drg.report.timeIndex"), MonthRow::timeIndex),
						new Column<>(t("drg.report.parameters"), MonthRow::parameterCode)));
		return Downloads.xlsx("drg-report-" + institution, out -> xlsx.write(rows, out));
	}

	private static String trend(List<MonthRow> history) {
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("months", history.stream().map(MonthRow::monthText).toList());
		data.put("cmi", history.stream().map(m -> m.cmi() == null ? null : m.cmi().toPlainString()).toList());
		data.put("rate", history.stream()
			.map(m -> m.settleRate() == null ? null
					: m.settleRate().movePointRight(2).setScale(2, java.math.RoundingMode.HALF_UP).toPlainString())
			.toList());
		data.put("drgFund", history.stream().map(m -> m.drgFund().toPlainString()).toList());
		data.put("ffsFund", history.stream().map(m -> m.ffsFund().toPlainString()).toList());
		data.put("costIndex",
				history.stream().map(m -> m.costIndex() == null ? null : m.costIndex().toPlainString()).toList());
		data.put("timeIndex",
				history.stream().map(m -> m.timeIndex() == null ? null : m.timeIndex().toPlainString()).toList());
		return JSON.writeValueAsString(data);
	}

	private static String groupChart(List<ReportRepository.GroupRow> groups) {
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("groups", groups.stream().map(g -> g.drg()).toList());
		data.put("surplus", groups.stream().map(g -> g.surplus().toPlainString()).toList());
		return JSON.writeValueAsString(data);
	}

	// ---- helpers
	// -----------------------------------------------------------------------------------------------

	private String t(String key) {
		return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
	}

}
