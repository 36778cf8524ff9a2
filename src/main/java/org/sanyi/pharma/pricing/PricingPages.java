package org.sanyi.pharma.pricing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.sanyi.pharma.engine.PriceReform;
import org.sanyi.pharma.engine.ReformTriggers;
import org.sanyi.registry.Institution;
import org.sanyi.registry.Region;
import org.sanyi.registry.Registry;
import org.sanyi.security.AuditLog;
import org.sanyi.security.CurrentUser;
import org.sanyi.security.CurrentUsers;
import org.sanyi.security.DataScope;
import org.sanyi.shared.BusinessException;
import org.sanyi.shared.PlatformTime;
import org.sanyi.terminology.CatalogueItem;
import org.sanyi.terminology.Terminology;

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
 * 腾笼换鸟 pages: the saved scenarios with the form of a new one, a scenario (trigger
 * conditions, the region's structure before and after, 总量控制, each institution, the items
 * that go up and down, its publication under review), and scenarios side by side.
 */
@Controller
@PreAuthorize("hasAuthority('pharma:pricing:view')")
class PricingPages {

	private final Scenarios scenarios;

	private final Publications publications;

	private final Registry registry;

	private final Terminology terminology;

	private final AuditLog audit;

	private final MessageSource messages;

	PricingPages(Scenarios scenarios, Publications publications, Registry registry, Terminology terminology,
			AuditLog audit, MessageSource messages) {
		this.scenarios = scenarios;
		this.publications = publications;
		this.registry = registry;
		this.terminology = terminology;
		this.audit = audit;
		this.messages = messages;
	}

	@GetMapping("/pharma/pricing")
	String list(Model model) {
		return list(model, defaults(CurrentUsers.scope()));
	}

	@PostMapping("/pharma/pricing")
	@PreAuthorize("hasAuthority('pharma:pricing:edit')")
	String save(@RequestParam Map<String, String> params, Model model) {
		CurrentUser user = CurrentUsers.get();
		ScenarioForm form = ScenarioForm.of(params);
		try {
			long id = scenarios.save(form, user.username(), user.scope());
			audit.describe("pharma:pricing", String.valueOf(id), "scenario " + form.name() + " of " + form.region());
			return "redirect:/pharma/pricing/" + id;
		}
		catch (BusinessException ex) {
			model.addAttribute("error", text(ex));
			return list(model, form);
		}
	}

	@PostMapping("/pharma/pricing/triggers")
	@PreAuthorize("hasAuthority('pharma:pricing:edit')")
	String addTrigger(@RequestParam Map<String, String> params, Model model, RedirectAttributes redirect) {
		CurrentUser user = CurrentUsers.get();
		try {
			scenarios.addTrigger(params.get("region"), params.get("version"),
					org.sanyi.pharma.web.Forms.date(params, "effectiveFrom"),
					new ReformTriggers(percentOrNumber(params, "minFundMonths", false),
							percentOrNumber(params, "maxCostGrowth", true),
							percentOrNumber(params, "serviceShareTarget", true)),
					params.get("note"), user.username(), user.scope());
			redirect.addFlashAttribute("notice", messages.getMessage("pharma.pricing.trigger.added",
					new Object[] { params.get("version") }, LocaleContextHolder.getLocale()));
			return "redirect:/pharma/pricing#pricing-triggers";
		}
		catch (BusinessException ex) {
			model.addAttribute("error", text(ex));
			model.addAttribute("triggerForm", params);
			return list(model, defaults(user.scope()));
		}
	}

	/** A number from the form; a percentage (10 → 0.10) where the form asks for one. */
	private static BigDecimal percentOrNumber(Map<String, String> params, String name, boolean percent) {
		BigDecimal value = org.sanyi.pharma.web.Forms.decimal(params, name);
		return value == null || !percent ? value : value.movePointLeft(2);
	}

	@GetMapping("/pharma/pricing/{id}")
	String detail(@PathVariable long id, Model model) {
		Scenarios.Checked checked = scenarios.get(id, CurrentUsers.scope());
		model.addAttribute("c", checked);
		model.addAttribute("s", checked.scenario());
		model.addAttribute("names", names(List.of(checked)));
		model.addAttribute("itemNames", itemNames(checked.scenario()));
		model.addAttribute("publications", publications.ofScenario(id));
		model.addAttribute("me", CurrentUsers.get().username());
		model.addAttribute("publishFrom", LocalDate.of(PlatformTime.today().getYear() + 1, 1, 1));
		return "pharma/pricing-scenario";
	}

	@GetMapping("/pharma/pricing/compare")
	String compare(@RequestParam(required = false) List<Long> ids, Model model) {
		List<Scenarios.Checked> compared = scenarios.compare(ids, CurrentUsers.scope());
		model.addAttribute("compared", compared);
		model.addAttribute("scenarios", scenarios.list(CurrentUsers.scope()));
		return "pharma/pricing-compare";
	}

