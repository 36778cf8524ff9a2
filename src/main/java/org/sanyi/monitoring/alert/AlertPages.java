package org.sanyi.monitoring.alert;

import java.util.LinkedHashMap;
import java.util.Map;

import org.sanyi.monitoring.analysis.Area;
import org.sanyi.monitoring.analysis.Areas;
import org.sanyi.monitoring.analysis.IndicatorQueries;
import org.sanyi.monitoring.indicator.DefinitionRow;
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
 * Alert rules and the alerts they raised in the viewer's region; adding a rule and
 * acknowledging an alert.
 */
@Controller
class AlertPages {

	private final AlertService alerts;

	private final IndicatorQueries queries;

	private final Areas areas;

	private final AuditLog audit;

	private final MessageSource messages;

	AlertPages(AlertService alerts, IndicatorQueries queries, Areas areas, AuditLog audit, MessageSource messages) {
		this.alerts = alerts;
		this.queries = queries;
		this.areas = areas;
		this.audit = audit;
		this.messages = messages;
	}

	@GetMapping("/monitoring/alerts")
	@PreAuthorize("hasAuthority('monitoring:alert:list')")
	String page(Model model) {
		DataScope scope = CurrentUsers.scope();
		Map<String, DefinitionRow> indicators = queries.snapshot().rows();
		Area home = areas.home(scope);
		Map<String, String> areaNames = new LinkedHashMap<>();
		areaNames.put(home.key(), home.kind() == Area.Kind.PLATFORM ? "" : home.name());
		areas.children(home, IndicatorQueries.lastMonth().last()).forEach(a -> areaNames.put(a.key(), a.name()));
		areas.alliances(home, IndicatorQueries.lastMonth().last()).forEach(a -> areaNames.put(a.key(), a.name()));
		model.addAttribute("rules", alerts.rules(scope));
		model.addAttribute("alerts", alerts.alerts(scope));
		model.addAttribute("indicators", indicators);
		model.addAttribute("areaNames", areaNames);
		return "monitoring/alerts";
	}

	@PostMapping("/monitoring/alerts/rules")
	@PreAuthorize("hasAuthority('monitoring:alert:edit')")
	String addRule(@RequestParam Map<String, String> form, RedirectAttributes redirect) {
		CurrentUser user = CurrentUsers.get();
		try {
			long id = alerts.addRule(form.get("indicator"), form.get("area"), form.get("comparison"),
					form.get("threshold"), user.username(), user.scope());
			audit.describe("monitoring:alert-rule", String.valueOf(id), "propose");
		}
		catch (BusinessException ex) {
			redirect.addFlashAttribute("error", text(ex));
		}
		return "redirect:/monitoring/alerts";
	}

	@PostMapping("/monitoring/alerts/{id}/acknowledge")
	@PreAuthorize("hasAuthority('monitoring:alert:edit')")
	String acknowledge(@PathVariable long id, @RequestParam(required = false) String comment,
			RedirectAttributes redirect) {
		CurrentUser user = CurrentUsers.get();
		try {
			alerts.acknowledge(id, user.username(), comment, user.scope());
			audit.describe("monitoring:alert", String.valueOf(id), "acknowledge");
		}
		catch (BusinessException ex) {
			redirect.addFlashAttribute("error", text(ex));
		}
		return "redirect:/monitoring/alerts";
	}

	private String text(BusinessException ex) {
		return ex.error().code() + " "
				+ messages.getMessage(ex.error().messageKey(), ex.args(), LocaleContextHolder.getLocale());
	}

}
