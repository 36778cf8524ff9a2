package org.sanyi.clinical.online.web;

import java.time.Clock;
import java.util.Map;

import org.sanyi.clinical.online.internal.Eligibility;
import org.sanyi.clinical.online.internal.FollowUpPlans;
import org.sanyi.clinical.online.internal.OnlineVisit;
import org.sanyi.clinical.online.internal.OnlineVisits;
import org.sanyi.clinical.online.internal.Renewals;
import org.sanyi.security.AuditLog;
import org.sanyi.security.CurrentUsers;
import org.sanyi.shared.BusinessException;
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
 * 在线复诊 on the resident's phone: ask for a follow-up of a condition diagnosed at an
 * earlier visit, follow one's online visits (messages, images, the video link, the
 * doctor's conclusion), ask to renew the last chronic prescription, and see the
 * post-discharge check-ins planned. Everything is the signed-in resident's own; every
 * read and write is audited.
 */
@Controller
@PreAuthorize("hasAuthority('online:portal:own')")
class PortalOnlinePages {

	static final String RESOURCE = "online:visit";

	private final OnlineVisits visits;

	private final Renewals renewals;

	private final FollowUpPlans plans;

	private final Eligibility eligibility;

	private final Refusals refusals;

	private final AuditLog auditLog;

	private final Clock clock = Clock.system(PlatformTime.zone());

	private final org.sanyi.clinical.online.internal.OnlineSurveys surveys;

	PortalOnlinePages(OnlineVisits visits, Renewals renewals, FollowUpPlans plans, Eligibility eligibility,
			Refusals refusals, AuditLog auditLog, org.sanyi.clinical.online.internal.OnlineSurveys surveys) {
		this.surveys = surveys;
		this.visits = visits;
		this.renewals = renewals;
		this.plans = plans;
		this.eligibility = eligibility;
		this.refusals = refusals;
		this.auditLog = auditLog;
	}

	static String me() {
		return CurrentUsers.residentRef();
	}

	@GetMapping("/portal/online")
	String mine(Model model) {
		String me = me();
		auditLog.read(RESOURCE, me, "own online visits, renewals and plans");
		model.addAttribute("conditions", eligibility.conditions(me, PlatformTime.today()));
		model.addAttribute("places", eligibility.places(me));
		model.addAttribute("visits", visits.ofResident(me));
		model.addAttribute("renewable", renewals.renewable(me));
		model.addAttribute("renewals", renewals.ofResident(me));
		model.addAttribute("plans", plans.ofResident(me));
		model.addAttribute("today", PlatformTime.today());
		return "online/portal";
	}

	@PostMapping("/portal/online")
	String request(@RequestParam(required = false) String condition, @RequestParam(required = false) String institution,
			@RequestParam(required = false) String complaint, RedirectAttributes redirect) {
		String me = me();
		auditLog.describe(RESOURCE, me, "request follow-up " + condition + " at " + institution);
		OnlineVisit[] made = new OnlineVisit[1];
		refusals.run(() -> made[0] = visits.request(me, institution, condition, complaint, clock.instant()), redirect);
		return made[0] == null ? "redirect:/portal/online" : "redirect:/portal/online/" + made[0].id();
	}

	@GetMapping("/portal/online/{id}")
	String visit(@PathVariable long id, Model model) {
		OnlineVisit v = visits.ofResident(id, me());
		auditLog.read(RESOURCE, v.ref(), "own online visit");
		model.addAttribute("v", v);
		model.addAttribute("messages", visits.messages(id));
		model.addAttribute("history", visits.history(id));
		model.addAttribute("fee", visits.fee(id));
		boolean surveyOpen = surveys.open(v);
		model.addAttribute("surveyOpen", surveyOpen);
		model.addAttribute("surveyed", surveys.answered(id));
		model.addAttribute("questions", surveyOpen ? surveys.questionsFor(v) : java.util.List.of());
		return "online/portal-visit";
	}

	/** The satisfaction survey of a completed visit of the resident's own. */
	@PostMapping("/portal/online/{id}/survey")
	String survey(@PathVariable long id, @RequestParam Map<String, String> form, RedirectAttributes redirect) {
		String me = me();
		auditLog.describe("online:survey", String.valueOf(id), "resident answers the survey");
		Map<String, Integer> scores = new java.util.HashMap<>();
		form.forEach((name, value) -> {
			if (name.startsWith("q_")) {
				try {
					scores.put(name.substring(2), Integer.valueOf(value.trim()));
				}
				catch (NumberFormatException ex) {
					// a score that is not a number stays missing: OL-0017 names the
					// question
				}
			}
		});
		refusals.run(() -> surveys.submit(me, id, scores, form.get("comment"), clock.instant()), redirect);
		return "redirect:/portal/online/" + id;
	}

	@PostMapping("/portal/online/{id}/message")
	String message(@PathVariable long id, @RequestParam(required = false) String body,
			@RequestParam(required = false) MultipartFile image, RedirectAttributes redirect) {
		OnlineVisit v = visits.ofResident(id, me());
		auditLog.describe(RESOURCE, v.ref(), "resident message");
		refusals.run(() -> visits.message(v, false, CurrentUsers.get().displayName(), body, Refusals.bytes(image),
				clock.instant()), redirect);
		return "redirect:/portal/online/" + id;
	}

	@PostMapping("/portal/online/{id}/cancel")
	String cancel(@PathVariable long id, @RequestParam(required = false) String reason, RedirectAttributes redirect) {
		String me = me();
		auditLog.describe(RESOURCE, String.valueOf(id), "resident cancels");
		refusals.run(() -> visits.cancelByResident(id, me, reason, clock.instant()), redirect);
		return "redirect:/portal/online/" + id;
	}

	@GetMapping("/portal/online/{id}/images/{message}")
	ResponseEntity<byte[]> image(@PathVariable long id, @PathVariable long message) {
		OnlineVisit v = visits.ofResident(id, me());
		auditLog.read(RESOURCE, v.ref(), "own image " + message);
		return visits.image(id, message)
			.map(Refusals::image)
			.orElseThrow(() -> BusinessException.notFound("image", message));
	}

	@PostMapping("/portal/online/renewals")
	String renew(@RequestParam(required = false) String rx, @RequestParam(required = false) String note,
			RedirectAttributes redirect) {
		String me = me();
		auditLog.describe("online:renewal", String.valueOf(rx), "resident asks for a renewal");
		refusals.run(() -> {
			renewals.request(me, rx, note, clock.instant());
			redirect.addFlashAttribute("notice", "renewalRequested");
		}, redirect);
		return "redirect:/portal/online#renewals";
	}

	@PostMapping("/portal/online/renewals/{id}/cancel")
	String cancelRenewal(@PathVariable long id, RedirectAttributes redirect) {
		String me = me();
		auditLog.describe("online:renewal", String.valueOf(id), "resident cancels the renewal request");
		refusals.run(() -> renewals.cancel(id, me, clock.instant()), redirect);
		return "redirect:/portal/online#renewals";
	}

}
