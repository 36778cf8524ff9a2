package org.sanyi.insurance.policy.replay;

import java.util.Map;

import org.sanyi.insurance.support.InsuranceLabels;
import org.sanyi.registry.Region;
import org.sanyi.registry.Registry;
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
 * 政策模拟 on a policy version's page (loaded there by htmx): the latest replay of the
 * version over a recorded year (progress while it runs, polled every two seconds; the
 * report when done) and the form that starts one.
 */
@Controller
@PreAuthorize("hasAuthority('insurance:policy:list')")
class ReplayPages {

	private final PolicyReplays replays;

	private final InsuranceLabels labels;

	private final Registry registry;

	private final AuditLog audit;

	private final MessageSource messages;

	ReplayPages(PolicyReplays replays, InsuranceLabels labels, Registry registry, AuditLog audit,
			MessageSource messages) {
		this.replays = replays;
		this.labels = labels;
		this.registry = registry;
		this.audit = audit;
		this.messages = messages;
	}

	@GetMapping("/insurance/policies/{id}/replay")
	String latest(@PathVariable long id, Model model) {
		model.addAttribute("replay", replays.latest(id, CurrentUsers.scope()).map(this::view).orElse(null));
		return fragment(id, model);
	}

	@PostMapping("/insurance/policies/{id}/replay")
	@PreAuthorize("hasAnyAuthority('insurance:policy:edit', 'insurance:policy:approve')")
	String start(@PathVariable long id, @RequestParam(required = false) String year, Model model) {
		CurrentUser user = CurrentUsers.get();
		try {
			long job = replays.start(id, year, Map.of(), user.username(), user.scope());
			audit.describe("insurance:policy", String.valueOf(id), "replay " + job + " over " + year);
		}
		catch (BusinessException ex) {
			if (ex.error().status().value() == 404) {
				throw ex;
			}
			model.addAttribute("error", ex.error().code() + " "
					+ messages.getMessage(ex.error().messageKey(), ex.args(), LocaleContextHolder.getLocale()));
		}
		model.addAttribute("replay", replays.latest(id, user.scope()).map(this::view).orElse(null));
		return fragment(id, model);
	}

	private String fragment(long id, Model model) {
		model.addAttribute("policyId", id);
		model.addAttribute("years", replays.years());
		return "insurance/policy-replay :: replay";
	}

	private ReplayView view(ReplayJob job) {
		InsuranceLabels.Texts t = labels.now();
		return ReplayView.of(job, code -> t.orCode("insurance.insutype.", code),
				code -> t.orCode("insurance.hospLv.", code),
				code -> registry.region(code).map(Region::name).orElse(code));
	}

}
