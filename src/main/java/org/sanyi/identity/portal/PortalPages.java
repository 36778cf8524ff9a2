package org.sanyi.identity.portal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;

import org.sanyi.identity.card.QrImages;
import org.sanyi.identity.consent.AccessRepository;
import org.sanyi.identity.healthcode.CardService;
import org.sanyi.identity.registration.ResidentIndexService;
import org.sanyi.security.AuditLog;
import org.sanyi.security.CurrentUsers;
import org.sanyi.shared.BusinessException;
import org.sanyi.shared.PlatformTime;
import org.sanyi.shared.SharedErrors;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The resident portal (mobile first): health code, identifiers, consents, access and scan
 * logs.
 */
@Controller
@PreAuthorize("hasAuthority('identity:portal:own')")
class PortalPages {

	private final ResidentIndexService index;

	private final CardService cards;

	private final AccessRepository access;

	private final AuditLog auditLog;

	PortalPages(ResidentIndexService index, CardService cards, AccessRepository access, AuditLog auditLog) {
		this.index = index;
		this.cards = cards;
		this.access = access;
		this.auditLog = auditLog;
	}

	static String me() {
		return CurrentUsers.residentRef();
	}

	@GetMapping("/portal")
	String home(Model model) {
		model.addAttribute("resident", index.find(me()).orElse(null));
		return "portal/home";
	}

	@GetMapping("/portal/code")
	String code(Model model) {
		fillCode(model);
		return "portal/code";
	}

	@GetMapping("/portal/code/qr")
	String qr(Model model) {
		fillCode(model);
		return "portal/code :: qr";
	}

	private void fillCode(Model model) {
		String me = me();
		model.addAttribute("card", cards.activeCard(me).orElse(null));
		cards.healthCode(me, Instant.now()).ifPresent(code -> {
			model.addAttribute("code", code);
			model.addAttribute("png", Base64.getEncoder().encodeToString(QrImages.png(code.text(), 6)));
			model.addAttribute("expiresAt", code.expiresAt());
		});
	}

	@GetMapping("/portal/ids")
	String ids(Model model) {
		String me = me();
		auditLog.read("identity:resident", me, "own identifiers");
		model.addAttribute("resident", index.find(me).orElse(null));
		model.addAttribute("identifiers", index.identifiers(me));
		return "portal/ids";
	}

	@GetMapping("/portal/consents")
	String consents(Model model) {
		model.addAttribute("consents", access.consents(me()));
		model.addAttribute("today", PlatformTime.today());
		return "portal/consents";
	}

	@PostMapping("/portal/consents")
	String addConsent(@RequestParam String granteeKind, @RequestParam String granteeCode, @RequestParam String effect,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validUntil) {
		String kind = "ALLIANCE".equals(granteeKind) ? "ALLIANCE" : "INSTITUTION";
		String eff = "DENY".equals(effect) ? "DENY" : "ALLOW";
		String code = granteeCode.trim().toUpperCase();
		if (code.isEmpty() || code.length() > 40) {
			throw new BusinessException(SharedErrors.INVALID_FIELD, "granteeCode");
		}
		auditLog.describe("identity:consent", me(), eff + " " + kind + " " + code + " until " + validUntil);
		access.addConsent(me(), kind, code, eff, validUntil);
		return "redirect:/portal/consents";
	}

	@PostMapping("/portal/consents/{id}/withdraw")
	String withdraw(@PathVariable long id) {
		auditLog.describe("identity:consent", me(), "withdraw " + id);
		access.withdraw(id, me());
		return "redirect:/portal/consents";
	}

	@GetMapping("/portal/access")
	String accessLog(Model model) {
		model.addAttribute("rows", access.accessLog(me(), 100));
		return "portal/access";
	}

	@GetMapping("/portal/scans")
	String scans(Model model) {
		model.addAttribute("rows", cards.scans(me(), 100));
		return "portal/scans";
	}

}
