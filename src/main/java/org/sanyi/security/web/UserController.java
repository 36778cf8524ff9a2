package org.sanyi.security.web;

import org.sanyi.security.AuditLog;
import org.sanyi.security.CurrentUsers;
import org.sanyi.security.SecurityErrors;
import org.sanyi.security.internal.LoginThrottle;
import org.sanyi.security.internal.UserDirectory;
import org.sanyi.shared.BusinessException;
import org.sanyi.shared.PageQuery;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 用户管理: the accounts within the viewer's scope, and the sign-in locks an administrator
 * may lift.
 */
@Controller
@PreAuthorize("hasAuthority('security:user:list')")
class UserController {

	private static final String UNLOCK = "security:user:unlock";

	private final UserDirectory users;

	private final LoginThrottle throttle;

	private final AuditLog audit;

	UserController(UserDirectory users, LoginThrottle throttle, AuditLog audit) {
		this.users = users;
		this.throttle = throttle;
		this.audit = audit;
	}

	@GetMapping("/security/users")
	String list(@RequestParam(required = false) String keyword, @RequestParam(required = false) Integer page,
			Model model) {
		model.addAttribute("keyword", keyword);
		model.addAttribute("page", users.search(keyword, CurrentUsers.scope(), PageQuery.of(page, 20)));
		if (CurrentUsers.get().permissions().contains(UNLOCK)) {
			model.addAttribute("locks", throttle.locks());
		}
		return "security/users";
	}

	/** Lifts a lock: {@code kind} is {@code account} or {@code client}. */
	@PostMapping("/security/users/unlock")
	@PreAuthorize("hasAuthority('" + UNLOCK + "')")
	String unlock(@RequestParam String kind, @RequestParam String key, RedirectAttributes redirect) {
		boolean account = "account".equals(kind);
		audit.describe("security:sign-in-lock", key, kind);
		if (!throttle.unlock(account, key)) {
			throw new BusinessException(SecurityErrors.NO_SIGN_IN_LOCK, key);
		}
		redirect.addFlashAttribute("unlocked", key);
		return "redirect:/security/users";
	}

}
