package org.sanyi.insurance.reconciliation;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.sanyi.insurance.reconciliation.ReconciliationService.Run;
import org.sanyi.security.AuditLog;
import org.sanyi.security.CurrentUsers;
import org.sanyi.shared.BusinessException;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * REST access to the reconciliation of the ledger and settlements: run it, read the runs.
 */
@RestController
@RequestMapping("/api/insurance")
@Tag(name = "insurance", description = "医保 settlements and reconciliation, within the caller's data scope")
class ReconciliationApi {

	private final ReconciliationService reconciliation;

	private final AuditLog audit;

	ReconciliationApi(ReconciliationService reconciliation, AuditLog audit) {
		this.reconciliation = reconciliation;
		this.audit = audit;
	}

	@PostMapping("/reconciliation")
	@PreAuthorize("hasAuthority('insurance:reconcile:run')")
	@Operation(summary = "Check every ledger and settlement invariant now; the run is stored and returned")
	Run reconcile() {
		Run run = reconciliation.run("MANUAL", CurrentUsers.get().username());
		audit.describe("insurance:reconciliation", String.valueOf(run.id()),
				run.ok() ? "ok" : run.problems() + " problems");
		return run;
	}

	@GetMapping("/reconciliation")
	@PreAuthorize("hasAuthority('insurance:reconcile:list')")
	@Operation(summary = "The latest reconciliation runs, newest first")
	List<Run> runs() {
		return reconciliation.recent(30);
	}

	@GetMapping("/reconciliation/{id}")
	@PreAuthorize("hasAuthority('insurance:reconcile:list')")
	@Operation(summary = "One reconciliation run with its problems")
	Run run(@PathVariable long id) {
		return reconciliation.find(id).orElseThrow(() -> BusinessException.notFound("reconciliation", id));
	}

}
