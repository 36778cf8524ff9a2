package org.sanyi.clinical.online.web;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

import org.sanyi.clinical.online.OnlineErrors;
import org.sanyi.clinical.online.engine.RenewalStatus;
import org.sanyi.clinical.online.engine.VisitStatus;
import org.sanyi.clinical.online.internal.OnlineVisit;
import org.sanyi.clinical.online.internal.OnlineVisits;
import org.sanyi.clinical.online.internal.OnlineVisits.Doctor;
import org.sanyi.clinical.online.internal.Renewals;
import org.sanyi.identity.Resident;
import org.sanyi.identity.ResidentIndex;
import org.sanyi.security.AuditLog;
import org.sanyi.security.CurrentUsers;
import org.sanyi.shared.BusinessException;
import org.sanyi.shared.PageQuery;
import org.sanyi.shared.PlatformTime;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The doctor's online clinic (互联网医院) for their own institution: the queue of follow-up
 * visits by state and the renewal requests waiting; one visit with the patient, the
 * in-person diagnosis it follows, the messages and the moves open (accept, start with a
 * video link, complete with a conclusion, cancel with a reason).
 */
@Controller
@PreAuthorize("hasAuthority('online:clinic:work')")
class OnlineClinicPages {

	static final String RESOURCE = "online:visit";

	private final OnlineVisits visits;

	private final Renewals renewals;

	private final ResidentIndex residents;

	private final Refusals refusals;

	private final AuditLog auditLog;

	private final Clock clock = Clock.system(PlatformTime.zone());

	OnlineClinicPages(OnlineVisits visits, Renewals renewals, ResidentIndex residents, Refusals refusals,
			AuditLog auditLog) {
		this.visits = visits;
		this.renewals = renewals;
		this.residents = residents;
		this.refusals = refusals;
		this.auditLog = auditLog;
	}

	static Doctor doctor() {
		String institution = CurrentUsers.scope().institutionCode();
		if (institution == null) {
			throw new BusinessException(OnlineErrors.NO_INSTITUTION);
		}
		return new Doctor(institution, CurrentUsers.get().username(), CurrentUsers.get().displayName());
	}

	@GetMapping("/online")
	String queue(@RequestParam(required = false) VisitStatus status, @RequestParam(required = false) Integer page,
			Model model) {
		Doctor me = doctor();
		var rows = visits.queue(me.institution(), status, PageQuery.of(page, 20));
		var waiting = renewals.queue(me.institution(), RenewalStatus.REQUESTED);
		Map<String, String> names = new LinkedHashMap<>();
		rows.rows().forEach(v -> names.computeIfAbsent(v.residentId(), this::name));
		waiting.forEach(r -> names.computeIfAbsent(r.residentId(), this::name));
		auditLog.read(RESOURCE, me.institution(),
				"online clinic: " + rows.rows().size() + " visits, " + waiting.size() + " renewals");
		model.addAttribute("status", status);
		model.addAttribute("statuses", VisitStatus.values());
		model.addAttribute("counts", visits.counts(me.institution()));
		model.addAttribute("page", rows);
		model.addAttribute("renewals", waiting);
		model.addAttribute("names", names);
		return "online/queue";
	}

	@GetMapping("/online/{id}")
	String visit(@PathVariable long id, Model model) {
		Doctor me = doctor();
		OnlineVisit v = visits.ofInstitution(id, me.institution());
		auditLog.read(RESOURCE, v.ref(), "online visit of " + v.residentId());
		model.addAttribute("v", v);
		model.addAttribute("patient", residents.find(v.residentId()).orElse(null));
		model.addAttribute("evidencePlace", visits.institutionName(v.evidenceInstitution()));
		model.addAttribute("messages", visits.messages(id));
		model.addAttribute("history", visits.history(id));
		model.addAttribute("fee", visits.fee(id));
		model.addAttribute("mine", v.doctorUsername() == null || v.doctorUsername().equals(me.username()));
		return "online/visit";
	}

	@PostMapping("/online/{id}/{action:accept|start|complete|cancel|refund}")
	String act(@PathVariable long id, @PathVariable String action, @RequestParam(required = false) String text,
			RedirectAttributes redirect) {
		Doctor me = doctor();
		OnlineVisit v = visits.ofInstitution(id, me.institution());
		auditLog.describe(RESOURCE, v.ref(), action);
		refusals.run(() -> {
			switch (action) {
				case "accept" -> visits.accept(id, me, clock.instant());
				case "start" -> visits.start(id, me, text, clock.instant());
				case "complete" -> visits.complete(id, me, text, clock.instant());
				case "refund" -> visits.refundFee(id, me, text, clock.instant());
				default -> visits.cancelByDoctor(id, me, text, clock.instant());
			}
		}, redirect);
		return "redirect:/online/" + id;
	}

	@PostMapping("/online/{id}/message")
	String message(@PathVariable long id, @RequestParam(required = false) String body,
			@RequestParam(required = false) MultipartFile image, RedirectAttributes redirect) {
		Doctor me = doctor();
		refusals.run(() -> {
			OnlineVisit v = visits.ownVisit(id, me);
			auditLog.describe(RESOURCE, v.ref(), "doctor message");
			visits.message(v, true, me.name(), body, Refusals.bytes(image), clock.instant());
		}, redirect);
		return "redirect:/online/" + id;
	}

	@GetMapping("/online/{id}/images/{message}")
	ResponseEntity<byte[]> image(@PathVariable long id, @PathVariable long message) {
		OnlineVisit v = visits.ofInstitution(id, doctor().institution());
		auditLog.read(RESOURCE, v.ref(), "image " + message + " of " + v.residentId());
		return visits.image(id, message)
			.map(Refusals::image)
			.orElseThrow(() -> BusinessException.notFound("image", message));
	}

	@PostMapping("/online/renewals/{id}/issue")
	String issue(@PathVariable long id, RedirectAttributes redirect) {
		Doctor me = doctor();
		var r = renewals.ofInstitution(id, me.institution());
		auditLog.describe("online:renewal", r.ref(), "issue renewal of " + r.originalRxno());
		refusals.run(() -> {
			var issued = renewals.issue(id, me, clock.instant());
			redirect.addFlashAttribute("issued", issued.newRxno());
		}, redirect);
		return "redirect:/online#renewals";
	}

	@PostMapping("/online/renewals/{id}/refuse")
	String refuse(@PathVariable long id, @RequestParam(required = false) String reason, RedirectAttributes redirect) {
		Doctor me = doctor();
		var r = renewals.ofInstitution(id, me.institution());
		auditLog.describe("online:renewal", r.ref(), "refuse renewal");
		refusals.run(() -> renewals.refuse(id, me, reason, clock.instant()), redirect);
		return "redirect:/online#renewals";
	}

	private String name(String residentId) {
		return residents.find(residentId).map(Resident::name).orElse("—");
	}

}
