package org.sanyi.identity.web;

import org.sanyi.identity.internal.ReviewService;
import org.sanyi.security.AuditLog;
import org.sanyi.security.CurrentUsers;
import org.sanyi.shared.PageQuery;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The review queue and the residents search (regulators and platform administrators). */
@Controller
class ReviewPages {

	private final ReviewService reviews;

	private final AuditLog auditLog;

	ReviewPages(ReviewService reviews, AuditLog auditLog) {
		this.reviews = reviews;
		this.auditLog = auditLog;
	}

	@GetMapping("/identity/review")
	@PreAuthorize("hasAuthority('identity:review:list')")
	String review(Model model) {
		var scope = CurrentUsers.scope();
		var pairs = reviews.open(scope, 20);
		pairs.forEach(p -> auditLog.read("identity:review", String.valueOf(p.id()),
				p.residentId() + " / " + p.candidateResidentId()));
		model.addAttribute("pairs", pairs);
		model.addAttribute("total", reviews.openCount(scope));
		return "identity/review";
	}

	@PostMapping("/identity/review/{id}/link")
	@PreAuthorize("hasAuthority('identity:review:decide')")
	String link(@PathVariable long id) {
		auditLog.describe("identity:review", String.valueOf(id), "LINK");
		reviews.link(id, CurrentUsers.scope());
		return "redirect:/identity/review";
	}

	@PostMapping("/identity/review/{id}/reject")
	@PreAuthorize("hasAuthority('identity:review:decide')")
	String reject(@PathVariable long id) {
		auditLog.describe("identity:review", String.valueOf(id), "REJECT");
		reviews.reject(id, CurrentUsers.scope());
		return "redirect:/identity/review";
	}

	@GetMapping("/identity/residents")
	@PreAuthorize("hasAuthority('identity:resident:list')")
	String residents(@RequestParam(required = false) String q, @RequestParam(required = false) Integer page,
			Model model) {
		var result = reviews.residents(CurrentUsers.scope(), q, PageQuery.of(page, 20));
		auditLog.read("identity:resident", null, "q=" + (q == null ? "" : q) + "; rows=" + result.rows().size());
		model.addAttribute("page", result);
		model.addAttribute("q", q);
		return "identity/residents";
	}

}
