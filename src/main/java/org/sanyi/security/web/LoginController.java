package org.sanyi.security.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class LoginController {

	/**
	 * {@code ?locked=<seconds>}: the sign-in throttle refused the last attempt; the page
	 * says how long to wait.
	 */
	@GetMapping("/login")
	String login(@RequestParam(required = false) String locked, Model model) {
		if (locked != null && locked.matches("[0-9]{1,7}")) {
			model.addAttribute("lockedSeconds", Long.parseLong(locked));
		}
		return "security/login";
	}

}
