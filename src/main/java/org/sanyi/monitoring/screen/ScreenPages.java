package org.sanyi.monitoring.screen;

import org.sanyi.monitoring.analysis.Area;
import org.sanyi.monitoring.analysis.Areas;
import org.sanyi.security.CurrentUsers;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * 一屏观医: one dark 1920×1080 screen per region for a signed-in regulator, in kiosk mode by
 * URL ({@code ?refresh=30} seconds between part refreshes, {@code &kiosk=1} hides the
 * controls and asks for full screen on the first touch). Each part refreshes on its own
 * through htmx from {@code /monitoring/screen/part/{name}}, without reloading the page.
 */
@Controller
class ScreenPages {

	static final int DEFAULT_REFRESH = 30;

	private final Areas areas;

	private final ScreenParts parts;

	ScreenPages(Areas areas, ScreenParts parts) {
		this.areas = areas;
		this.parts = parts;
	}

	@GetMapping("/monitoring/screen")
	@PreAuthorize("hasAuthority('monitoring:screen:view')")
	String screen(@RequestParam(required = false) String area, @RequestParam(required = false) Integer refresh,
			@RequestParam(required = false) String kiosk, Model model) {
		Area shown = ScreenLinks.screenArea(areas.resolve(area, CurrentUsers.scope()));
		parts.fillAll(shown, model);
		model.addAttribute("area", shown);
		model.addAttribute("refresh", refresh(refresh));
		model.addAttribute("kiosk", "1".equals(kiosk) || "true".equals(kiosk));
		model.addAttribute("partBase", "/monitoring/screen/part/");
		model.addAttribute("partQuery", "?area=" + shown.key() + "&refresh=" + refresh(refresh));
		model.addAttribute("wall", false);
		return "monitoring/screen";
	}

	@GetMapping("/monitoring/screen/part/{part}")
	@PreAuthorize("hasAuthority('monitoring:screen:view')")
	String part(@PathVariable String part, @RequestParam(required = false) String area,
			@RequestParam(required = false) Integer refresh, Model model) {
		Area shown = ScreenLinks.screenArea(areas.resolve(area, CurrentUsers.scope()));
		parts.fill(part, shown, model);
		model.addAttribute("area", shown);
		model.addAttribute("refresh", refresh(refresh));
		model.addAttribute("partBase", "/monitoring/screen/part/");
		model.addAttribute("partQuery", "?area=" + shown.key() + "&refresh=" + refresh(refresh));
		return "monitoring/screen :: " + part;
	}

	/** Seconds between refreshes: 10 s to an hour, 30 s unless asked. */
	static int refresh(Integer asked) {
		if (asked == null) {
			return DEFAULT_REFRESH;
		}
		return Math.max(10, Math.min(3600, asked));
	}

}
