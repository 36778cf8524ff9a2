package org.sanyi.pharma.web;

import java.io.IOException;

import org.sanyi.pharma.PharmaErrors;
import org.sanyi.pharma.rational.ReviewRuleBook;
import org.sanyi.pharma.rational.ReviewRuleImport;
import org.sanyi.security.AuditLog;
import org.sanyi.security.CurrentUser;
import org.sanyi.security.CurrentUsers;
import org.sanyi.shared.BusinessException;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 审方规则: the prescription review rules in force for the viewer's region (the platform's
 * defaults and the province, city and county rows above it, each row with where it comes
 * from) — days and drug-count limits, dose and frequency ranges with the antimicrobial
 * tier, interaction pairs, contraindications — and the health commission's CSV import of
 * the region's own table, all or nothing, as a proposal a second officer approves or
 * rejects on its own page after seeing what it changes key by key.
 */
@Controller
class ReviewRulePages {

	private final ReviewRuleBook book;

	private final ReviewRuleImport imports;

	private final AuditLog audit;

	private final PageMessages messages;

	ReviewRulePages(ReviewRuleBook book, ReviewRuleImport imports, AuditLog audit, PageMessages messages) {
		this.book = book;
		this.imports = imports;
		this.audit = audit;
		this.messages = messages;
	}

	@GetMapping("/pharma/review-rules")
	@PreAuthorize("hasAuthority('pharma:rxrule:view')")
	String page(Model model) {
		CurrentUser user = CurrentUsers.get();
		String region = user.scope().regionCode();
		model.addAttribute("rules", book.inForce(region));
		model.addAttribute("region", region == null ? "" : region);
		model.addAttribute("tables", ReviewRuleImport.Table.values());
		if (!model.containsAttribute("table")) {
			model.addAttribute("table", ReviewRuleImport.Table.INTERACTIONS.name());
		}
		if (user.can("pharma:rxrule:import") || user.can("pharma:rxrule:approve")) {
			model.addAttribute("proposals", imports.proposals(user.scope()));
		}
		return "pharma/review-rules";
	}

	@PostMapping("/pharma/review-rules/import")
	@PreAuthorize("hasAuthority('pharma:rxrule:import')")
	String importFile(@RequestParam(defaultValue = "") String table, @RequestParam(defaultValue = "") String region,
			@RequestParam("file") MultipartFile file, Model model, RedirectAttributes redirect) throws IOException {
		CurrentUser user = CurrentUsers.get();
		model.addAttribute("table", table);
		try {
			ReviewRuleImport.Table which = ReviewRuleImport.Table.named(table);
			if (file.isEmpty()) {
				throw new BusinessException(PharmaErrors.IMPORT_FILE, file.getOriginalFilename());
			}
			ReviewRuleImport.Result result = imports.propose(which, region.strip(), file.getOriginalFilename(),
					file.getBytes(), user.scope(), user.username());
			audit.describe("pharma:rxrule", region.strip(),
					"import " + which + " from " + file.getOriginalFilename() + ": proposal " + result.proposal()
							+ " of " + result.rows() + " rows, " + result.changes().size() + " changes, "
							+ result.problems().size() + " refused");
			if (result.problems().isEmpty()) {
				redirect.addFlashAttribute("notice", messages.text("pharma.rxrule.proposed",
						messages.text("pharma.rxrule.table." + which), result.rows(), result.changes().size()));
				return "redirect:/pharma/review-rules/proposals/" + result.proposal();
			}
			model.addAttribute("error", messages.text("pharma.ddd.importRefused", result.problems().size()));
			model.addAttribute("problems", messages.problems(result.problems()));
		}
		catch (BusinessException ex) {
			model.addAttribute("error", messages.of(ex));
		}
		return page(model);
	}

	@GetMapping("/pharma/review-rules/proposals/{id}")
	@PreAuthorize("hasAnyAuthority('pharma:rxrule:import', 'pharma:rxrule:approve')")
	String proposal(@PathVariable long id, Model model) {
		CurrentUser user = CurrentUsers.get();
		ReviewRuleImport.Reviewed reviewed = imports.proposal(id, user.scope());
		model.addAttribute("p", reviewed.proposal());
		model.addAttribute("changes", reviewed.changes());
		model.addAttribute("me", user.username());
		return "pharma/review-rule-proposal";
	}

	@PostMapping("/pharma/review-rules/proposals/{id}/approve")
	@PreAuthorize("hasAuthority('pharma:rxrule:approve')")
	String approve(@PathVariable long id, @RequestParam(required = false) String note, RedirectAttributes redirect) {
		return decide(id, note, true, redirect);
	}

	@PostMapping("/pharma/review-rules/proposals/{id}/reject")
	@PreAuthorize("hasAuthority('pharma:rxrule:approve')")
	String reject(@PathVariable long id, @RequestParam(required = false) String note, RedirectAttributes redirect) {
		return decide(id, note, false, redirect);
	}

	private String decide(long id, String note, boolean approve, RedirectAttributes redirect) {
		CurrentUser user = CurrentUsers.get();
		String text = note == null || note.isBlank() ? null : note.strip();
		try {
			if (approve) {
				imports.approve(id, user.username(), text, user.scope());
			}
			else {
				imports.reject(id, user.username(), text, user.scope());
			}
			audit.describe("pharma:rxrule", String.valueOf(id),
					(approve ? "approved" : "rejected") + " proposal " + id);
			redirect.addFlashAttribute("notice",
					messages.text(approve ? "pharma.rxrule.approved" : "pharma.rxrule.rejected"));
		}
		catch (BusinessException ex) {
			if (ex.error().status().value() == 404) {
				throw ex;
			}
			redirect.addFlashAttribute("error", messages.of(ex));
		}
		return "redirect:/pharma/review-rules/proposals/" + id;
	}

}
