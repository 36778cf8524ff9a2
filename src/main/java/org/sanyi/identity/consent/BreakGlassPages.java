package org.sanyi.identity.consent;

import org.sanyi.identity.consent.BreakGlassReview.Filter;
import org.sanyi.identity.consent.BreakGlassReview.Outcome;
import org.sanyi.security.AuditLog;
import org.sanyi.security.CurrentUsers;
import org.sanyi.shared.BusinessException;
import org.sanyi.shared.PageQuery;
import org.sanyi.shared.SharedErrors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Review of emergency (break-glass) reads by health regulators (their region) and
 * platform administrators.
 */
@Controller
class BreakGlassPages {

	private final BreakGlassReview reviews;

	private final AuditLog auditLog;

	BreakGlassPages(BreakGlassReview reviews, AuditLog auditLog) {
		this.reviews = reviews;
		this.auditLog = auditLog;
	}

	@GetMapping("/identity/break-glass")
	@PreAuthorize("hasAuthority('identity:breakglass:list')")
	String list(@RequestParam(required = false) String status, @RequestParam(required = false) Integer page,
			Model model) {
		Filter filter = parse(status);
		var scope = CurrentUsers.scope();
		var result = reviews.list(scope, filter, PageQuery.of(page, 20));
		result.rows().forEach(r -> auditLog.read("identity:resident", r.residentId(), "break-glass review list"));
		model.addAttribute("page", result);
		model.addAttribute("status", filter.name());
		model.addAttribute("pending", reviews.pending(scope));
		model.addAttribute("maxComment", BreakGlassReview.MAX_COMMENT);
		return "identity/break-glass";
	}

	@PostMapping("/identity/break-glass/{id}/review")
	@PreAuthorize("hasAuthority('identity:breakglass:review')")
	String review(@PathVariable long id, @RequestParam(required = false) String outcome,
			@RequestParam(required = false) String comment, @RequestParam(required = false) String status) {
		Outcome judged;
		try {
			judged = outcome == null ? null : Outcome.valueOf(outcome);
		}
		catch (IllegalArgumentException ex) {
			throw new BusinessException(SharedErrors.INVALID_FIELD, "outcome", outcome);
		}
		var user = CurrentUsers.get();
		String residentId = reviews.review(id, judged, comment, user.username(), user.scope());
		auditLog.describe("identity:breakglass", String.valueOf(id),
				judged + " " + residentId + (comment == null || comment.isBlank() ? "" : ": " + comment.strip()));
		return "redirect:/identity/break-glass?status=" + parse(status).name();
	}

	private static Filter parse(String status) {
		if (status == null || status.isBlank()) {
			return Filter.PENDING;
		}
		try {
			return Filter.valueOf(status);
		}
		catch (IllegalArgumentException ex) {
			throw new BusinessException(SharedErrors.INVALID_FIELD, "status", status);
		}
	}

}
