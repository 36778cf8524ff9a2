package org.sanyi.insurance.settlement;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.sanyi.insurance.settlement.SettlementViewRepository.SettlementFilter;
import org.sanyi.insurance.settlement.SettlementViewRepository.SettlementListRow;
import org.sanyi.security.AuditLog;
import org.sanyi.security.CurrentUsers;
import org.sanyi.shared.Page;
import org.sanyi.shared.PageQuery;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * REST access for the bureau's tools and operations scripts: settlements within the
 * caller's data scope (the reconciliation runs are {@code ReconciliationApi}). Hospitals
 * use the national interface ({@code /hsa}), not this.
 */
@RestController
@RequestMapping("/api/insurance")
@Tag(name = "insurance", description = "医保 settlements and reconciliation, within the caller's data scope")
class SettlementApi {

	private final SettlementViewRepository views;

	private final AuditLog audit;

	SettlementApi(SettlementViewRepository views, AuditLog audit) {
		this.views = views;
		this.audit = audit;
	}

	@GetMapping("/settlements")
	@PreAuthorize("hasAuthority('insurance:settlement:list')")
	@Operation(summary = "Search settlements (keyword = setl_id, mdtrt_id, psn_no or name), newest first")
	Page<SettlementListRow> settlements(@RequestParam(required = false) String q,
			@RequestParam(required = false) String institution, @RequestParam(required = false) String insutype,
			@RequestParam(required = false) String clrType, @RequestParam(required = false) String status,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		var result = views.settlements(CurrentUsers.scope(),
				new SettlementFilter(q, institution, insutype, clrType, status, from, to, false),
				PageQuery.of(page, size));
		audit.read("insurance:settlement", "list",
				"page " + result.page() + ", " + result.rows().size() + " rows" + (q == null ? "" : "; q=" + q));
		return result.map(row -> new SettlementListRow(row.setlId(), row.settledAt(), row.psnNo(),
				org.sanyi.shared.Masking.name(row.psnName()), row.insutype(), row.medType(), row.clrType(),
				row.institution(), row.institutionName(), row.insuredRegion(), row.treatmentRegion(), row.medicalFees(),
				row.fundTotal(), row.accountPay(), row.cashPay(), row.status()));
	}

}
