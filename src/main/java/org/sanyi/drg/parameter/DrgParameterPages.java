package org.sanyi.drg.parameter;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.sanyi.drg.DrgErrors;
import org.sanyi.drg.DrgPayments.ParameterProposal;
import org.sanyi.drg.parameter.ParameterRepository.VersionRow;
import org.sanyi.drg.parameter.ParameterRepository.WeightRow;
import org.sanyi.security.AuditLog;
import org.sanyi.security.CurrentUser;
import org.sanyi.security.CurrentUsers;
import org.sanyi.security.DataScope;
import org.sanyi.shared.BusinessException;
import org.sanyi.shared.PlatformTime;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * DRG payment parameters: the versions of relative weights, base rate or point value and
 * outlier rules of the user's regions; an officer proposes a version (weights computed
 * from a base period or copied), a second officer approves or rejects it. Data scope
 * applies.
 */
@Controller
class DrgParameterPages {

	private final ParameterService parameters;

	private final AuditLog audit;

	private final MessageSource messages;

	DrgParameterPages(ParameterService parameters, AuditLog audit, MessageSource messages) {
		this.parameters = parameters;
		this.audit = audit;
		this.messages = messages;
	}

	@GetMapping("/drg/params")
	@PreAuthorize("hasAuthority('drg:param:list')")
	String params(Model model) {
		DataScope scope = CurrentUsers.scope();
		model.addAttribute("versions", parameters.list(scope));
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", defaultForm(scope));
		}
		return "drg/params";
	}

	private static Map<String, String> defaultForm(DataScope scope) {
		Map<String, String> form = new LinkedHashMap<>();
		int year = PlatformTime.today().getYear() + 1;
		form.put("regionCode", scope.kind() == DataScope.Kind.REGION ? scope.regionCode() : "");
		form.put("effectiveFrom", year + "-01-01");
		form.put("method", "RATE");
		form.put("baseFrom", (year - 1) + "-01-01");
		form.put("baseTo", (year - 1) + "-12-31");
		form.put("trim", "IQR");
		form.put("trimFactor", "3");
		form.put("minCases", "5");
		form.put("highFactor", "3");
		form.put("highRatio", "0.8");
		form.put("lowFactor", "0.4");
		return form;
	}

	@PostMapping("/drg/params")
	@PreAuthorize("hasAuthority('drg:param:edit')")
	String propose(@RequestParam Map<String, String> form, Model model) {
		CurrentUser user = CurrentUsers.get();
		try {
			ParameterProposal p = new ParameterProposal(form.get("regionCode"), date(form, "effectiveFrom"),
					form.get("basedOn") == null || form.get("basedOn").isBlank() ? null
							: Long.valueOf(form.get("basedOn").strip()),
					form.get("method"), decimal(form, "budget"), decimal(form, "baseRate"), decimal(form, "pointValue"),
					decimal(form, "highFactor"), decimal(form, "highRatio"), decimal(form, "lowFactor"),
					date(form, "baseFrom"), date(form, "baseTo"), form.get("trim"), decimal(form, "trimFactor"),
					form.get("minCases") == null || form.get("minCases").isBlank() ? null
							: Integer.valueOf(form.get("minCases").strip()),
					form.getOrDefault("summary", ""));
			long id = parameters.propose(p, user.username(), user.scope());
			audit.describe("drg:param", String.valueOf(id),
					"proposed for " + p.regionCode() + " from " + p.effectiveFrom());
			return "redirect:/drg/params/" + id;
		}
		catch (BusinessException ex) {
			model.addAttribute("error", ex.error().code() + " "
					+ messages.getMessage(ex.error().messageKey(), ex.args(), LocaleContextHolder.getLocale()));
		}
		catch (NumberFormatException | java.time.format.DateTimeParseException ex) {
			model.addAttribute("error", DrgErrors.PARAM_INVALID.code() + " " + messages.getMessage(
					DrgErrors.PARAM_INVALID.messageKey(),
					new Object[] {
							messages.getMessage("drg.param.invalid.number", null, LocaleContextHolder.getLocale()) },
					LocaleContextHolder.getLocale()));
		}
		model.addAttribute("form", form);
		model.addAttribute("versions", parameters.list(user.scope()));
		return "drg/params";
	}

	@GetMapping("/drg/params/{id}")
	@PreAuthorize("hasAuthority('drg:param:list')")
	String param(@PathVariable long id, Model model) {
		DataScope scope = CurrentUsers.scope();
		VersionRow v = parameters.get(id, scope);
		List<WeightRow> weights = parameters.weights(id);
		model.addAttribute("v", v);
		model.addAttribute("weights", weights);
		model.addAttribute("base", v.basedOn() == null ? null : parameters.get(v.basedOn(), scope));
		model.addAttribute("flagged", weights.stream().filter(WeightRow::flagged).count());
		model.addAttribute("editable", parameters.editable(v, scope));
		model.addAttribute("me", CurrentUsers.get().username());
		return "drg/param";
	}

	@PostMapping("/drg/params/{id}/approve")
	@PreAuthorize("hasAuthority('drg:param:approve')")
	String approve(@PathVariable long id, @RequestParam(required = false) String note) {
		CurrentUser user = CurrentUsers.get();
		parameters.approve(id, user.username(), note, user.scope());
		audit.describe("drg:param", String.valueOf(id), "approved");
		return "redirect:/drg/params/" + id;
	}

	@PostMapping("/drg/params/{id}/reject")
	@PreAuthorize("hasAuthority('drg:param:approve')")
	String reject(@PathVariable long id, @RequestParam(required = false) String note) {
		CurrentUser user = CurrentUsers.get();
		parameters.reject(id, user.username(), note, user.scope());
		audit.describe("drg:param", String.valueOf(id), "rejected");
		return "redirect:/drg/params/" + id;
	}

	// ---- helpers
	// -----------------------------------------------------------------------------------------------

	private static LocalDate date(Map<String, String> form, String name) {
		String v = form.get(name);
		return v == null || v.isBlank() ? null : LocalDate.parse(v.strip());
	}

	private static BigDecimal decimal(Map<String, String> form, String name) {
		String v = form.get(name);
		return v == null || v.isBlank() ? null : new BigDecimal(v.strip().replace(",", ""));
	}

}
