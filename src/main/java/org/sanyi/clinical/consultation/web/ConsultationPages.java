package org.sanyi.clinical.consultation.web;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.hl7.fhir.r4.model.DiagnosticReport;
import org.hl7.fhir.r4.model.DocumentReference;
import org.hl7.fhir.r4.model.ImagingStudy;
import org.hl7.fhir.r4.model.Resource;
import org.sanyi.clinical.ClinicalRecords;
import org.sanyi.clinical.Consultations;
import org.sanyi.clinical.Consultations.Attachment;
import org.sanyi.clinical.Consultations.Consultant;
import org.sanyi.clinical.consultation.ConsultationErrors;
import org.sanyi.clinical.consultation.ConsultationRepository;
import org.sanyi.clinical.consultation.ConsultationRepository.ConsultationRow;
import org.sanyi.clinical.consultation.ConsultationService;
import org.sanyi.identity.Resident;
import org.sanyi.identity.ResidentIndex;
import org.sanyi.registry.Alliance;
import org.sanyi.registry.Institution;
import org.sanyi.registry.Registry;
import org.sanyi.security.AuditLog;
import org.sanyi.security.CurrentUser;
import org.sanyi.security.CurrentUsers;
import org.sanyi.shared.BusinessException;
import org.sanyi.shared.IdNumber;
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
 * 远程会诊: the institution's consultations (sent and received), the request form (the
 * resident, the records to share, read from the shared record under the resident's
 * consent, the consultant institution, the question) and one consultation with the steps
 * its institution may take. Refusals come back as the page's error.
 */
@Controller
@PreAuthorize("hasAuthority('consultation:consultation:use')")
class ConsultationPages {

	static final Set<String> SHAREABLE = Set.of("DiagnosticReport", "DocumentReference", "ImagingStudy");

	private final ConsultationService service;

	private final ConsultationRepository repository;

	private final ClinicalRecords records;

	private final ResidentIndex residents;

	private final Registry registry;

	private final AuditLog auditLog;

	private final ErrorTexts errorTexts;

	private final Clock clock = Clock.systemUTC();

	ConsultationPages(ConsultationService service, ConsultationRepository repository, ClinicalRecords records,
			ResidentIndex residents, Registry registry, AuditLog auditLog, ErrorTexts errorTexts) {
		this.service = service;
		this.repository = repository;
		this.records = records;
		this.residents = residents;
		this.registry = registry;
		this.auditLog = auditLog;
		this.errorTexts = errorTexts;
	}

	/** A consultation as a list shows it. */
	record Line(ConsultationRow row, String residentName, String requester, String consultant) {
	}

	@GetMapping("/clinical/consultations")
	String list(@RequestParam(required = false) String role, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size, Model model) {
		String institution = institution();
		boolean received = "received".equals(role);
		PageQuery q = PageQuery.of(page, size);
		List<Line> lines = repository.of(institution, received, q.offset(), q.size()).stream().map(this::line).toList();
		auditLog.read("consultation:list", institution, lines.size() + " consultations");
		model.addAttribute("role", received ? "received" : "sent");
		model.addAttribute("page", q.page(lines, repository.count(institution, received)));
		return "consultation/list";
	}

	@GetMapping("/clinical/consultations/new")
	String form(@RequestParam(required = false) String q, Model model) {
		model.addAttribute("q", q);
		model.addAttribute("consultants", consultantsFor(institution()));
		if (q != null && !q.isBlank()) {
			Resident resident = resident(q.strip());
			model.addAttribute("resident", resident);
			try {
				model.addAttribute("shareable", shareable(resident.residentId()));
			}
			catch (BusinessException ex) {
				model.addAttribute("recordClosed", errorTexts.of(ex));
				model.addAttribute("shareable", Map.of());
			}
		}
		return "consultation/new";
	}

	@PostMapping("/clinical/consultations")
	String request(@RequestParam(required = false) String residentId,
			@RequestParam(required = false) String consultantCode, @RequestParam(required = false) String question,
			@RequestParam(name = "attachments", required = false) List<String> chosen, RedirectAttributes redirect) {
		CurrentUser user = CurrentUsers.get();
		auditLog.describe("consultation:consultation", residentId, consultantCode);
		List<Attachment> attachments = new ArrayList<>();
		if (chosen != null && !chosen.isEmpty()) {
			Map<String, String> offered = shareable(residentId);
			for (String ref : chosen) {
				if (!offered.containsKey(ref)) {
					throw new BusinessException(ConsultationErrors.INVALID_ATTACHMENT, ref);
				}
				attachments.add(new Attachment(ref, offered.get(ref)));
			}
		}
		try {
			long id = service.request(new Consultations.Request(user.scope().institutionCode(), user.username(),
					user.displayName(), residentId, consultantCode, question, attachments, clock.instant()));
			return "redirect:/clinical/consultations/" + id;
		}
		catch (BusinessException ex) {
			redirect.addFlashAttribute("error", errorTexts.of(ex));
			return "redirect:/clinical/consultations/new";
		}
	}

	@GetMapping("/clinical/consultations/{id}")
	String detail(@PathVariable long id, Model model) {
		String institution = institution();
		ConsultationRow row = service.find(id, institution);
		auditLog.read("identity:resident", row.residentId(), "consultation " + id);
		model.addAttribute("line", line(row));
		model.addAttribute("c", row);
		model.addAttribute("attachments", repository.attachments(id));
		model.addAttribute("consultants", repository.consultants(id));
		model.addAttribute("events", repository.events(id));
		model.addAttribute("asConsultant", row.consultantCode().equals(institution));
		model.addAttribute("asRequester", row.requesterCode().equals(institution));
		model.addAttribute("feeItem", ConsultationService.FEE_ITEM);
		return "consultation/detail";
	}

