package org.sanyi.monitoring.screen;

import org.sanyi.monitoring.analysis.Area;
import org.sanyi.monitoring.analysis.Areas;
import org.sanyi.security.CurrentUsers;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The regulators' line of live settlement figures on the home page (loaded into the home
 * figures by htmx): today's settlements, fund paid and visits in their region and the
 * month's, with the way to the big screen.
 */
@Controller
class TodayStrip {

	private final Areas areas;

	private final ScreenData data;

	TodayStrip(Areas areas, ScreenData data) {
		this.areas = areas;
		this.data = data;
	}

	@GetMapping("/monitoring/screen/today")
	@PreAuthorize("hasAuthority('monitoring:screen:view')")
	String today(Model model) {
		Area home = ScreenLinks.screenArea(areas.home(CurrentUsers.scope()));
		model.addAttribute("counters", data.counters(home));
		model.addAttribute("area", home);
		return "monitoring/home :: today";
	}

}
