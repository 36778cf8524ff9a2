package org.sanyi.monitoring.quality;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.sanyi.monitoring.quality.QualityRepository.Rule;
import org.sanyi.security.AuditLog;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * One validation rule: what it reads now, the form to propose a change (or to switch it
 * off or on) with a reason, the change waiting for review with its approve and reject
 * buttons, and the rule's changes. A refusal is shown on the page with its code; every
 * write is audited.
 */
@Controller
class ValidationRulePages {

	private final RuleReview review;

	private final QualityService quality;

	private final AuditLog audit;

	private final MessageSource messages;

	ValidationRulePages(RuleReview review, QualityService quality, AuditLog audit, MessageSource messages) {
		this.review = review;
		this.quality = quality;
		this.audit = audit;
		this.messages = messages;
	}

	@GetMapping("/monitoring/quality/rules/{code}")
	@PreAuthorize("hasAuthority('monitoring:quality:list')")
	String rule(@PathVariable String code, Model model) {
		Rule rule = quality.rule(code).orElse(null);
		List<RuleChange> changes = review.history(code);
		if (rule == null && changes.stream().noneMatch(RuleChange::addition)) {
			throw new BusinessException(QualityErrors.RULE_NOT_FOUND, code);
		}
		model.addAttribute("code", code);
		model.addAttribute("rule", rule);
		// a proposed new rule shows under its proposal until it is approved
		model.addAttribute("proposal", changes.isEmpty() ? null : changes.getFirst());
		model.addAttribute("changes", changes);
		model.addAttribute("pending",
				changes.stream().filter(c -> c.status().name().equals("PENDING")).findFirst().orElse(null));
		if (!model.containsAttribute("typed") && rule != null) {
			Map<String, String> typed = new LinkedHashMap<>();
			typed.put("nameZh", rule.nameZh());
			typed.put("nameEn", rule.nameEn());
			typed.put("left", rule.leftExpr());
			typed.put("operator", rule.operator());
			typed.put("right", rule.rightExpr());
			typed.put("missing", rule.missing());
			typed.put("importance", rule.importance());
			typed.put("active", String.valueOf(rule.active()));
			typed.put("summary", "");
			model.addAttribute("typed", typed);
		}
		return "monitoring/quality-rule";
	}

	@PostMapping("/monitoring/quality/rules/{code}")
	@PreAuthorize("hasAuthority('monitoring:quality:edit')")
	String propose(@PathVariable String code, @RequestParam Map<String, String> form, RedirectAttributes redirect) {
		audit.describe("monitoring:validation-rule", code, "propose change");
		try {
			long id = review.propose(code, form, CurrentUsers.get().username());
			audit.describe("monitoring:validation-rule", code, "proposed change " + id);
		}
		catch (BusinessException ex) {
			redirect.addFlashAttribute("error", text(ex));
			redirect.addFlashAttribute("typed", form);
		}
		return "redirect:/monitoring/quality/rules/" + code;
	}

	@PostMapping("/monitoring/quality/rule-changes/{id}/approve")
	@PreAuthorize("hasAuthority('monitoring:quality:approve')")
	String approve(@PathVariable long id, @RequestParam String rule, @RequestParam(required = false) String note,
			RedirectAttributes redirect) {
		return decide(id, rule, true, note, redirect);
	}

	@PostMapping("/monitoring/quality/rule-changes/{id}/reject")
	@PreAuthorize("hasAuthority('monitoring:quality:approve')")
	String reject(@PathVariable long id, @RequestParam String rule, @RequestParam(required = false) String note,
			RedirectAttributes redirect) {
		return decide(id, rule, false, note, redirect);
	}

	private String decide(long id, String rule, boolean approve, String note, RedirectAttributes redirect) {
		String reviewer = CurrentUsers.get().username();
		audit.describe("monitoring:validation-rule-change", String.valueOf(id), approve ? "approve" : "reject");
		try {
			if (approve) {
				review.approve(id, reviewer, note);
			}
			else {
				review.reject(id, reviewer, note);
			}
			audit.describe("monitoring:validation-rule-change", String.valueOf(id), approve ? "approved" : "rejected");
		}
		catch (BusinessException ex) {
			redirect.addFlashAttribute("error", text(ex));
		}
		return "redirect:/monitoring/quality/rules/" + (rule.matches("[a-z][a-z0-9_]{0,39}") ? rule : "");
	}

	private String text(BusinessException ex) {
		return ex.error().code() + " "
				+ messages.getMessage(ex.error().messageKey(), ex.args(), LocaleContextHolder.getLocale());
	}

}
