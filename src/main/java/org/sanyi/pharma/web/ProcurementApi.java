package org.sanyi.pharma.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.sanyi.pharma.PharmaAdmin.PurchaseLine;
import org.sanyi.pharma.procurement.Purchases;
import org.sanyi.pharma.procurement.RoundRow;
import org.sanyi.pharma.procurement.Rounds;
import org.sanyi.pharma.progress.ProgressRow;
import org.sanyi.pharma.progress.RoundProgress;
import org.sanyi.pharma.progress.RoundProgress.GroupBy;
import org.sanyi.security.AuditLog;
import org.sanyi.security.CurrentUsers;
import org.sanyi.security.DataScope;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** REST for hospital and platform systems: purchase lines of a round in, 完成进度 out. */
@RestController
@RequestMapping("/api/pharma/rounds")
@Tag(name = "pharma: procurement",
		description = "Purchase lines of a volume-based procurement round in, completion progress out")
class ProcurementApi {

	static final int MAX_LINES = 50_000;

	private final Rounds rounds;

	private final Purchases purchases;

	private final RoundProgress progress;

	private final AuditLog audit;

	ProcurementApi(Rounds rounds, Purchases purchases, RoundProgress progress, AuditLog audit) {
		this.rounds = rounds;
		this.purchases = purchases;
		this.progress = progress;
		this.audit = audit;
	}

	@PostMapping("/{id}/purchases")
	@PreAuthorize("hasAuthority('pharma:purchase:import')")
	@Operation(summary = "Report purchase lines (all or nothing)",
			description = "Each line: institutionCode, itemCode, date, quantity (minimum units), unitPrice (per minimum unit)")
	Map<String, Object> purchases(@PathVariable long id, @RequestBody List<PurchaseLine> lines) {
		DataScope scope = CurrentUsers.scope();
		RoundRow round = rounds.get(id, scope);
		if (lines.size() > MAX_LINES) {
			throw new org.sanyi.shared.BusinessException(org.sanyi.pharma.PharmaErrors.IMPORT_FILE, "> " + MAX_LINES);
		}
		int stored = purchases.store(round, lines, scope);
		audit.describe("pharma:purchase", round.code(), stored + " lines");
		return Map.of("round", round.code(), "stored", stored);
	}

	@GetMapping("/{id}/progress")
	@PreAuthorize("hasAuthority('pharma:progress:view')")
	@Operation(summary = "Completion progress", description = "Grouped by INSTITUTION, COUNTY, ALLIANCE or PRODUCT")
	List<ProgressRow> progress(@PathVariable long id, @RequestParam(required = false) LocalDate asOf,
			@RequestParam(required = false) GroupBy by) {
		DataScope scope = CurrentUsers.scope();
		RoundRow round = rounds.get(id, scope);
		return progress
			.report(round, asOf == null ? progress.defaultDay(round) : asOf, by == null ? GroupBy.INSTITUTION : by,
					scope)
			.rows();
	}

}
