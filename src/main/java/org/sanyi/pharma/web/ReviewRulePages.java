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
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 审方规则: the prescription review rules in force for the viewer's region (the platform's
 * defaults and the province, city and county rows above it, each row with where it comes
 * from) — days and drug-count limits, dose and frequency ranges with the antimicrobial
 * tier, interaction pairs, contraindications — and the health commission's CSV import of
 * the region's own table, all or nothing.
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
		String region = CurrentUsers.scope().regionCode();
		model.addAttribute("rules", book.inForce(region));
		model.addAttribute("region", region == null ? "" : region);
		model.addAttribute("tables", ReviewRuleImport.Table.values());
		if (!model.containsAttribute("table")) {
			model.addAttribute("table", ReviewRuleImport.Table.INTERACTIONS.name());
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
			ReviewRuleImport.Result result = imports.importCsv(which, region.strip(), file.getBytes(), user.scope(),
					user.username());
			audit.describe("pharma:rxrule", region.strip(),
					"import " + which + " from " + file.getOriginalFilename() + ": " + result.stored() + " stored ("
							+ result.replaced() + " replaced), " + result.problems().size() + " refused");
			if (result.problems().isEmpty()) {
				redirect.addFlashAttribute("notice", messages.text("pharma.rxrule.imported",
						messages.text("pharma.rxrule.table." + which), result.stored(), result.replaced()));
				return "redirect:/pharma/review-rules";
			}
			model.addAttribute("error", messages.text("pharma.ddd.importRefused", result.problems().size()));
			model.addAttribute("problems", messages.problems(result.problems()));
		}
		catch (BusinessException ex) {
			model.addAttribute("error", messages.of(ex));
		}
		return page(model);
	}

}
