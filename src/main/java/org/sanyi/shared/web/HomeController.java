package org.sanyi.shared.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The landing page after login: the three pillars and supervision, each with its entries. */
@Controller
class HomeController {

	@GetMapping("/")
	String home() {
		return "home";
	}

}
