package org.sanyi.insurance.reconciliation;

import org.sanyi.security.CurrentUsers;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * 对账（3201）: an institution's reconciliation with the platform: the statements its HIS
 * sent (3201 totals, 3202 details) with the platform's totals and the result, and the
 * platform's daily totals of its settlements.
 */
@Controller
@PreAuthorize("hasAuthority('insurance:statement:list')")
class StatementPages {

	private final StatementRepository statements;

	StatementPages(StatementRepository statements) {
		this.statements = statements;
	}

	@GetMapping("/insurance/statements")
	String statements(Model model) {
		var scope = CurrentUsers.scope();
		model.addAttribute("statements", statements.statements(scope));
		model.addAttribute("daily", statements.daily(scope, 31));
		return "insurance/statements";
	}

}
