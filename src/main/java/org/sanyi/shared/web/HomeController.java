package org.sanyi.shared.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The landing page after login: the three pillars and supervision, each with its entries.
 */
@Controller
class HomeController {

	/** Residents land on their portal; everyone else on the pillars. */
	@GetMapping("/")
	String home(jakarta.servlet.http.HttpServletRequest request) {
		return request.isUserInRole("RESIDENT") ? "redirect:/portal" : "home";
	}

}
