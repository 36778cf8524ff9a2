package org.sanyi.drg.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.sanyi.shared.PlatformTime;
import org.sanyi.drg.DrgErrors;
import org.sanyi.drg.DrgPayments.ParameterProposal;
import org.sanyi.drg.engine.CasePayment;
import org.sanyi.drg.internal.DrgReports;
import org.sanyi.drg.internal.DrgReports.CaseDetail;
import org.sanyi.drg.internal.DrgReports.CaseFilter;
import org.sanyi.drg.internal.DrgReports.MonthRow;
import org.sanyi.drg.internal.MonthSettlementService;
import org.sanyi.drg.internal.ParameterRepository.VersionRow;
import org.sanyi.drg.internal.ParameterRepository.WeightRow;
import org.sanyi.drg.internal.ParameterService;
import org.sanyi.drg.internal.SettlementCases;
import org.sanyi.registry.Institution;
import org.sanyi.registry.Registry;
import org.sanyi.security.AuditAction;
import org.sanyi.security.AuditLog;
import org.sanyi.security.CurrentUser;
import org.sanyi.security.CurrentUsers;
import org.sanyi.security.DataScope;
import org.sanyi.shared.BusinessException;
import org.sanyi.shared.Masking;
import org.sanyi.shared.PageQuery;
import org.sanyi.shared.io.ExcelExport;
import org.sanyi.shared.io.ExcelExport.Column;
import org.sanyi.shared.web.Downloads;
import org.sanyi.terminology.Concept;
import org.sanyi.terminology.Terminology;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * DRG payment pages: settlement lists (list, detail with grouping trace and payment calculation, export), the
 * hospital DRG report (CMI, 结算率, groups, outliers, month trend; settle a month; export) and the payment parameter
 * versions (weights and base rate: propose, approve by a second officer). Data scope applies everywhere.
 */
@Controller
class DrgPaymentPages {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final DrgReports reports;

	private final ParameterService parameters;

	private final MonthSettlementService months;

	private final SettlementCases settlements;

	private final Registry registry;

	private final Terminology terminology;

	private final AuditLog audit;

	private final MessageSource messages;

	DrgPaymentPages(DrgReports reports, ParameterService parameters, MonthSettlementService months,
			SettlementCases settlements, Registry registry, Terminology terminology, AuditLog audit,
			MessageSource messages) {
		this.reports = reports;
		this.parameters = parameters;
		this.months = months;
		this.settlements = settlements;
		this.registry = registry;
		this.terminology = terminology;
		this.audit = audit;
		this.messages = messages;
	}

	// ---- settlement lists --------------------------------------------------------------------------------------

	@GetMapping("/drg/cases")
	@PreAuthorize("hasAuthority('drg:case:list')")
	String cases(CaseFilter filter, @RequestParam(required = false) Integer page, Model model) {
		DataScope scope = CurrentUsers.scope();
		var result = reports.cases(filter, PageQuery.of(page, 20), scope);
		audit.read("drg:case", "list", "page " + result.page() + ", " + result.rows().size() + " rows");
		model.addAttribute("filter", filter);
		model.addAttribute("page", result.map(r -> new MaskedCase(r, Masking.name(r.psnName()))));
		List<String> institutions = scopeInstitutions(scope);
		List<String> shown = new ArrayList<>(institutions);
		result.rows().forEach(r -> shown.add(r.institutionCode()));
		model.addAttribute("names", names(shown));
		model.addAttribute("institutions", institutions);
		return "drg/cases";
	}

	/** A case row with the patient's name masked for the list. */
	record MaskedCase(DrgReports.CaseRow row, String maskedName) {
	}

