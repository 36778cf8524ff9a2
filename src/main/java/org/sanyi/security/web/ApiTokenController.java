package org.sanyi.security.web;

import org.sanyi.security.AuditLog;
import org.sanyi.security.CurrentUser;
import org.sanyi.security.CurrentUsers;
import org.sanyi.security.SecurityErrors;
import org.sanyi.security.internal.ApiTokens;
import org.sanyi.shared.BusinessException;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 接口令牌: a user makes bearer tokens for their REST clients; the token is shown once. */
@Controller
@PreAuthorize("hasAuthority('security:token:own')")
class ApiTokenController {

	private final ApiTokens tokens;

	private final AuditLog audit;

	ApiTokenController(ApiTokens tokens, AuditLog audit) {
		this.tokens = tokens;
		this.audit = audit;
	}

	@GetMapping("/security/tokens")
	String list(Model model) {
		model.addAttribute("tokens", tokens.list(CurrentUsers.get().id()));
		return "security/tokens";
	}

	@PostMapping("/security/tokens")
	String create(@RequestParam String name, @RequestParam(defaultValue = "90") int days, RedirectAttributes redirect) {
		CurrentUser user = CurrentUsers.get();
		String clean = name.isBlank() ? "token" : name.strip();
		String token = tokens.issue(user.id(), clean.length() > 100 ? clean.substring(0, 100) : clean, days);
		audit.describe("security:token", clean, "days=" + days);
		redirect.addFlashAttribute("newToken", token);
		return "redirect:/security/tokens";
	}

	@PostMapping("/security/tokens/{id}/revoke")
	String revoke(@PathVariable long id) {
		audit.describe("security:token", String.valueOf(id), "revoke");
		if (!tokens.revoke(id, CurrentUsers.get().id())) {
			// not the user's token, or revoked already: refused, and audited as such (the
			// error answers 404)
			throw new BusinessException(SecurityErrors.TOKEN_NOT_FOUND, id);
		}
		return "redirect:/security/tokens";
	}

}
