package org.sanyi.security.web;

import org.sanyi.security.CurrentUsers;
import org.sanyi.security.internal.UserDirectory;
import org.sanyi.shared.PageQuery;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** 用户管理: the accounts within the viewer's scope. */
@Controller
@PreAuthorize("hasAuthority('security:user:list')")
class UserController {

	private final UserDirectory users;

	UserController(UserDirectory users) {
		this.users = users;
	}

	@GetMapping("/security/users")
	String list(@RequestParam(required = false) String keyword, @RequestParam(required = false) Integer page,
			Model model) {
		model.addAttribute("keyword", keyword);
		model.addAttribute("page", users.search(keyword, CurrentUsers.scope(), PageQuery.of(page, 20)));
		return "security/users";
	}

}
