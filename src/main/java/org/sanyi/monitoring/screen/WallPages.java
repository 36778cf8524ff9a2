package org.sanyi.monitoring.screen;

import org.sanyi.monitoring.ScreenErrors;
import org.sanyi.monitoring.screen.ScreenLinks.Opened;
import org.sanyi.security.AuditAction;
import org.sanyi.security.AuditLog;
import org.sanyi.shared.BusinessException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The big screen on a wall display, opened by a signed link without signing in
 * ({@code /monitoring/wall/{token}}, public in the security configuration): read-only
 * (GET only, nothing on it writes), each opening audited with the link's id, and every
 * part's refresh checks the token again, so a revoked or expired link goes dark at the
 * next refresh.
 */
@Controller
class WallPages {

	private final ScreenLinks links;

	private final ScreenParts parts;

	private final AuditLog audit;

	WallPages(ScreenLinks links, ScreenParts parts, AuditLog audit) {
		this.links = links;
		this.parts = parts;
		this.audit = audit;
	}

	@GetMapping("/monitoring/wall/{token}")
	String wall(@PathVariable String token, @RequestParam(required = false) Integer refresh, Model model) {
		Opened opened = opened(token, "open");
		parts.fillAll(opened.area(), model);
		model.addAttribute("area", opened.area());
		model.addAttribute("refresh", ScreenPages.refresh(refresh));
		model.addAttribute("kiosk", true);
		model.addAttribute("partBase", "/monitoring/wall/" + token + "/part/");
		model.addAttribute("partQuery", "?refresh=" + ScreenPages.refresh(refresh));
		model.addAttribute("wall", true);
		return "monitoring/screen";
	}

	@GetMapping("/monitoring/wall/{token}/part/{part}")
	String part(@PathVariable String token, @PathVariable String part, @RequestParam(required = false) Integer refresh,
			Model model) {
		if (!ScreenParts.NAMES.contains(part)) {
			throw new BusinessException(ScreenErrors.PART_NOT_FOUND, part);
		}
		Opened opened;
		try {
			opened = links.open(token);
		}
		catch (BusinessException ex) {
			// the part goes dark in place (and stops polling) rather than keep stale
			// figures
			return "monitoring/screen-revoked :: revoked";
		}
		parts.fill(part, opened.area(), model);
		model.addAttribute("area", opened.area());
		model.addAttribute("refresh", ScreenPages.refresh(refresh));
		model.addAttribute("partBase", "/monitoring/wall/" + token + "/part/");
		model.addAttribute("partQuery", "?refresh=" + ScreenPages.refresh(refresh));
		return "monitoring/screen :: " + part;
	}

	/**
	 * Opens the link or refuses it; both are audited with the link's id, never the token.
	 */
	private Opened opened(String token, String what) {
		String id = token.contains(".") ? token.substring(0, token.indexOf('.')) : "?";
		try {
			Opened opened = links.open(token);
			audit.record(AuditAction.READ, "monitoring:screen-link", String.valueOf(opened.id()),
					what + " " + opened.area().key());
			return opened;
		}
		catch (BusinessException ex) {
			audit.record(AuditAction.READ, "monitoring:screen-link", id.length() > 18 ? "?" : id, "refused");
			throw ex;
		}
	}

}
