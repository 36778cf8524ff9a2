package org.sanyi.security.web;

import org.sanyi.security.AuditLog;
import org.sanyi.security.internal.AuditChain;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * 审计日志 → 校验: checks the audit log's hash chain and shows the first broken row, or the
 * head to note.
 */
@Controller
@PreAuthorize("hasAuthority('security:audit:verify')")
class AuditChainController {

	private final AuditChain chain;

	private final AuditLog audit;

	AuditChainController(AuditChain chain, AuditLog audit) {
		this.chain = chain;
		this.audit = audit;
	}

	@GetMapping("/security/audit/verify")
	String page() {
		return "security/audit-verify";
	}

	@PostMapping("/security/audit/verify")
	String verify(Model model) {
		AuditChain.Verification result = chain.verify();
		audit.describe("security:audit-chain", null, result.intact() ? "intact up to " + result.headSeq()
				: result.problem().kind() + " at " + result.problem().seq());
		model.addAttribute("result", result);
		return "security/audit-verify";
	}

}
