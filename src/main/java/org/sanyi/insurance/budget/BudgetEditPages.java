package org.sanyi.insurance.budget;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.sanyi.insurance.InsuranceErrors;
import org.sanyi.insurance.budget.engine.BudgetTerms;
import org.sanyi.insurance.budget.engine.YearEnd;
import org.sanyi.insurance.budget.BudgetVersions.Proposal;
import org.sanyi.insurance.support.InsuranceLabels;
import org.sanyi.security.AuditLog;
import org.sanyi.security.CurrentUser;
import org.sanyi.security.CurrentUsers;
import org.sanyi.security.DataScope;
import org.sanyi.shared.BusinessException;
import org.sanyi.shared.PlatformTime;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 总额预算 changes: the bureau proposes a budget (a new one or an adjusted version of the one
 * in force), a second officer approves or rejects it, and the bureau posts the monthly
 * advances and clears a year. A refusal is shown on the form or the budget page with its
 * code.
 */
@Controller
@PreAuthorize("hasAuthority('insurance:budget:list')")
class BudgetEditPages {

	private final BudgetVersions versions;

	private final BudgetPayments payments;

	private final AuditLog audit;

	private final InsuranceLabels labels;

	private final MessageSource messages;

	BudgetEditPages(BudgetVersions versions, BudgetPayments payments, InsuranceLabels labels, AuditLog audit,
			MessageSource messages) {
		this.versions = versions;
		this.payments = payments;
		this.labels = labels;
		this.audit = audit;
		this.messages = messages;
	}

	// --- proposals and review
	// ---------------------------------------------------------------------------------------

	@GetMapping("/insurance/budgets/new")
	@PreAuthorize("hasAuthority('insurance:budget:edit')")
	String newForm(Model model) {
		Map<String, String> typed = new HashMap<>(
				Map.of("fund", "390100", "year", String.valueOf(PlatformTime.today().getYear() + 1), "startMonth", "1",
						"advanceRule", "EQUAL", "advanceRatio", "90", "surplus", "5:100; 60", "overspend", "10:50; 0"));
		return form(model, null, typed, null);
	}

	@PostMapping("/insurance/budgets/new")
	@PreAuthorize("hasAuthority('insurance:budget:edit')")
	String proposeNew(@RequestParam Map<String, String> form, Model model) {
		return propose(null, form, model);
	}

	@GetMapping("/insurance/budgets/{id}/edit")
	@PreAuthorize("hasAuthority('insurance:budget:edit')")
	String editForm(@PathVariable long id, Model model) {
		BudgetRow base = editableRow(id);
		return form(model, base, new HashMap<>(BudgetForm.fields(base.terms())), null);
	}

	@PostMapping("/insurance/budgets/{id}/edit")
	@PreAuthorize("hasAuthority('insurance:budget:edit')")
	String proposeVersion(@PathVariable long id, @RequestParam Map<String, String> form, Model model) {
		return propose(editableRow(id), form, model);
	}

	@PostMapping("/insurance/budgets/{id}/approve")
	@PreAuthorize("hasAuthority('insurance:budget:approve')")
	String approve(@PathVariable long id, @RequestParam(required = false) String note, RedirectAttributes redirect) {
		return review(id, true, note, redirect);
	}

	@PostMapping("/insurance/budgets/{id}/reject")
	@PreAuthorize("hasAuthority('insurance:budget:approve')")
	String reject(@PathVariable long id, @RequestParam(required = false) String note, RedirectAttributes redirect) {
		return review(id, false, note, redirect);
	}

	/**
	 * The second officer's decision on a pending version; a refusal is shown on the
	 * budget page.
	 */
	private String review(long id, boolean approve, String note, RedirectAttributes redirect) {
		CurrentUser user = CurrentUsers.get();
		audit.describe("insurance:budget", String.valueOf(id), approve ? "approve" : "reject");
		try {
			if (approve) {
				versions.approve(id, user.username(), note, user.scope());
			}
			else {
				versions.reject(id, user.username(), note, user.scope());
			}
			audit.describe("insurance:budget", String.valueOf(id), approve ? "approved" : "rejected");
		}
		catch (BusinessException ex) {
			redirect.addFlashAttribute("error", text(ex));
		}
		return "redirect:/insurance/budgets/" + id;
	}