	@GetMapping("/drg/cases/export")
	@PreAuthorize("hasAuthority('drg:case:list')")
	ResponseEntity<StreamingResponseBody> exportCases(CaseFilter filter) {
		var rows = reports.allCases(filter, CurrentUsers.scope());
		Map<String, String> names = names(rows.stream().map(DrgReports.CaseRow::institutionCode).toList());
		audit.record(AuditAction.EXPORT, "drg:case", "xlsx", rows.size() + " rows");
		ExcelExport<DrgReports.CaseRow> xlsx = ExcelExport.of(t("drg.cases.title"), List.of(
				new Column<>(t("drg.case.setlListId"), DrgReports.CaseRow::setlListId),
				new Column<>(t("drg.case.setlId"), DrgReports.CaseRow::setlId),
				new Column<>(t("drg.case.institution"), r -> names.getOrDefault(r.institutionCode(), r.institutionCode())),
				new Column<>(t("drg.case.patient"), r -> Masking.name(r.psnName())),
				new Column<>(t("drg.case.age"), DrgReports.CaseRow::age),
				new Column<>(t("drg.case.dscgTime"), r -> r.dscgTime()),
				new Column<>(t("drg.case.los"), DrgReports.CaseRow::actIptDays),
				new Column<>(t("drg.case.status"), r -> t("drg.status." + r.status())),
				new Column<>("DRG", DrgReports.CaseRow::drg),
				new Column<>(t("drg.case.drgName"), DrgReports.CaseRow::drgName),
				new Column<>(t("drg.case.medfee"), DrgReports.CaseRow::medfeeSumamt),
				new Column<>(t("drg.case.fund"), DrgReports.CaseRow::fundPaySumamt),
				new Column<>(t("drg.case.infno"), DrgReports.CaseRow::infno)));
		return Downloads.xlsx("drg-cases", out -> xlsx.write(rows, out));
	}

	@GetMapping("/drg/cases/{setlListId}")
	@PreAuthorize("hasAuthority('drg:case:list')")
	String caseDetail(@PathVariable String setlListId, Model model) {
		CaseDetail c = reports.caseDetail(setlListId, CurrentUsers.scope());
		audit.read("drg:case", setlListId, "settlement list of " + c.setlId());
		var settlement = settlements.find(c.setlId()).orElseThrow();
		model.addAttribute("c", c);
		model.addAttribute("s", settlement);
		model.addAttribute("institutionName", names(List.of(c.institutionCode())).get(c.institutionCode()));
		LocalDate on = c.dscgTime().toLocalDate();
		model.addAttribute("diagnoses", named(JSON.readValue(c.diagnoses(), List.class), "ICD10-YB", on));
		model.addAttribute("procedures", named(JSON.readValue(c.procedures(), List.class), "ICD9CM3-YB", on));
		Map<String, String> labels = new LinkedHashMap<>();
		terminology.lookupAll("DEPT", List.of(c.admCaty(), c.dscgCaty()), on)
			.forEach((code, concept) -> labels.put("DEPT:" + code, concept.name()));
		terminology.lookup("DISCHARGE_WAY", c.dscgWay(), on).ifPresent(w -> labels.put("WAY", w.name()));
		model.addAttribute("labels", labels);
		model.addAttribute("trace", JSON.readValue(c.trace(), List.class));
		model.addAttribute("history", reports.history(c.setlId()));
		var paid = reports.paid(setlListId);
		model.addAttribute("paid", paid.orElse(null));
		if (paid.isEmpty() && c.currentVersion()) {
			model.addAttribute("preview", preview(c, settlement));
		}
		return "drg/case";
	}

	/** The list's codes with the terminology's name where the list gave none. */
	@SuppressWarnings("unchecked")
	private List<Map<String, Object>> named(List<?> items, String system, LocalDate on) {
		List<Map<String, Object>> rows = (List<Map<String, Object>>) items;
		Map<String, Concept> concepts = terminology.lookupAll(system,
				rows.stream().map(r -> String.valueOf(r.get("code"))).toList(), on);
		for (Map<String, Object> r : rows) {
			Object name = r.get("name");
			Concept concept = concepts.get(String.valueOf(r.get("code")));
			if ((name == null || name.toString().isBlank()) && concept != null) {
				r.put("name", concept.name());
			}
		}
		return rows;
	}

	/** What the case would be paid with the parameters in force for its discharge date (before its month is settled). */
	record Preview(VersionRow version, WeightRow weight, CasePayment.Outcome outcome, BigDecimal patientPaid) {
	}

	private Preview preview(CaseDetail c, SettlementCases.Row s) {
		return parameters.inForce(c.schemeRegion(), c.dscgTime().toLocalDate()).map(v -> {
			WeightRow w = parameters.weights(v.id()).stream().filter(x -> x.drg().equals(c.drg())).findFirst()
				.orElse(null);
			CasePayment.Outcome o = CasePayment.pay(new CasePayment.Case(c.status(), w == null ? null : w.rw(),
					w == null ? null : w.meanCost(), s.medfeeSumamt(), s.patientPaid(), s.fundPaySumamt()),
					new CasePayment.Rules(v.baseRate(), v.highFactor(), v.highRatio(), v.lowFactor()));
			return new Preview(v, w, o, s.patientPaid());
		}).orElse(null);
	}

