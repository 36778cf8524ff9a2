package org.sanyi.clinical.online.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.sanyi.clinical.online.OnlineErrors;
import org.sanyi.clinical.online.internal.FollowUpPlans;
import org.sanyi.clinical.online.internal.OnlineVisits;
import org.sanyi.clinical.online.internal.OnlineVisits.Doctor;
import org.sanyi.identity.Resident;
import org.sanyi.identity.ResidentIndex;
import org.sanyi.security.AuditLog;
import org.sanyi.shared.BusinessException;
import org.sanyi.shared.IdNumber;
import org.sanyi.shared.PlatformTime;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 出院随访: the institution's check-ins due and overdue today with the form to record each
 * one, the plans made at discharge, and the form of a new plan for a discharged
 * inpatient.
 */
@Controller
@PreAuthorize("hasAuthority('online:clinic:work')")
class PlanPages {

	static final String RESOURCE = "online:plan";

	private final FollowUpPlans plans;

	private final OnlineVisits visits;

	private final ResidentIndex residents;

	private final Refusals refusals;

	private final AuditLog auditLog;

	private final Clock clock = Clock.system(PlatformTime.zone());

	PlanPages(FollowUpPlans plans, OnlineVisits visits, ResidentIndex residents, Refusals refusals, AuditLog auditLog) {
		this.plans = plans;
		this.visits = visits;
		this.residents = residents;
		this.refusals = refusals;
		this.auditLog = auditLog;
	}

	@GetMapping("/online/plans")
	String list(Model model) {
		Doctor me = OnlineClinicPages.doctor();
		LocalDate today = PlatformTime.today();
		var due = plans.due(me.institution(), today);
		var all = plans.ofInstitution(me.institution());
		Map<String, String> names = new LinkedHashMap<>();
		due.forEach(d -> names.computeIfAbsent(d.residentId(), this::name));
		all.forEach(p -> names.computeIfAbsent(p.residentId(), this::name));
		auditLog.read(RESOURCE, me.institution(), due.size() + " check-ins due, " + all.size() + " plans");
		model.addAttribute("due", due);
		model.addAttribute("plans", all);
		model.addAttribute("names", names);
		model.addAttribute("today", today);
		return "online/plans";
	}

	@PostMapping("/online/plans")
	String create(@RequestParam(required = false) String idNumber, @RequestParam(required = false) String diagnosis,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dischargedOn,
			@RequestParam(defaultValue = "7") int intervalDays, @RequestParam(defaultValue = "4") int checkIns,
			@RequestParam(required = false) String instructions, RedirectAttributes redirect) {
		Doctor me = OnlineClinicPages.doctor();
		auditLog.describe(RESOURCE, "new", "post-discharge plan " + diagnosis);
		refusals.run(() -> {
			String residentId = resident(idNumber);
			plans.create(new FollowUpPlans.NewPlan(residentId, diagnosis, dischargedOn, intervalDays, checkIns,
					instructions), me, visits.institutionName(me.institution()), clock.instant());
			redirect.addFlashAttribute("notice", "planCreated");
		}, redirect);
		return "redirect:/online/plans";
	}

	@PostMapping("/online/plans/check-ins/{id}")
	String checkIn(@PathVariable long id, @RequestParam(required = false) String outcome, RedirectAttributes redirect) {
		Doctor me = OnlineClinicPages.doctor();
		auditLog.describe(RESOURCE, String.valueOf(id), "check-in recorded");
		refusals.run(() -> plans.checkIn(id, me, outcome, clock.instant()), redirect);
		return "redirect:/online/plans";
	}

	private String resident(String idNumber) {
		String id = idNumber == null ? "" : idNumber.strip();
		if (!IdNumber.isValid(id, PlatformTime.today())) {
			throw new BusinessException(OnlineErrors.UNKNOWN_RESIDENT, "—");
		}
		return residents.findByIdNumber(id)
			.map(Resident::residentId)
			.orElseThrow(() -> new BusinessException(OnlineErrors.UNKNOWN_RESIDENT, "—"));
	}

	private String name(String residentId) {
		return residents.find(residentId).map(Resident::name).orElse("—");
	}

}
