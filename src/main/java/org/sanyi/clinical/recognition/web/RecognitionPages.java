package org.sanyi.clinical.recognition.web;

import java.util.Arrays;
import java.util.Optional;

import org.sanyi.clinical.recognition.DeclineReason;
import org.sanyi.clinical.recognition.RecognitionErrors;
import org.sanyi.clinical.recognition.internal.RecognitionService;
import org.sanyi.identity.Resident;
import org.sanyi.identity.ResidentIndex;
import org.sanyi.security.AuditLog;
import org.sanyi.security.CurrentUsers;
import org.sanyi.shared.BusinessException;
import org.sanyi.shared.IdNumber;
import org.sanyi.shared.PlatformTime;
import org.sanyi.shared.SharedErrors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The doctor's order page (检查检验结果互认): choose the resident and the item, see at once
 * whether a recognisable result exists, accept it or decline with a reason; the catalogue
 * and the institution's month below.
 */
@Controller
@PreAuthorize("hasAuthority('recognition:lookup:use')")
class RecognitionPages {

	private final RecognitionService service;

	private final ResidentIndex residents;

	private final AuditLog auditLog;

	RecognitionPages(RecognitionService service, ResidentIndex residents, AuditLog auditLog) {
		this.service = service;
		this.residents = residents;
		this.auditLog = auditLog;
	}

	@GetMapping("/clinical/recognition")
	String page(@RequestParam(required = false) String q, Model model) {
		fill(model, q, null);
		return "recognition/order";
	}

	@PostMapping("/clinical/recognition/lookups")
	String lookup(@RequestParam(required = false) String q, @RequestParam(required = false) String itemCode,
			Model model) {
		String term = q == null ? "" : q.strip();
		Optional<Resident> resident = IdNumber.isValid(term, PlatformTime.today()) ? residents.findByIdNumber(term)
				: term.isEmpty() ? Optional.empty() : residents.find(term);
		if (resident.isEmpty()) {
			throw new BusinessException(RecognitionErrors.UNKNOWN_RESIDENT,
					IdNumber.isValid(term, PlatformTime.today()) ? org.sanyi.shared.Masking.idNumber(term) : term);
		}
		if (itemCode == null || itemCode.isBlank()) {
			throw new BusinessException(SharedErrors.INVALID_FIELD, "itemCode", "-");
		}
		auditLog.describe("recognition:lookup", resident.get().residentId(), itemCode);
		var answer = service.lookup(resident.get().residentId(), itemCode, null);
		model.addAttribute("resident", resident.get());
		fill(model, term, itemCode);
		model.addAttribute("answer", answer);
		return "recognition/order";
	}

	@PostMapping("/clinical/recognition/lookups/{id}/decision")
	String decide(@PathVariable long id, @RequestParam(required = false) String decision,
			@RequestParam(required = false) String resultReference, @RequestParam(required = false) String reason,
			RedirectAttributes redirect) {
		boolean accept = "ACCEPT".equals(decision);
		DeclineReason why = null;
		if (!accept && reason != null && !reason.isBlank()) {
			why = Arrays.stream(DeclineReason.values())
				.filter(r -> r.name().equals(reason))
				.findFirst()
				.orElseThrow(() -> new BusinessException(RecognitionErrors.REASON_REQUIRED));
		}
		auditLog.describe("recognition:lookup", String.valueOf(id),
				accept ? "ACCEPT " + resultReference : "DECLINE " + why);
		var saved = service.decide(id, accept, resultReference, why);
		redirect.addFlashAttribute("decided", accept ? "ACCEPT" : "DECLINE");
		redirect.addFlashAttribute("saved", saved.toPlainString());
		return "redirect:/clinical/recognition";
	}

	private void fill(Model model, String q, String itemCode) {
		model.addAttribute("q", q);
		model.addAttribute("itemCode", itemCode);
		model.addAttribute("items", service.items());
		model.addAttribute("reasons", DeclineReason.values());
		String institution = CurrentUsers.scope().institutionCode();
		model.addAttribute("tallies", institution == null ? java.util.List.of()
				: service.tallies(institution, PlatformTime.today().withDayOfMonth(1)));
	}

}