	// ---- hospital report ---------------------------------------------------------------------------------------

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
		model.addAttribute("names", names(codes));
		model.addAttribute("institution", chosen);
		model.addAttribute("overview", scope.kind() == DataScope.Kind.INSTITUTION ? List.of()
				: reports.latestMonths(scope));
		List<MonthRow> history = chosen == null ? List.of() : reports.months(chosen, scope);
		MonthRow current = history.stream().filter(m -> m.monthText().equals(month)).findFirst()
			.orElse(history.isEmpty() ? null : history.getLast());
		model.addAttribute("history", history);
		model.addAttribute("m", current);
		model.addAttribute("month", current == null ? YearMonth.from(PlatformTime.today()).minusMonths(1).toString() : current.monthText());
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
		redirect.addFlashAttribute("notice", messages.getMessage("drg.report.settled", new Object[] { m.toString(),
				settled }, LocaleContextHolder.getLocale()));
		return "redirect:/drg/report?month=" + m + (institution == null ? "" : "&institution=" + institution);
	}

	@GetMapping("/drg/report/export")
	@PreAuthorize("hasAuthority('drg:report:list')")
	ResponseEntity<StreamingResponseBody> exportReport(@RequestParam String institution) {
		List<MonthRow> rows = reports.months(institution, CurrentUsers.scope());
		audit.record(AuditAction.EXPORT, "drg:report", institution, rows.size() + " months");
		ExcelExport<MonthRow> xlsx = ExcelExport.of(t("drg.report.title"), List.of(
				new Column<>(t("drg.report.month"), MonthRow::monthText),
				new Column<>(t("drg.report.cases"), MonthRow::cases),
				new Column<>(t("drg.report.drgCases"), MonthRow::drgCases),
				new Column<>(t("drg.report.ffsCases"), MonthRow::ffsCases),
				new Column<>(t("drg.report.highCases"), MonthRow::highCases),
				new Column<>(t("drg.report.lowCases"), MonthRow::lowCases),
				new Column<>("CMI", MonthRow::cmi),
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
		data.put("rate", history.stream().map(m -> m.settleRate() == null ? null
				: m.settleRate().movePointRight(2).setScale(2, java.math.RoundingMode.HALF_UP).toPlainString()).toList());
		data.put("drgFund", history.stream().map(m -> m.drgFund().toPlainString()).toList());
		data.put("ffsFund", history.stream().map(m -> m.ffsFund().toPlainString()).toList());
		data.put("costIndex", history.stream().map(m -> m.costIndex() == null ? null : m.costIndex().toPlainString())
			.toList());
		data.put("timeIndex", history.stream().map(m -> m.timeIndex() == null ? null : m.timeIndex().toPlainString())
			.toList());
		return JSON.writeValueAsString(data);
	}

	private static String groupChart(List<DrgReports.GroupRow> groups) {
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("groups", groups.stream().map(g -> g.drg()).toList());
		data.put("surplus", groups.stream().map(g -> g.surplus().toPlainString()).toList());
		return JSON.writeValueAsString(data);
	}

	// ---- payment parameters ------------------------------------------------------------------------------------

	@GetMapping("/drg/params")
	@PreAuthorize("hasAuthority('drg:param:list')")
	String params(Model model) {
		DataScope scope = CurrentUsers.scope();
		model.addAttribute("versions", parameters.list(scope));
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", defaultForm(scope));
		}
		return "drg/params";
	}

	private static Map<String, String> defaultForm(DataScope scope) {
		Map<String, String> form = new LinkedHashMap<>();
		int year = PlatformTime.today().getYear() + 1;
		form.put("regionCode", scope.kind() == DataScope.Kind.REGION ? scope.regionCode() : "");
		form.put("effectiveFrom", year + "-01-01");
		form.put("method", "RATE");
		form.put("baseFrom", (year - 1) + "-01-01");
		form.put("baseTo", (year - 1) + "-12-31");
		form.put("trim", "IQR");
		form.put("trimFactor", "3");
		form.put("minCases", "5");
		form.put("highFactor", "3");
		form.put("highRatio", "0.8");
		form.put("lowFactor", "0.4");
		return form;
	}

	@PostMapping("/drg/params")
	@PreAuthorize("hasAuthority('drg:param:edit')")
	String propose(@RequestParam Map<String, String> form, Model model) {
		CurrentUser user = CurrentUsers.get();
		try {
			ParameterProposal p = new ParameterProposal(form.get("regionCode"), date(form, "effectiveFrom"),
					form.get("basedOn") == null || form.get("basedOn").isBlank() ? null
							: Long.valueOf(form.get("basedOn").strip()),
					form.get("method"), decimal(form, "budget"), decimal(form, "baseRate"),
					decimal(form, "pointValue"), decimal(form, "highFactor"), decimal(form, "highRatio"),
					decimal(form, "lowFactor"), date(form, "baseFrom"), date(form, "baseTo"), form.get("trim"),
					decimal(form, "trimFactor"), form.get("minCases") == null || form.get("minCases").isBlank() ? null
							: Integer.valueOf(form.get("minCases").strip()),
					form.getOrDefault("summary", ""));
			long id = parameters.propose(p, user.username(), user.scope());
			audit.describe("drg:param", String.valueOf(id), "proposed for " + p.regionCode() + " from "
					+ p.effectiveFrom());
			return "redirect:/drg/params/" + id;
		}
		catch (BusinessException ex) {
			model.addAttribute("error", ex.error().code() + " " + messages.getMessage(ex.error().messageKey(),
					ex.args(), LocaleContextHolder.getLocale()));
		}
		catch (NumberFormatException | java.time.format.DateTimeParseException ex) {
			model.addAttribute("error", DrgErrors.PARAM_INVALID.code() + " " + messages.getMessage(
					DrgErrors.PARAM_INVALID.messageKey(), new Object[] { messages.getMessage("drg.param.invalid.number",
							null, LocaleContextHolder.getLocale()) }, LocaleContextHolder.getLocale()));
		}
		model.addAttribute("form", form);
		model.addAttribute("versions", parameters.list(user.scope()));
		return "drg/params";
	}

	@GetMapping("/drg/params/{id}")
	@PreAuthorize("hasAuthority('drg:param:list')")
	String param(@PathVariable long id, Model model) {
		DataScope scope = CurrentUsers.scope();
		VersionRow v = parameters.get(id, scope);
		List<WeightRow> weights = parameters.weights(id);
		model.addAttribute("v", v);
		model.addAttribute("weights", weights);
		model.addAttribute("base", v.basedOn() == null ? null : parameters.get(v.basedOn(), scope));
		model.addAttribute("flagged", weights.stream().filter(WeightRow::flagged).count());
		model.addAttribute("editable", parameters.editable(v, scope));
		model.addAttribute("me", CurrentUsers.get().username());
		return "drg/param";
	}

	@PostMapping("/drg/params/{id}/approve")
	@PreAuthorize("hasAuthority('drg:param:approve')")
	String approve(@PathVariable long id, @RequestParam(required = false) String note) {
		CurrentUser user = CurrentUsers.get();
		parameters.approve(id, user.username(), note, user.scope());
		audit.describe("drg:param", String.valueOf(id), "approved");
		return "redirect:/drg/params/" + id;
	}

	@PostMapping("/drg/params/{id}/reject")
	@PreAuthorize("hasAuthority('drg:param:approve')")
	String reject(@PathVariable long id, @RequestParam(required = false) String note) {
		CurrentUser user = CurrentUsers.get();
		parameters.reject(id, user.username(), note, user.scope());
		audit.describe("drg:param", String.valueOf(id), "rejected");
		return "redirect:/drg/params/" + id;
	}

	// ---- helpers -----------------------------------------------------------------------------------------------

	private List<String> scopeInstitutions(DataScope scope) {
		return switch (scope.kind()) {
			case INSTITUTION -> List.of(scope.institutionCode());
			default -> reports.institutions(scope);
		};
	}

	private Map<String, String> names(List<String> codes) {
		Map<String, String> names = new LinkedHashMap<>();
		for (String code : new ArrayList<>(new java.util.LinkedHashSet<>(codes))) {
			names.put(code, registry.institution(code).map(Institution::name).orElse(code));
		}
		return names;
	}

	private String t(String key) {
		return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
	}

	private static LocalDate date(Map<String, String> form, String name) {
		String v = form.get(name);
		return v == null || v.isBlank() ? null : LocalDate.parse(v.strip());
	}

	private static BigDecimal decimal(Map<String, String> form, String name) {
		String v = form.get(name);
		return v == null || v.isBlank() ? null : new BigDecimal(v.strip().replace(",", ""));
	}

	static String upper(String v) {
		return v == null ? "" : v.toUpperCase(Locale.ROOT);
	}

}
