package org.sanyi.clinical.familydoctor.web;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.sanyi.clinical.familydoctor.FamilyDoctorErrors;
import org.sanyi.clinical.familydoctor.engine.Tier;
import org.sanyi.clinical.familydoctor.internal.FamilyDoctorRepository;
import org.sanyi.clinical.familydoctor.internal.FamilyDoctorRepository.Patient;
import org.sanyi.clinical.familydoctor.internal.FollowUpService;
import org.sanyi.clinical.familydoctor.internal.FollowUpService.NewFollowUp;
import org.sanyi.identity.Resident;
import org.sanyi.identity.ResidentIndex;
import org.sanyi.security.AuditLog;
import org.sanyi.security.CurrentUsers;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The team's work at its centre: the registered patients with their task (red: refer
 * within two weeks; overdue; due within a week; never followed up), one patient's
 * follow-ups with their tier and the form of a new one.
 */
@Controller
@PreAuthorize("hasAuthority('familydoctor:team:work')")
class TeamPages {

	static final String RESOURCE = "familydoctor:patient";

	/** A red patient is referred within this many days of the visit. */
	static final int REFER_WITHIN_DAYS = 14;

	private final FamilyDoctorRepository repository;

	private final FollowUpService followUps;

	private final ResidentIndex residents;

	private final AuditLog auditLog;

	private final MessageSource messages;

	private final Clock clock = Clock.system(PlatformTime.zone());

	TeamPages(FamilyDoctorRepository repository, FollowUpService followUps, ResidentIndex residents, AuditLog auditLog,
			MessageSource messages) {
		this.repository = repository;
		this.followUps = followUps;
		this.residents = residents;
		this.auditLog = auditLog;
		this.messages = messages;
	}

	static String institution() {
		String code = CurrentUsers.scope().institutionCode();
		if (code == null) {
			throw new BusinessException(FamilyDoctorErrors.NO_INSTITUTION);
		}
		return code;
	}

	/** What the team has to do for a patient today, most urgent first. */
	enum Task {

		REFER, OVERDUE, DUE, FIRST, NONE;

		static Task of(Patient p, LocalDate today) {
			if (p.tier() == null) {
				return FIRST;
			}
			if (p.tier() == Tier.RED) {
				return REFER;
			}
			if (p.nextDue().isBefore(today)) {
				return OVERDUE;
			}
			return p.nextDue().isAfter(today.plusDays(7)) ? NONE : DUE;
		}

	}

	record Row(Patient patient, String name, Task task, LocalDate deadline) {
	}

	@GetMapping("/familydoctor")
	String tasks(@RequestParam(defaultValue = "false") boolean all, Model model) {
		String institution = institution();
		LocalDate today = PlatformTime.today();
		List<Row> rows = repository.patients(institution)
			.stream()
			.map(p -> new Row(p, residents.find(p.residentId()).map(Resident::name).orElse("—"), Task.of(p, today),
					p.tier() == Tier.RED ? p.lastVisit()
						.atZoneSameInstant(PlatformTime.zone())
						.toLocalDate()
						.plusDays(REFER_WITHIN_DAYS) : p.nextDue()))
			.filter(r -> all || r.task() != Task.NONE)
			.sorted(java.util.Comparator.comparing(Row::task))
			.toList();
		auditLog.read(RESOURCE, institution, rows.size() + " patients");
		Map<Task, Long> counts = new LinkedHashMap<>();
		for (Task t : Task.values()) {
			counts.put(t, rows.stream().filter(r -> r.task() == t).count());
		}
		model.addAttribute("rows", rows);
		model.addAttribute("counts", counts);
		model.addAttribute("all", all);
		return "familydoctor/tasks";
	}

	@GetMapping("/familydoctor/patients/{residentId}")
	String patient(@PathVariable String residentId, Model model) {
		String institution = institution();
		Patient p = repository.patients(institution)
			.stream()
			.filter(x -> x.residentId().equals(residentId))
			.findFirst()
			.orElseThrow(() -> new BusinessException(FamilyDoctorErrors.NOT_REGISTERED, residentId));
		auditLog.read(RESOURCE, residentId, "follow-ups");
		model.addAttribute("patient", p);
		model.addAttribute("resident", residents.find(residentId).orElse(null));
		model.addAttribute("followUps", repository.followUps(residentId, 24));
		return "familydoctor/patient";
	}

	@PostMapping("/familydoctor/patients/{residentId}/follow-ups")
	String record(@PathVariable String residentId, @RequestParam(required = false) Integer sbp,
			@RequestParam(required = false) Integer dbp, @RequestParam(required = false) BigDecimal fpg,
			@RequestParam(required = false) String medication, @RequestParam(required = false) String lifestyle,
			@RequestParam(defaultValue = "false") boolean comorbid,
			@RequestParam(defaultValue = "false") boolean adverseReaction,
			@RequestParam(defaultValue = "false") boolean dangerSigns, RedirectAttributes redirect) {
		auditLog.describe(RESOURCE, residentId, "follow-up");
		try {
			var f = followUps.record(new NewFollowUp(residentId, sbp, dbp, fpg, medication, lifestyle, comorbid,
					adverseReaction, dangerSigns), institution(), CurrentUsers.get().displayName(), clock.instant());
			redirect.addFlashAttribute("recorded", f.tier().name());
		}
		catch (BusinessException ex) {
			if (!(ex.error() instanceof FamilyDoctorErrors)) {
				throw ex;
			}
			redirect.addFlashAttribute("error", ex.error().code() + " " + messages.getMessage(ex.error().messageKey(),
					ex.args(), ex.error().code(), LocaleContextHolder.getLocale()));
		}
		return "redirect:/familydoctor/patients/" + residentId;
	}

}