	@PostMapping("/insurance/budgets/{id}/advance")
	@PreAuthorize("hasAuthority('insurance:budget:run')")
	String advance(@PathVariable long id, RedirectAttributes redirect) {
		CurrentUser user = CurrentUsers.get();
		audit.describe("insurance:budget", String.valueOf(id), "advance");
		try {
			int posted = payments.advance(id, user.username(), user.scope());
			audit.describe("insurance:budget", String.valueOf(id), "advance: " + posted + " months posted");
			redirect.addFlashAttribute("notice", labels.now().get("insurance.budget.advancePosted", posted));
		}
		catch (BusinessException ex) {
			redirect.addFlashAttribute("error", text(ex));
		}
		return "redirect:/insurance/budgets/" + id;
	}

	@PostMapping("/insurance/budgets/{id}/clear")
	@PreAuthorize("hasAuthority('insurance:budget:run')")
	String clear(@PathVariable long id, RedirectAttributes redirect) {
		CurrentUser user = CurrentUsers.get();
		audit.describe("insurance:budget", String.valueOf(id), "clear");
		try {
			YearEnd result = payments.clear(id, user.username(), user.scope());
			audit.describe("insurance:budget", String.valueOf(id),
					"cleared: final " + result.finalAmount() + ", balance due " + result.balanceDue());
			redirect.addFlashAttribute("notice", labels.now().get("insurance.budget.cleared"));
		}
		catch (BusinessException ex) {
			redirect.addFlashAttribute("error", text(ex));
		}
		return "redirect:/insurance/budgets/" + id;
	}

	// --- helpers
	// ----------------------------------------------------------------------------------------------------

	private String propose(BudgetRow base, Map<String, String> form, Model model) {
		CurrentUser user = CurrentUsers.get();
		String summary = form.getOrDefault("summary", "").trim();
		audit.describe("insurance:budget", base == null ? form.get("alliance") : String.valueOf(base.id()), "propose");
		try {
			if (summary.isEmpty()) {
				throw new BusinessException(InsuranceErrors.BUDGET_VALUE_INVALID, "summary", "");
			}
			BudgetTerms terms = BudgetForm.terms(form);
			int year = base != null ? base.year() : BudgetForm.year(form.get("year"));
			long created = versions.propose(new Proposal(base == null ? null : base.id(), form.get("alliance"),
					form.get("fund"), year, terms, summary), user.username(), user.scope());
			audit.describe("insurance:budget", String.valueOf(created),
					(base == null ? "proposed " : "proposed from " + base.code() + ": ") + terms.amount());
			return "redirect:/insurance/budgets/" + created;
		}
		catch (BusinessException ex) {
			return form(model, base, form, text(ex));
		}
	}

	private String form(Model model, BudgetRow base, Map<String, String> typed, String error) {
		model.addAttribute("base", base);
		model.addAttribute("typed", typed);
		model.addAttribute("error", error);
		model.addAttribute("funds", BudgetVersions.FUNDS);
		DataScope scope = CurrentUsers.scope();
		String region = scope.regionCode() == null ? "" : scope.regionCode();
		model.addAttribute("groups", base != null ? List.of() : versions.groups(scope, region));
		return "insurance/budget-edit";
	}

	private BudgetRow editableRow(long id) {
		DataScope scope = CurrentUsers.scope();
		BudgetRow row = versions.get(id, scope);
		if (!versions.editable(row, scope)) {
			throw BusinessException.notFound("budget", id);
		}
		return row;
	}

	/**
	 * The error's code and message in the reader's language; a form field named by its
	 * label.
	 */
	private String text(BusinessException ex) {
		Locale locale = LocaleContextHolder.getLocale();
		Object[] args = ex.args().clone();
		if ((ex.error() == InsuranceErrors.BUDGET_VALUE_INVALID || ex.error() == InsuranceErrors.BUDGET_BANDS_INVALID)
				&& args.length > 0) {
			args[0] = messages.getMessage("insurance.budget.field." + args[0], null, String.valueOf(args[0]), locale);
		}
		return ex.error().code() + " " + messages.getMessage(ex.error().messageKey(), args, locale);
	}

}
