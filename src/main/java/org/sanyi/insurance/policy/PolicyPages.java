package org.sanyi.insurance.policy;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;

import org.sanyi.insurance.support.InsuranceLabels;
import org.sanyi.shared.PlatformTime;
import org.sanyi.security.AuditLog;
import org.sanyi.security.CurrentUser;
import org.sanyi.security.CurrentUsers;
import org.sanyi.shared.BusinessException;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * 政策参数: the policy versions of the user's pooling regions, a version's rule rows, a form
 * that proposes a new version from a date (edit as new version), and the review by a
 * second officer who approves or rejects it.
 */
@Controller
@PreAuthorize("hasAuthority('insurance:policy:list')")
class PolicyPages {

	private final PolicyService policies;

	private final InsuranceLabels labels;

	private final AuditLog audit;

	private final MessageSource messages;

	PolicyPages(PolicyService policies, InsuranceLabels labels, AuditLog audit, MessageSource messages) {
		this.policies = policies;
		this.labels = labels;
		this.audit = audit;
		this.messages = messages;
	}

	@GetMapping("/insurance/policies")
	String list(Model model) {
		model.addAttribute("policies", policies.list(CurrentUsers.scope()));
		return "insurance/policies";
	}

	@GetMapping("/insurance/policies/{id}")
	String detail(@PathVariable long id, Model model) {
		var scope = CurrentUsers.scope();
		PolicyRow row = policies.get(id, scope);
		PolicyRow base = row.basedOn() == null ? null : policies.get(row.basedOn(), scope);
		model.addAttribute("p", PolicyView.of(row, base, labels.now()));
		model.addAttribute("base", base);
		model.addAttribute("history", policies.history(row));
		model.addAttribute("editable", policies.editable(row, scope));
		model.addAttribute("me", CurrentUsers.get().username());
		return "insurance/policy";
	}

	@GetMapping("/insurance/policies/{id}/edit")
	@PreAuthorize("hasAuthority('insurance:policy:edit')")
	String editForm(@PathVariable long id, Model model) {
		PolicyRow row = editableRow(id);
		model.addAttribute("p", PolicyView.of(row, null, labels.now()));
		model.addAttribute("effectiveFrom", PlatformTime.today().plusDays(1));
		model.addAttribute("summary", "");
		return "insurance/policy-edit";
	}

	@PostMapping("/insurance/policies/{id}/edit")
	@PreAuthorize("hasAuthority('insurance:policy:edit')")
	String propose(@PathVariable long id, @RequestParam Map<String, String> form, Model model) {
		PolicyRow row = editableRow(id);
		CurrentUser user = CurrentUsers.get();
		String summary = form.getOrDefault("summary", "").trim();
		try {
			LocalDate from = form.get("effectiveFrom") == null || form.get("effectiveFrom").isBlank() ? null
					: LocalDate.parse(form.get("effectiveFrom"));
			long created = policies.propose(id, from, PolicyForm.parameters(row.version(), form), summary,
					user.username(), user.scope());
			audit.describe("insurance:policy", String.valueOf(created),
					"proposed from " + row.code() + " from " + from);
			return "redirect:/insurance/policies/" + created;
		}
		catch (BusinessException ex) {
			Locale locale = LocaleContextHolder.getLocale();
			model.addAttribute("error",
					ex.error().code() + " " + messages.getMessage(ex.error().messageKey(), ex.args(), locale));
		}
		catch (java.time.format.DateTimeParseException ex) {
			model.addAttribute("error", form.get("effectiveFrom"));
		}
		PolicyView view = PolicyView.of(row, null, labels.now());
		model.addAttribute("p", view);
		model.addAttribute("typed", form);
		model.addAttribute("effectiveFrom", form.get("effectiveFrom"));
		model.addAttribute("summary", summary);
		return "insurance/policy-edit";
	}

	@PostMapping("/insurance/policies/{id}/approve")
	@PreAuthorize("hasAuthority('insurance:policy:approve')")
	String approve(@PathVariable long id, @RequestParam(required = false) String note) {
		CurrentUser user = CurrentUsers.get();
		policies.approve(id, user.username(), note, user.scope());
		audit.describe("insurance:policy", String.valueOf(id), "approved");
		return "redirect:/insurance/policies/" + id;
	}

	@PostMapping("/insurance/policies/{id}/reject")
	@PreAuthorize("hasAuthority('insurance:policy:approve')")
	String reject(@PathVariable long id, @RequestParam(required = false) String note) {
		CurrentUser user = CurrentUsers.get();
		policies.reject(id, user.username(), note, user.scope());
		audit.describe("insurance:policy", String.valueOf(id), "rejected");
		return "redirect:/insurance/policies/" + id;
	}

	private PolicyRow editableRow(long id) {
		var scope = CurrentUsers.scope();
		PolicyRow row = policies.get(id, scope);
		if (!policies.editable(row, scope)) {
			throw BusinessException.notFound("policy", id);
		}
		return row;
	}

}
