package org.sanyi.monitoring.screen;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;

import org.sanyi.monitoring.analysis.Area;
import org.sanyi.monitoring.analysis.Areas;
import org.sanyi.monitoring.analysis.IndicatorQueries;
import org.sanyi.monitoring.screen.ScreenLinks.Issued;
import org.sanyi.security.AuditLog;
import org.sanyi.security.CurrentUser;
import org.sanyi.security.CurrentUsers;
import org.sanyi.security.DataScope;
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
 * The wall-display links of the viewer's region: issue one (its address is shown once),
 * see who issued which and until when, revoke one.
 */
@Controller
class ScreenLinkPages {

	private final ScreenLinks links;

	private final Areas areas;

	private final AuditLog audit;

	private final MessageSource messages;

	ScreenLinkPages(ScreenLinks links, Areas areas, AuditLog audit, MessageSource messages) {
		this.links = links;
		this.areas = areas;
		this.audit = audit;
		this.messages = messages;
	}

	@GetMapping("/monitoring/screen/links")
	@PreAuthorize("hasAuthority('monitoring:screen:share')")
	String page(Model model) {
		DataScope scope = CurrentUsers.scope();
		Area home = areas.home(scope);
		Map<String, String> areaNames = new LinkedHashMap<>();
		areaNames.put(home.key(), home.kind() == Area.Kind.PLATFORM ? "" : home.name());
		areas.children(home, IndicatorQueries.lastMonth().last())
			.stream()
			.filter(a -> a.kind() == Area.Kind.REGION)
			.forEach(a -> areaNames.put(a.key(), a.name()));
		model.addAttribute("links", links.list(scope));
		model.addAttribute("areaNames", areaNames);
		model.addAttribute("now", OffsetDateTime.now());
		model.addAttribute("maxDays", ScreenLinks.MAX_DAYS);
		return "monitoring/screen-links";
	}

	@PostMapping("/monitoring/screen/links")
	@PreAuthorize("hasAuthority('monitoring:screen:share')")
	String issue(@RequestParam(required = false) String area, @RequestParam(required = false) String label,
			@RequestParam(required = false) String days, RedirectAttributes redirect) {
		CurrentUser user = CurrentUsers.get();
		try {
			Issued issued = links.issue(area, label, parseDays(days), user.scope(), user.username());
			audit.describe("monitoring:screen-link", String.valueOf(issued.id()), "issue " + area);
			redirect.addFlashAttribute("issued", "/monitoring/wall/" + issued.token());
		}
		catch (BusinessException ex) {
			redirect.addFlashAttribute("error", text(ex));
		}
		return "redirect:/monitoring/screen/links";
	}

	@PostMapping("/monitoring/screen/links/{id}/revoke")
	@PreAuthorize("hasAuthority('monitoring:screen:share')")
	String revoke(@PathVariable long id, RedirectAttributes redirect) {
		CurrentUser user = CurrentUsers.get();
		try {
			links.revoke(id, user.scope(), user.username());
			audit.describe("monitoring:screen-link", String.valueOf(id), "revoke");
		}
		catch (BusinessException ex) {
			redirect.addFlashAttribute("error", text(ex));
		}
		return "redirect:/monitoring/screen/links";
	}

	private static int parseDays(String days) {
		try {
			return days == null ? 0 : Integer.parseInt(days.strip());
		}
		catch (NumberFormatException ex) {
			return 0;
		}
	}

	private String text(BusinessException ex) {
		return ex.error().code() + " "
				+ messages.getMessage(ex.error().messageKey(), ex.args(), LocaleContextHolder.getLocale());
	}

}
