package org.sanyi.pharma.web;

import java.time.LocalDate;
import java.util.List;

import org.sanyi.pharma.procurement.RoundRow;
import org.sanyi.pharma.procurement.Rounds;
import org.sanyi.pharma.progress.RoundProgress;
import org.sanyi.pharma.progress.RoundProgress.GroupBy;
import org.sanyi.pharma.retention.RetentionVersion;
import org.sanyi.pharma.retention.Retentions;
import org.sanyi.security.AuditLog;
import org.sanyi.security.CurrentUser;
import org.sanyi.security.CurrentUsers;
import org.sanyi.security.DataScope;
import org.sanyi.shared.BusinessException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 节约与结余留用: a round's savings by product and institution over its current cycle, and its
 * 结余留用 computations: an officer computes an ended cycle and proposes it, a second officer
 * approves or rejects it.
 */
@Controller
class SavingsPages {

	private final Rounds rounds;

	private final RoundProgress progress;

	private final Retentions retentions;

	private final AuditLog audit;

	private final PageMessages messages;

	private final PharmaInstitutionNames names;

	SavingsPages(Rounds rounds, RoundProgress progress, Retentions retentions, AuditLog audit, PageMessages messages,
			PharmaInstitutionNames names) {
		this.names = names;
		this.rounds = rounds;
		this.progress = progress;
		this.retentions = retentions;
		this.audit = audit;
		this.messages = messages;
	}

	@GetMapping("/pharma/savings")
	@PreAuthorize("hasAuthority('pharma:savings:view')")
	String savings(@RequestParam(required = false) Long round, Model model) {
		DataScope scope = CurrentUsers.scope();
		List<RoundRow> visible = rounds.visible(scope);
		model.addAttribute("rounds", visible);
		if (visible.isEmpty()) {
			model.addAttribute("round", null);
			return "pharma/savings";
		}
		RoundRow chosen = round == null ? visible.getFirst() : rounds.get(round, scope);
		LocalDate day = progress.defaultDay(chosen);
		model.addAttribute("round", chosen);
		model.addAttribute("byProduct", progress.report(chosen, day, GroupBy.PRODUCT, scope));
		model.addAttribute("byInstitution", progress.report(chosen, day, GroupBy.INSTITUTION, scope));
		model.addAttribute("retentions", retentions.ofRound(chosen.id()));
		// the latest cycle that has ended: 0 while the first one runs
		model.addAttribute("endedCycle", chosen.cycleOf(org.sanyi.shared.PlatformTime.today()) - 1);
		return "pharma/savings";
	}

	@PostMapping("/pharma/savings/{round}/retentions")
	@PreAuthorize("hasAuthority('pharma:retention:propose')")
	String propose(@PathVariable long round, @RequestParam int cycle, RedirectAttributes redirect) {
		CurrentUser user = CurrentUsers.get();
		RoundRow r = rounds.get(round, user.scope());
		try {
			long id = retentions.propose(r, cycle, user.username());
			audit.describe("pharma:retention", String.valueOf(id),
					"round " + r.code() + " cycle " + cycle + " proposed");
			return "redirect:/pharma/savings/" + round + "/retentions/" + id;
		}
		catch (BusinessException ex) {
			redirect.addFlashAttribute("error", messages.of(ex));
			return "redirect:/pharma/savings?round=" + round;
		}
	}

	@GetMapping("/pharma/savings/{round}/retentions/{id}")
	@PreAuthorize("hasAuthority('pharma:savings:view')")
	String retention(@PathVariable long round, @PathVariable long id, Model model) {
		DataScope scope = CurrentUsers.scope();
		RoundRow r = rounds.get(round, scope);
		RetentionVersion v = retentions.get(r, id);
		model.addAttribute("round", r);
		model.addAttribute("v", v);
		var lines = retentions.lines(id, scope);
		model.addAttribute("lines", lines);
		model.addAttribute("names", names.of(lines.stream().map(l -> l.institutionCode()).toList()));
		model.addAttribute("me", CurrentUsers.get().username());
		return "pharma/retention";
	}

	@PostMapping("/pharma/savings/{round}/retentions/{id}/approve")
	@PreAuthorize("hasAuthority('pharma:retention:approve')")
	String approve(@PathVariable long round, @PathVariable long id, @RequestParam(required = false) String note,
			RedirectAttributes redirect) {
		return decide(round, id, note, true, redirect);
	}

	@PostMapping("/pharma/savings/{round}/retentions/{id}/reject")
	@PreAuthorize("hasAuthority('pharma:retention:approve')")
	String reject(@PathVariable long round, @PathVariable long id, @RequestParam(required = false) String note,
			RedirectAttributes redirect) {
		return decide(round, id, note, false, redirect);
	}

	private String decide(long round, long id, String note, boolean approve, RedirectAttributes redirect) {
		CurrentUser user = CurrentUsers.get();
		RoundRow r = rounds.get(round, user.scope());
		String clean = note == null || note.isBlank() ? null : note.strip();
		try {
			if (clean != null && clean.length() > 500) {
				throw new BusinessException(org.sanyi.pharma.PharmaErrors.INVALID_FIELD, "note",
						clean.substring(0, 20));
			}
			if (approve) {
				retentions.approve(r, id, user.username(), clean);
			}
			else {
				retentions.reject(r, id, user.username(), clean);
			}
			audit.describe("pharma:retention", String.valueOf(id), approve ? "approved" : "rejected");
		}
		catch (BusinessException ex) {
			redirect.addFlashAttribute("error", messages.of(ex));
		}
		return "redirect:/pharma/savings/" + round + "/retentions/" + id;
	}

}