	@PostMapping("/pharma/pricing/{id}/publish")
	@PreAuthorize("hasAuthority('pharma:pricing:edit')")
	String publish(@PathVariable long id, @RequestParam(required = false) String effectiveFrom,
			RedirectAttributes redirect) {
		CurrentUser user = CurrentUsers.get();
		try {
			long publication = publications.propose(id, effectiveFrom, user.username(), user.scope());
			audit.describe("pharma:pricing", String.valueOf(id),
					"publication " + publication + " from " + effectiveFrom);
		}
		catch (BusinessException ex) {
			if (ex.error().status().value() == 404) {
				throw ex;
			}
			redirect.addFlashAttribute("error", text(ex));
		}
		return "redirect:/pharma/pricing/" + id;
	}

	@PostMapping("/pharma/pricing/{id}/publications/{publication}/approve")
	@PreAuthorize("hasAuthority('pharma:pricing:approve')")
	String approve(@PathVariable long id, @PathVariable long publication, @RequestParam(required = false) String note,
			RedirectAttributes redirect) {
		return decide(id, publication, note, true, redirect);
	}

	@PostMapping("/pharma/pricing/{id}/publications/{publication}/reject")
	@PreAuthorize("hasAuthority('pharma:pricing:approve')")
	String reject(@PathVariable long id, @PathVariable long publication, @RequestParam(required = false) String note,
			RedirectAttributes redirect) {
		return decide(id, publication, note, false, redirect);
	}

	private String decide(long id, long publication, String note, boolean approve, RedirectAttributes redirect) {
		CurrentUser user = CurrentUsers.get();
		try {
			if (approve) {
				publications.approve(publication, user.username(), note, user.scope());
			}
			else {
				publications.reject(publication, user.username(), note, user.scope());
			}
			audit.describe("pharma:pricing", String.valueOf(id),
					(approve ? "approved" : "rejected") + " publication " + publication);
		}
		catch (BusinessException ex) {
			if (ex.error().status().value() == 404) {
				throw ex;
			}
			redirect.addFlashAttribute("error", text(ex));
		}
		return "redirect:/pharma/pricing/" + id;
	}

	private String list(Model model, ScenarioForm form) {
		DataScope scope = CurrentUsers.scope();
		model.addAttribute("scenarios", scenarios.list(scope));
		model.addAttribute("form", form);
		model.addAttribute("types", ScenarioForm.RAISED_TYPES);
		model.addAttribute("triggers", scenarios.triggers(form.region() == null ? "" : form.region()));
		if (!model.containsAttribute("triggerForm")) {
			// a new version from today with the platform's usual thresholds
			model.addAttribute("triggerForm",
					Map.of("region", form.region() == null ? "" : form.region(), "effectiveFrom",
							PlatformTime.today().toString(), "minFundMonths", "6", "maxCostGrowth", "10",
							"serviceShareTarget", "35"));
		}
		return "pharma/pricing";
	}

	/**
	 * A new scenario's form: the last twelve whole months, the usual Sanming-like steps.
	 */
	private static ScenarioForm defaults(DataScope scope) {
		LocalDate firstOfMonth = PlatformTime.today().withDayOfMonth(1);
		Map<String, String> raises = new LinkedHashMap<>();
		raises.put("01", "");
		raises.put("02", "30");
		raises.put("05", "10");
		raises.put("06", "15");
		raises.put("07", "20");
		String region = scope.kind() == DataScope.Kind.REGION ? scope.regionCode() : "";
		return new ScenarioForm(region, "", firstOfMonth.minusYears(1).toString(), firstOfMonth.minusDays(1).toString(),
				"5", "10", "70", "", "", raises, "");
	}

	/** Institution and county names of the scenarios' rows. */
	private Map<String, String> names(List<Scenarios.Checked> list) {
		Map<String, String> names = new LinkedHashMap<>();
		for (Scenarios.Checked c : list) {
			for (PriceReform.Outcome o : c.scenario().result().institutions()) {
				names.computeIfAbsent(o.code(), code -> registry.institution(code).map(Institution::name).orElse(code));
				names.computeIfAbsent(o.county(), code -> registry.region(code).map(Region::name).orElse(code));
			}
		}
		return names;
	}

	private Map<String, String> itemNames(Scenario s) {
		Map<String, String> names = new LinkedHashMap<>();
		List<String> codes = new ArrayList<>();
		s.result().items().forEach(i -> codes.add(i.code()));
		for (String code : codes) {
			names.put(code, terminology.catalogueItem(code, s.baselineTo()).map(CatalogueItem::name).orElse(code));
		}
		return names;
	}

	private String text(BusinessException ex) {
		return ex.error().code() + " "
				+ messages.getMessage(ex.error().messageKey(), ex.args(), LocaleContextHolder.getLocale());
	}

}
