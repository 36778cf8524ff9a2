package org.sanyi.insurance.settlement;

import java.time.LocalDate;
import java.util.List;

import org.sanyi.insurance.settlement.SettlementViewRepository.SettlementDetail;
import org.sanyi.insurance.settlement.SettlementViewRepository.SettlementFilter;
import org.sanyi.insurance.settlement.SettlementViewRepository.SettlementListRow;
import org.sanyi.insurance.support.InsuranceLabels;
import org.sanyi.security.AuditAction;
import org.sanyi.security.AuditLog;
import org.sanyi.security.CurrentUsers;
import org.sanyi.shared.BusinessException;
import org.sanyi.shared.Masking;
import org.sanyi.shared.PageQuery;
import org.sanyi.shared.io.ExcelExport;
import org.sanyi.shared.io.ExcelExport.Column;
import org.sanyi.shared.web.Downloads;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * 结算查询: the settlements a user may see (a bureau its region's, a clerk the
 * institution's), with totals, Excel export, and a settlement's page with its lines, fund
 * rows, ledger entries and reversal.
 */
@Controller
@PreAuthorize("hasAuthority('insurance:settlement:list')")
class SettlementPages {

	private final SettlementViewRepository views;

	private final AuditLog audit;

	private final InsuranceLabels labels;

	SettlementPages(SettlementViewRepository views, AuditLog audit, InsuranceLabels labels) {
		this.views = views;
		this.audit = audit;
		this.labels = labels;
	}

	@GetMapping("/insurance/settlements")
	String list(Filter filter, @RequestParam(required = false) Integer page, Model model) {
		var scope = CurrentUsers.scope();
		var result = views.settlements(scope, filter.criteria(), PageQuery.of(page, 20));
		// names and person numbers of insured persons: a read of personal data, as the
		// detail page is
		audit.read("insurance:settlement", "list",
				"page " + result.page() + ", " + result.rows().size() + " rows; " + filter);
		model.addAttribute("filter", filter);
		model.addAttribute("page", result);
		model.addAttribute("sums", views.sums(scope, filter.criteria()));
		return "insurance/settlements";
	}

	@GetMapping("/insurance/settlements/export")
	@PreAuthorize("hasAuthority('insurance:settlement:export')")
	ResponseEntity<StreamingResponseBody> export(Filter filter) {
		List<SettlementListRow> rows = views.exportSettlements(CurrentUsers.scope(), filter.criteria());
		audit.record(AuditAction.EXPORT, "insurance:settlement", null, rows.size() + " rows; " + filter);
		InsuranceLabels.Texts t = labels.now();
		ExcelExport<SettlementListRow> excel = ExcelExport.of(t.get("insurance.settlements.title"), List.of(
				new Column<>(t.get("insurance.settlement.setlId"), SettlementListRow::setlId),
				new Column<>(t.get("insurance.settlement.time"), r -> r.settledAt()),
				new Column<>(t.get("insurance.settlement.psnNo"), SettlementListRow::psnNo),
				new Column<>(t.get("insurance.settlement.name"), r -> Masking.name(r.psnName())),
				new Column<>(t.get("insurance.settlement.insutype"),
						r -> t.orCode("insurance.insutype.", r.insutype())),
				new Column<>(t.get("insurance.settlement.medType"), r -> t.orCode("insurance.medType.", r.medType())),
				new Column<>(t.get("insurance.settlement.institution"), SettlementListRow::institutionName),
				new Column<>(t.get("insurance.settlement.insuredRegion"), SettlementListRow::insuredRegion),
				new Column<>(t.get("insurance.settlement.medfee"), SettlementListRow::medicalFees),
				new Column<>(t.get("insurance.settlement.fund"), SettlementListRow::fundTotal),
				new Column<>(t.get("insurance.settlement.account"), SettlementListRow::accountPay),
				new Column<>(t.get("insurance.settlement.cash"), SettlementListRow::cashPay),
				new Column<>(t.get("insurance.settlement.status"), r -> t.get("insurance.status." + r.status()))));
		return Downloads.xlsx("settlements", out -> excel.write(rows, out));
	}

	@GetMapping("/insurance/settlements/{setlId}")
	String detail(@PathVariable String setlId, Model model) {
		SettlementDetail detail = views.settlement(CurrentUsers.scope(), setlId)
			.orElseThrow(() -> BusinessException.notFound("settlement", setlId));
		audit.read("insurance:settlement", setlId, detail.settlement().psnNo());
		model.addAttribute("d", detail);
		model.addAttribute("s", detail.settlement());
		model.addAttribute("certNo", Masking.idNumber(detail.certNo()));
		InsuranceLabels.Texts t = labels.now();
		model.addAttribute("traces", detail.settlement().funds().stream().map(f -> t.trace(f.trace())).toList());
		return "insurance/settlement";
	}

	/** The search form; blanks mean any. */
	record Filter(String q, String institution, String insutype, String clrType, String status,
			@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, Boolean crossRegion) {

		SettlementFilter criteria() {
			return new SettlementFilter(q, institution, insutype, clrType, status, from, to,
					Boolean.TRUE.equals(crossRegion));
		}

	}

}
