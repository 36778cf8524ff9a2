package org.sanyi.monitoring.indicator;

import java.util.List;
import java.util.Map;

import org.sanyi.monitoring.MonitoringErrors;
import org.sanyi.monitoring.engine.Factor;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Indicator definitions: the list of approved and pending versions, one version with its
 * history, the form that proposes a new version (or a new indicator) and the second
 * officer's approval or rejection. A refused proposal shows the error with the place in
 * the expression it points at; nothing is saved.
 */
@Controller
class DefinitionPages {

	private final IndicatorService indicators;

	private final Vocabularies vocabularies;

	private final AuditLog audit;

	private final MessageSource messages;

	DefinitionPages(IndicatorService indicators, Vocabularies vocabularies, AuditLog audit, MessageSource messages) {
		this.indicators = indicators;
		this.vocabularies = vocabularies;
		this.audit = audit;
		this.messages = messages;
	}

	@GetMapping("/monitoring/definitions")
	@PreAuthorize("hasAnyAuthority('monitoring:indicator:edit', 'monitoring:indicator:approve')")
	String list(Model model) {
		model.addAttribute("rows", indicators.open());
		return "monitoring/definitions";
	}

	@GetMapping("/monitoring/definitions/{id}")
	@PreAuthorize("hasAnyAuthority('monitoring:indicator:edit', 'monitoring:indicator:approve')")
	String show(@PathVariable long id, Model model) {
		DefinitionRow d = indicators.get(id);
		model.addAttribute("d", d);
		model.addAttribute("history", indicators.history(d.code()));
		model.addAttribute("problem", indicators.problem(d).map(this::text).orElse(null));
		model.addAttribute("me", CurrentUsers.get().username());
		return "monitoring/definition";
	}

	@GetMapping("/monitoring/definitions/new")
	@PreAuthorize("hasAuthority('monitoring:indicator:edit')")
	String form(@RequestParam(required = false) Long from, Model model) {
		IndicatorProposal form = from == null ? new IndicatorProposal("", "", "", List.of(), "", "",
				Factor.PERCENT.name(), "", false, "2", "NONE", "") : IndicatorProposal.of(indicators.get(from));
		return form(form, from != null, model);
	}

	@PostMapping("/monitoring/definitions")
	@PreAuthorize("hasAuthority('monitoring:indicator:edit')")
	String propose(@RequestParam Map<String, String> fields,
			@RequestParam(name = "sets", required = false) List<String> sets, Model model) {
		IndicatorProposal p = new IndicatorProposal(fields.get("code"), fields.get("nameZh"), fields.get("nameEn"),
				sets, fields.get("numerator"), fields.get("denominator"), fields.get("factor"), fields.get("unit"),
				"true".equals(fields.get("annualised")), fields.get("decimals"), fields.get("direction"),
				fields.get("description"));
		CurrentUser user = CurrentUsers.get();
		try {
			long id = indicators.propose(p, user.username());
			audit.describe("monitoring:definition", p.code() + " v" + indicators.get(id).version(), "propose");
			return "redirect:/monitoring/definitions/" + id;
		}
		catch (BusinessException ex) {
			model.addAttribute("error", text(ex));
			if (ex.args().length >= 2 && ex.args()[1] instanceof Integer column) {
				model.addAttribute("errorSide",
						ex.args()[0] instanceof org.springframework.context.MessageSourceResolvable r
								&& r.getCodes() != null && r.getCodes()[0].endsWith("DENOMINATOR") ? "denominator"
										: "numerator");
				model.addAttribute("errorColumn", column);
			}
			return form(p, !fields.getOrDefault("existing", "").isEmpty(), model);
		}
	}

	@PostMapping("/monitoring/definitions/{id}/approve")
	@PreAuthorize("hasAuthority('monitoring:indicator:approve')")
	String approve(@PathVariable long id, @RequestParam(required = false) String note, RedirectAttributes redirect) {
		return decide(id, note, true, redirect);
	}

	@PostMapping("/monitoring/definitions/{id}/reject")
	@PreAuthorize("hasAuthority('monitoring:indicator:approve')")
	String reject(@PathVariable long id, @RequestParam(required = false) String note, RedirectAttributes redirect) {
		return decide(id, note, false, redirect);
	}

	private String decide(long id, String note, boolean approve, RedirectAttributes redirect) {
		String reviewer = CurrentUsers.get().username();
		DefinitionRow d = indicators.get(id);
		try {
			if (approve) {
				indicators.approve(id, reviewer, note);
			}
			else {
				indicators.reject(id, reviewer, note);
			}
			audit.describe("monitoring:definition", d.code() + " v" + d.version(), approve ? "approved" : "rejected");
		}
		catch (BusinessException ex) {
			if (ex.error() == MonitoringErrors.INDICATOR_NOT_FOUND) {
				throw ex;
			}
			redirect.addFlashAttribute("error", text(ex));
		}
		return "redirect:/monitoring/definitions/" + id;
	}

	private String form(IndicatorProposal form, boolean existing, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("existing", existing);
		model.addAttribute("factors", Factor.values());
		model.addAttribute("sets", IndicatorSet.values());
		model.addAttribute("elements", vocabularies.elements());
		model.addAttribute("groups", vocabularies.groupNames().stream().sorted().toList());
		return "monitoring/definition-form";
	}

	private String text(BusinessException ex) {
		return ex.error().code() + " "
				+ messages.getMessage(ex.error().messageKey(), ex.args(), LocaleContextHolder.getLocale());
	}

}
