package org.sanyi.insurance.reconciliation;

import org.sanyi.security.AuditLog;
import org.sanyi.security.CurrentUsers;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * 对账结果: the runs of the ledger and settlement invariant checks, with a button to run one
 * now.
 */
@Controller
class ReconciliationPages {

	private final ReconciliationService reconciliation;

	private final AuditLog audit;

	ReconciliationPages(ReconciliationService reconciliation, AuditLog audit) {
		this.reconciliation = reconciliation;
		this.audit = audit;
	}

	@GetMapping("/insurance/reconciliation")
	@PreAuthorize("hasAuthority('insurance:reconcile:list')")
	String runs(@RequestParam(required = false) Long run, Model model) {
		var runs = reconciliation.recent(30);
		model.addAttribute("runs", runs);
		model.addAttribute("shown",
				run != null ? reconciliation.find(run).orElse(null) : runs.isEmpty() ? null : runs.getFirst());
		return "insurance/reconciliation";
	}

	@PostMapping("/insurance/reconciliation/run")
	@PreAuthorize("hasAuthority('insurance:reconcile:run')")
	String run() {
		var result = reconciliation.run("MANUAL", CurrentUsers.get().username());
		audit.describe("insurance:reconciliation", String.valueOf(result.id()),
				result.ok() ? "ok" : result.problems() + " problems");
		return "redirect:/insurance/reconciliation?run=" + result.id();
	}

}
