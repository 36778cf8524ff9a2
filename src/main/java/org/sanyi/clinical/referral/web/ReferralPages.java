package org.sanyi.clinical.referral.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.sanyi.clinical.referral.ReferralErrors;
import org.sanyi.clinical.referral.engine.Direction;
import org.sanyi.clinical.referral.engine.ReferralAction;
import org.sanyi.clinical.referral.engine.ReferralStatus;
import org.sanyi.clinical.referral.internal.Referral;
import org.sanyi.clinical.referral.internal.ReferralFiling;
import org.sanyi.clinical.referral.internal.ReferralService;
import org.sanyi.clinical.referral.internal.ReferralService.Actor;
import org.sanyi.clinical.referral.internal.SummaryLine;
import org.sanyi.identity.Resident;
import org.sanyi.identity.ResidentIndex;
import org.sanyi.security.AuditLog;
import org.sanyi.security.CurrentUsers;
import org.sanyi.shared.BusinessException;
import org.sanyi.shared.PageQuery;
import org.sanyi.shared.PlatformTime;
import org.sanyi.shared.web.ErrorTexts;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The doctor's referral pages for their own institution: the referrals it sent (转出) and
 * received (转入) with their state, one referral with its summary, history and the moves
 * open to this side, and the form of a new up- or back-referral.
 */
@Controller
@PreAuthorize("hasAuthority('referral:referral:view')")
class ReferralPages {

	static final String RESOURCE = "referral:referral";

	private final ReferralService referrals;

	private final ReferralForms forms;

	private final ResidentIndex residents;

	private final AuditLog auditLog;

	private final ErrorTexts errorTexts;

	private final ReferralFiling filing;

	private final Clock clock = Clock.system(PlatformTime.zone());

	ReferralPages(ReferralService referrals, ReferralForms forms, ResidentIndex residents, AuditLog auditLog,
			ErrorTexts errorTexts, ReferralFiling filing) {
		this.referrals = referrals;
		this.forms = forms;
		this.residents = residents;
		this.auditLog = auditLog;
		this.errorTexts = errorTexts;
		this.filing = filing;
	}

	static String institution() {
		String code = CurrentUsers.scope().institutionCode();
		if (code == null) {
			throw new BusinessException(ReferralErrors.NO_INSTITUTION);
		}
		return code;
	}

	static Actor actor() {
		return new Actor(institution(), CurrentUsers.get().displayName());
	}

	@GetMapping("/referral")
	String list(@RequestParam(defaultValue = "in") String box, @RequestParam(required = false) ReferralStatus status,
			@RequestParam(required = false) Integer page, Model model) {
		String institution = institution();
		boolean outgoing = "out".equals(box);
		var rows = referrals.ofInstitution(institution, outgoing, status, PageQuery.of(page, 20));
		Map<String, String> names = new LinkedHashMap<>();
		rows.rows()
			.forEach(r -> names.computeIfAbsent(r.residentId(),
					id -> residents.find(id).map(Resident::name).orElse("—")));
		auditLog.read(RESOURCE, institution, (outgoing ? "sent " : "received ") + rows.rows().size() + " referrals");
		model.addAttribute("box", outgoing ? "out" : "in");
		model.addAttribute("status", status);
		model.addAttribute("statuses", ReferralStatus.values());
		model.addAttribute("page", rows);
		model.addAttribute("names", names);
		return "referral/list";
	}

	@GetMapping("/referral/{id}")
	String detail(@PathVariable long id, Model model) {
		String institution = institution();
		Referral r = referrals.visibleTo(id, institution);
		Resident resident = residents.find(r.residentId()).orElse(null);
		auditLog.read(RESOURCE, r.ref(), "referral of " + r.residentId());
		model.addAttribute("r", r);
		model.addAttribute("resident", resident);
		model.addAttribute("summary", SummaryLine.read(r.summary()));
		model.addAttribute("history", referrals.history(id));
		model.addAttribute("returns", referrals.returnsOf(id));
		var side = r.sideOf(institution);
		Map<String, Boolean> can = new LinkedHashMap<>();
		for (ReferralAction action : ReferralAction.values()) {
			can.put(action.name(), action.allowed(r.status(), side));
		}
		model.addAttribute("can", can);
		model.addAttribute("filing", filing.refmedin(r, institution).orElse(null));
		model.addAttribute("canReturn", r.direction() == Direction.UP && r.status() == ReferralStatus.COMPLETED
				&& r.toInstitution().equals(institution));
		return "referral/detail";
	}

	@PreAuthorize("hasAuthority('referral:referral:write')")
	@PostMapping("/referral/{id}/{action}")
	String act(@PathVariable long id, @PathVariable String action, @RequestParam(required = false) String text,
			RedirectAttributes redirect) {
		Actor by = actor();
		Referral r = referrals.visibleTo(id, by.institution());
		auditLog.describe(RESOURCE, r.ref(), action);
		try {
			switch (action) {
				case "accept" -> referrals.accept(id, by, text, clock.instant());
				case "reject" -> referrals.reject(id, by, text, clock.instant());
				case "arrive" -> referrals.arrive(id, by, clock.instant());
				case "complete" -> referrals.complete(id, by, text, clock.instant());
				case "cancel" -> referrals.cancel(id, by, text, clock.instant());
				default -> throw BusinessException.notFound("action", action);
			}
		}
		catch (BusinessException ex) {
			if (ex.error() instanceof ReferralErrors) {
				redirect.addFlashAttribute("error", errorTexts.of(ex));
			}
			else {
				throw ex;
			}
		}
		return "redirect:/referral/" + id;
	}

	@PreAuthorize("hasAuthority('referral:referral:write')")
	@GetMapping("/referral/new")
	String form(@RequestParam(defaultValue = "UP") Direction direction, @RequestParam(required = false) Long basedOn,
			Model model) {
		forms.fill(model, ReferralForm.start(direction, basedOn), institution());
		return "referral/new";
	}

	/** The departments of the chosen receiving institution (htmx). */
	@PreAuthorize("hasAuthority('referral:referral:write')")
	@GetMapping("/referral/departments")
	String departments(@RequestParam String toInstitution, Model model) {
		model.addAttribute("departments", referrals.departments(toInstitution));
		return "referral/new :: departments";
	}

	@PreAuthorize("hasAuthority('referral:referral:write')")
	@PostMapping("/referral")
	String create(ReferralForm form, Model model) {
		Actor by = actor();
		auditLog.describe(RESOURCE, "new", form.direction() + " to " + form.toInstitution());
		try {
			Referral r = forms.submit(form, by, clock.instant());
			return "redirect:/referral/" + r.id();
		}
		catch (BusinessException ex) {
			model.addAttribute("error", errorTexts.of(ex));
			forms.fill(model, form, by.institution());
			return "referral/new";
		}
	}

	static List<String> kinds() {
		return List.of("OUTPATIENT", "INPATIENT");
	}

	static LocalDate today() {
		return PlatformTime.today();
	}

}