	@PostMapping("/clinical/consultations/{id}/schedule")
	String schedule(@PathVariable long id, @RequestParam(required = false) String slot,
			@RequestParam(required = false) Integer minutes, @RequestParam(required = false) String link,
			@RequestParam(required = false) String consultants, RedirectAttributes redirect) {
		CurrentUser user = CurrentUsers.get();
		auditLog.describe("consultation:consultation", String.valueOf(id), "schedule " + slot);
		List<Consultant> named = new ArrayList<>();
		for (String lineText : consultants == null ? new String[0] : consultants.split("\\R")) {
			String t = lineText.strip();
			if (!t.isEmpty()) {
				int space = t.indexOf(' ');
				named.add(space > 0 ? new Consultant(t.substring(0, space), t.substring(space + 1).strip())
						: new Consultant(t, null));
			}
		}
		act(redirect, () -> service.schedule(id, institution(), user.username(), slotStart(slot),
				minutes == null ? 0 : minutes, link, named, clock.instant()));
		return "redirect:/clinical/consultations/" + id;
	}

	@PostMapping("/clinical/consultations/{id}/complete")
	String complete(@PathVariable long id, @RequestParam(required = false) String opinion,
			RedirectAttributes redirect) {
		CurrentUser user = CurrentUsers.get();
		auditLog.describe("consultation:consultation", String.valueOf(id), "complete");
		act(redirect, () -> service.complete(id, institution(), user.username(), user.displayName(), opinion,
				clock.instant()));
		return "redirect:/clinical/consultations/" + id;
	}

	@PostMapping("/clinical/consultations/{id}/decline")
	String decline(@PathVariable long id, @RequestParam(required = false) String reason, RedirectAttributes redirect) {
		CurrentUser user = CurrentUsers.get();
		auditLog.describe("consultation:consultation", String.valueOf(id), "decline");
		act(redirect, () -> service.decline(id, institution(), user.username(), reason, clock.instant()));
		return "redirect:/clinical/consultations/" + id;
	}

	@PostMapping("/clinical/consultations/{id}/cancel")
	String cancel(@PathVariable long id, RedirectAttributes redirect) {
		CurrentUser user = CurrentUsers.get();
		auditLog.describe("consultation:consultation", String.valueOf(id), "cancel");
		act(redirect, () -> service.cancel(id, institution(), user.username(), clock.instant()));
		return "redirect:/clinical/consultations/" + id;
	}

	/**
	 * The slot as the browser's datetime-local field sends it, in the platform's zone.
	 */
	private static java.time.Instant slotStart(String slot) {
		if (slot == null || slot.isBlank()) {
			return null;
		}
		try {
			return LocalDateTime.parse(slot.strip()).atZone(PlatformTime.zone()).toInstant();
		}
		catch (java.time.format.DateTimeParseException ex) {
			throw new BusinessException(ConsultationErrors.INVALID_FIELD, "slot", "yyyy-MM-ddTHH:mm");
		}
	}

	/**
	 * The resident's reports, documents and studies the user may share: read from the
	 * shared record under the resident's consent (refused otherwise), newest first.
	 */
	private Map<String, String> shareable(String residentId) {
		Map<String, String> offered = new LinkedHashMap<>();
		for (Resource r : records.resources(residentId, SHAREABLE, null, null)) {
			String ref = r.fhirType() + "/" + r.getIdPart();
			offered.put(ref, switch (r) {
				case DiagnosticReport d -> d.getCode().getText();
				case DocumentReference d -> d.getType().getText();
				case ImagingStudy s -> s.getDescription();
				default -> ref;
			});
			if (offered.size() >= 50) {
				break;
			}
		}
		return offered;
	}

	/**
	 * Where the institution may ask: the leads of its alliances and the city's tertiary
	 * hospitals.
	 */
	private List<Institution> consultantsFor(String institution) {
		Map<String, Institution> out = new LinkedHashMap<>();
		for (Alliance a : registry.alliancesOf(institution, PlatformTime.today())) {
			registry.institution(a.leadInstitutionCode()).ifPresent(i -> out.put(i.code(), i));
		}
		Optional<Institution> own = registry.institution(institution);
		String city = own.map(i -> i.regionCode().substring(0, 4) + "00").orElse(null);
		if (city != null) {
			registry.institutionsUnderRegion(city)
				.stream()
				.filter(i -> i.kind().isHospital() && i.grade().level() == 3)
				.forEach(i -> out.putIfAbsent(i.code(), i));
		}
		out.remove(institution);
		return List.copyOf(out.values());
	}

	private Resident resident(String term) {
		Optional<Resident> r = IdNumber.isValid(term, PlatformTime.today()) ? residents.findByIdNumber(term)
				: residents.find(term);
		return r.orElseThrow(() -> new BusinessException(ConsultationErrors.UNKNOWN_RESIDENT,
				IdNumber.isValid(term, PlatformTime.today()) ? org.sanyi.shared.Masking.idNumber(term) : term));
	}

	private Line line(ConsultationRow row) {
		return new Line(row, residents.find(row.residentId()).map(Resident::name).orElse(""), name(row.requesterCode()),
				name(row.consultantCode()));
	}

	private String name(String code) {
		return registry.institution(code).map(Institution::name).orElse(code);
	}

	private void act(RedirectAttributes redirect, Runnable step) {
		errorTexts.flash(redirect, step, ConsultationErrors.UNKNOWN_CONSULTATION);
	}

	private static String institution() {
		String institution = CurrentUsers.scope().institutionCode();
		if (institution == null) {
			throw new BusinessException(ConsultationErrors.NO_INSTITUTION);
		}
		return institution;
	}

}
