package org.sanyi.pharma.prescription;

import java.util.List;

import org.sanyi.security.CurrentUser;
import org.sanyi.security.CurrentUsers;
import org.sanyi.shared.BusinessException;
import org.sanyi.shared.Masking;

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
 * 审方 (the 审方药师's work page): the hospital's uploaded prescriptions the pre-check warned
 * about, with the drugs, the rules' warnings and the fund rules' violations, each passed
 * or returned with an opinion; below, the latest decisions.
 */
@Controller
class RxVerificationPages {

	private final RxVerifications verifications;

	private final MessageSource messages;

	RxVerificationPages(RxVerifications verifications, MessageSource messages) {
		this.verifications = verifications;
		this.messages = messages;
	}

	/** A card as the page shows it: the patient's name masked, the warnings in words. */
	public record View(RxVerifications.Card card, String patient, List<String> warnings) {
	}

	@GetMapping("/pharma/rx-verify")
	@PreAuthorize("hasAuthority('pharma:rx:verify')")
	String page(Model model) {
		var scope = CurrentUsers.scope();
		model.addAttribute("pending", verifications.list(scope, true, 50).stream().map(this::view).toList());
		model.addAttribute("decided", verifications.list(scope, false, 20).stream().map(this::view).toList());
		return "pharma/rx-verify";
	}

	@PostMapping("/pharma/rx-verify/{hiRxno}")
	@PreAuthorize("hasAuthority('pharma:rx:verify')")
	String decide(@PathVariable String hiRxno, @RequestParam(defaultValue = "") String decision,
			@RequestParam(defaultValue = "") String opinion, Model model, RedirectAttributes redirect) {
		CurrentUser user = CurrentUsers.get();
		try {
			if (!decision.equals("PASS") && !decision.equals("RETURN")) {
				throw new BusinessException(org.sanyi.pharma.PharmaErrors.RX_VERIFY_FIELD, "decision", decision);
			}
			verifications.decide(hiRxno, decision.equals("PASS"), opinion, user.scope(), user.username(),
					user.displayName());
			redirect.addFlashAttribute("notice", text("pharma.verify.saved." + decision, hiRxno));
			return "redirect:/pharma/rx-verify";
		}
		catch (BusinessException ex) {
			model.addAttribute("error", ex.error().code() + " "
					+ messages.getMessage(ex.error().messageKey(), ex.args(), LocaleContextHolder.getLocale()));
			return page(model);
		}
	}

	private View view(RxVerifications.Card card) {
		List<String> warnings = new java.util.ArrayList<>();
		for (RxVerifications.Hint h : card.hints()) {
			warnings.add(h.reviewItem() + " " + text(h.messageKey(), h.argArray()));
		}
		warnings.addAll(card.verification().fundFindingLines());
		return new View(card, Masking.name(card.rx().patientName()), warnings);
	}

	private String text(String key, Object... args) {
		return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
	}

}
