package org.sanyi.pharma.prescription;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.sanyi.pharma.dualchannel.DualChannel;
import org.sanyi.registry.Institution;
import org.sanyi.registry.Registry;
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
 * 我的处方 in the resident portal (phone first): the resident's electronic prescriptions with
 * their state, drugs, uses left and the 取药码 to show at the pharmacy, and the choice of
 * the 双通道 pharmacy to collect at.
 */
@Controller
@PreAuthorize("hasAuthority('pharma:rx:own')")
class ResidentPrescriptionPages {

	private final Prescriptions prescriptions;

	private final DualChannel dualChannel;

	private final Registry registry;

	private final MessageSource messages;

	ResidentPrescriptionPages(Prescriptions prescriptions, DualChannel dualChannel, Registry registry,
			MessageSource messages) {
		this.prescriptions = prescriptions;
		this.dualChannel = dualChannel;
		this.registry = registry;
		this.messages = messages;
	}

	@GetMapping("/portal/prescriptions")
	String mine(Model model) {
		List<Prescriptions.RxCard> cards = prescriptions.mine(me());
		List<DualChannel.Pharmacy> pharmacies = dualChannel.allPharmacies();
		Map<String, String> names = new LinkedHashMap<>();
		pharmacies.forEach(p -> names.put(p.code(), p.name()));
		cards.forEach(c -> names.computeIfAbsent(c.rx().institutionCode(),
				code -> registry.institution(code).map(Institution::name).orElse(code)));
		model.addAttribute("cards", cards);
		model.addAttribute("pharmacies", pharmacies);
		model.addAttribute("names", names);
		return "pharma/portal-prescriptions";
	}

	@PostMapping("/portal/prescriptions/{hiRxno}/pharmacy")
	String choose(@PathVariable String hiRxno, @RequestParam String pharmacy, RedirectAttributes redirect) {
		try {
			prescriptions.choosePharmacy(me(), hiRxno, pharmacy);
			redirect.addFlashAttribute("chosen", hiRxno);
		}
		catch (BusinessException ex) {
			redirect.addFlashAttribute("error", ex.error().code() + " "
					+ messages.getMessage(ex.error().messageKey(), ex.args(), LocaleContextHolder.getLocale()));
		}
		return "redirect:/portal/prescriptions";
	}

	private static String me() {
		return CurrentUsers.residentRef();
	}

}
