package org.sanyi.drg.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.sanyi.drg.engine.CasePayment;
import org.sanyi.drg.grouper.GroupingStatus;
import org.sanyi.drg.parameter.ParameterRepository.VersionRow;
import org.sanyi.drg.parameter.ParameterRepository.WeightRow;
import org.sanyi.drg.parameter.ParameterService;
import org.sanyi.drg.report.ReportRepository.CaseDetail;
import org.sanyi.drg.report.ReportRepository.CaseFilter;
import org.sanyi.drg.settlementlist.SettlementCases;
import org.sanyi.security.AuditAction;
import org.sanyi.security.AuditLog;
import org.sanyi.security.CurrentUsers;
import org.sanyi.security.DataScope;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * DRG settlement lists: the list of cases (search, export), a case with its grouping
 * trace, its history of uploads and its payment (as settled, or a preview with the
 * parameters in force before its month is settled). Data scope applies; reading a list is
 * audited.
 */
@Controller
class CasePages {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final ReportRepository reports;

	private final ParameterService parameters;

	private final SettlementCases settlements;

	private final InstitutionNames names;

	private final Terminology terminology;

	private final AuditLog audit;

	private final MessageSource messages;

	CasePages(ReportRepository reports, ParameterService parameters, SettlementCases settlements,
			InstitutionNames institutions, Terminology terminology, AuditLog audit, MessageSource messages) {
		this.reports = reports;
		this.parameters = parameters;
		this.settlements = settlements;
		this.names = institutions;
		this.terminology = terminology;
		this.audit = audit;
		this.messages = messages;
	}

	@GetMapping("/drg/cases")
	@PreAuthorize("hasAuthority('drg:case:list')")
	String cases(CaseFilter filter, @RequestParam(required = false) Integer page, Model model) {
		DataScope scope = CurrentUsers.scope();
		var result = reports.cases(filter, PageQuery.of(page, 20), scope);
		audit.read("drg:case", "list", "page " + result.page() + ", " + result.rows().size() + " rows");
		model.addAttribute("filter", filter);
		model.addAttribute("page", result.map(r -> new MaskedCase(r, Masking.name(r.psnName()))));
		List<String> institutions = names.inScope(scope);
		List<String> shown = new ArrayList<>(institutions);
		result.rows().forEach(r -> shown.add(r.institutionCode()));
		model.addAttribute("names", names.of(shown));
		model.addAttribute("institutions", institutions);
		return "drg/cases";
	}

	/** A case row with the patient's name masked for the list. */
	record MaskedCase(ReportRepository.CaseRow row, String maskedName) {
	}

	@GetMapping("/drg/cases/export")
	@PreAuthorize("hasAuthority('drg:case:list')")
	ResponseEntity<StreamingResponseBody> exportCases(CaseFilter filter) {
		var rows = reports.allCases(filter, CurrentUsers.scope());
		Map<String, String> named = names.of(rows.stream().map(ReportRepository.CaseRow::institutionCode).toList());
		audit.record(AuditAction.EXPORT, "drg:case", "xlsx", rows.size() + " rows");
		ExcelExport<ReportRepository.CaseRow> xlsx = ExcelExport.of(t("drg.cases.title"),
				List.of(new Column<>(t("drg.case.setlListId"), ReportRepository.CaseRow::setlListId),
						new Column<>(t("drg.case.setlId"), ReportRepository.CaseRow::setlId),
						new Column<>(t("drg.case.institution"),
								r -> named.getOrDefault(r.institutionCode(), r.institutionCode())),
						new Column<>(t("drg.case.patient"), r -> Masking.name(r.psnName())),
						new Column<>(t("drg.case.age"), ReportRepository.CaseRow::age),
						new Column<>(t("drg.case.dscgTime"), r -> r.dscgTime()),
						new Column<>(t("drg.case.los"), ReportRepository.CaseRow::actIptDays),
						new Column<>(t("drg.case.status"), r -> t("drg.status." + r.status())),
						new Column<>("DRG", ReportRepository.CaseRow::drg),
						new Column<>(t("drg.case.drgName"), ReportRepository.CaseRow::drgName),
						new Column<>(t("drg.case.medfee"), ReportRepository.CaseRow::medfeeSumamt),
						new Column<>(t("drg.case.fund"), ReportRepository.CaseRow::fundPaySumamt),
						new Column<>(t("drg.case.infno"), ReportRepository.CaseRow::infno)));
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
		model.addAttribute("institutionName", names.of(List.of(c.institutionCode())).get(c.institutionCode()));
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

	/**
	 * What the case would be paid with the parameters in force for its discharge date
	 * (before its month is settled).
	 */
	record Preview(VersionRow version, WeightRow weight, CasePayment.Outcome outcome, BigDecimal patientPaid) {
	}

	private Preview preview(CaseDetail c, SettlementCases.Row s) {
		return parameters.inForce(c.schemeRegion(), c.dscgTime().toLocalDate()).map(v -> {
			WeightRow w = parameters.weights(v.id())
				.stream()
				.filter(x -> x.drg().equals(c.drg()))
				.findFirst()
				.orElse(null);
			CasePayment.Outcome o = CasePayment.pay(
					new CasePayment.Case(GroupingStatus.ofCode(c.status()), w == null ? null : w.rw(),
							w == null ? null : w.meanCost(), s.medfeeSumamt(), s.patientPaid(), s.fundPaySumamt()),
					new CasePayment.Rules(v.baseRate(), v.highFactor(), v.highRatio(), v.lowFactor()));
			return new Preview(v, w, o, s.patientPaid());
		}).orElse(null);
	}

	// ---- helpers
	// -----------------------------------------------------------------------------------------------

	private String t(String key) {
		return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
	}

}
