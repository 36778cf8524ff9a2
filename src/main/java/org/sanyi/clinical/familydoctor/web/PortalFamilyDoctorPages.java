package org.sanyi.clinical.familydoctor.web;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.sanyi.clinical.familydoctor.engine.Crowd;
import org.sanyi.clinical.familydoctor.engine.TerminationReason;
import org.sanyi.clinical.familydoctor.internal.ContractRepository.Contract;
import org.sanyi.clinical.familydoctor.internal.ContractQueries;
import org.sanyi.clinical.familydoctor.internal.ContractService;
import org.sanyi.clinical.familydoctor.internal.ContractService.Actor;
import org.sanyi.clinical.familydoctor.internal.ContractService.SignRequest;
import org.sanyi.clinical.familydoctor.internal.FamilyDoctorRepository;
import org.sanyi.clinical.familydoctor.internal.FamilyDoctorRepository.Team;
import org.sanyi.identity.ResidentIdentifier;
import org.sanyi.identity.ResidentIndex;
import org.sanyi.security.AuditLog;
import org.sanyi.security.CurrentUsers;
import org.sanyi.shared.BusinessException;
import org.sanyi.shared.PlatformTime;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 家庭医生 on the resident's phone: the contract in force (team, doctor, members, the
 * specialist, crowd categories, packages with what the funds pay, term) with renewal in
 * its window and termination with a reason, a renewal waiting to start, the chronic-care
 * follow-ups; and 签约: choose the centre and a team, the packages with their prices,
 * declare categories the team will confirm, sign.
 */
@Controller
@PreAuthorize("hasAuthority('familydoctor:portal:own')")
class PortalFamilyDoctorPages {

	private final ContractService contracts;

	private final ContractQueries queries;

	private final FamilyDoctorRepository repository;

	private final ResidentIndex residents;

	private final AuditLog auditLog;

	private final MessageSource messages;

	private final Clock clock = Clock.system(PlatformTime.zone());

	PortalFamilyDoctorPages(ContractService contracts, ContractQueries queries, FamilyDoctorRepository repository,
			ResidentIndex residents, AuditLog auditLog, MessageSource messages) {
		this.contracts = contracts;
		this.queries = queries;
		this.repository = repository;
		this.residents = residents;
		this.auditLog = auditLog;
		this.messages = messages;
	}

	static String me() {
		return CurrentUsers.residentRef();
	}

	@GetMapping("/portal/family-doctor")
	String mine(Model model) {
		String me = me();
		auditLog.read(TeamPages.RESOURCE, me, "own contract and follow-ups");
		Contract contract = queries.contractOf(me).orElse(null);
		List<Contract> current = queries.currentOf(me);
		model.addAttribute("contract", contract);
		model.addAttribute("upcoming",
				current.stream().filter(c -> contract == null || c.id() != contract.id()).findFirst().orElse(null));
		model.addAttribute("team", contract == null ? null : queries.team(contract.teamId()).orElse(null));
		List<String> chosen = contract == null ? List.of() : List.of(contract.packages().split(","));
		model.addAttribute("myPackages", queries.packages().stream().filter(p -> chosen.contains(p.code())).toList());
		model.addAttribute("crowds", contract == null ? List.of() : Crowd.parseAll(contract.crowds()));
		model.addAttribute("pendingCrowds", contract == null ? List.of() : Crowd.parseAll(contract.crowdsPending()));
		model.addAttribute("renewable", contract != null && queries.renewable(contract));
		model.addAttribute("reasons",
				java.util.Arrays.stream(TerminationReason.values()).filter(TerminationReason::openToResident).toList());
		model.addAttribute("followUps", repository.followUps(me, 6));
		return "familydoctor/portal";
	}

	@GetMapping("/portal/family-doctor/sign")
	String signForm(@RequestParam(required = false) String centre, Model model) {
		String me = me();
		auditLog.read(TeamPages.RESOURCE, me, "signing form");
		Map<String, String> centres = new LinkedHashMap<>();
		List<Team> teams = queries.teams();
		teams.forEach(t -> centres.putIfAbsent(t.institutionCode(), t.institutionName()));
		String chosen = centre != null && centres.containsKey(centre) ? centre : homeCentre(me, centres);
		model.addAttribute("centres", centres);
		model.addAttribute("centre", chosen);
		model.addAttribute("teams", teams.stream().filter(t -> t.institutionCode().equals(chosen)).toList());
		model.addAttribute("packages", queries.offeredPackages());
		model.addAttribute("derived", contracts.derived(me, PlatformTime.today()));
		model.addAttribute("declarable",
				java.util.Arrays.stream(Crowd.values())
					.filter(c -> c.key() && c != Crowd.CHILD && c != Crowd.ELDERLY && c != Crowd.HTN && c != Crowd.DM)
					.toList());
		model.addAttribute("current", queries.currentOf(me));
		return "familydoctor/portal-sign";
	}

	@PostMapping("/portal/family-doctor/sign")
	String sign(@RequestParam(defaultValue = "0") long teamId, @RequestParam(required = false) List<String> packages,
			@RequestParam(required = false) List<String> crowds, RedirectAttributes redirect) {
		String me = me();
		auditLog.describe(TeamPages.RESOURCE, me, "sign on the portal, team " + teamId);
		try {
			contracts.sign(new SignRequest(me, teamId, orEmpty(packages), orEmpty(crowds), PlatformTime.today()),
					actor(me), clock.instant());
			redirect.addFlashAttribute("done", "signed");
			return "redirect:/portal/family-doctor";
		}
		catch (BusinessException ex) {
			redirect.addFlashAttribute("error", Refusals.text(ex, messages));
			return "redirect:/portal/family-doctor/sign";
		}
	}

	@PostMapping("/portal/family-doctor/{id}/renew")
	String renew(@PathVariable long id, @RequestParam(required = false) List<String> packages,
			RedirectAttributes redirect) {
		String me = me();
		auditLog.describe(TeamPages.RESOURCE, me, "renew contract " + id);
		try {
			contracts.renew(id, packages, null, actor(me), clock.instant());
			redirect.addFlashAttribute("done", "renewed");
		}
		catch (BusinessException ex) {
			redirect.addFlashAttribute("error", Refusals.text(ex, messages));
		}
		return "redirect:/portal/family-doctor";
	}

	@PostMapping("/portal/family-doctor/{id}/terminate")
	String terminate(@PathVariable long id, @RequestParam(required = false) TerminationReason reason,
			@RequestParam(required = false) String note, RedirectAttributes redirect) {
		String me = me();
		auditLog.describe(TeamPages.RESOURCE, me, "terminate contract " + id + " " + (reason == null ? "—" : reason));
		try {
			contracts.terminate(id, reason, note, actor(me), clock.instant());
			redirect.addFlashAttribute("done", "terminated");
		}
		catch (BusinessException ex) {
			redirect.addFlashAttribute("error", Refusals.text(ex, messages));
		}
		return "redirect:/portal/family-doctor";
	}

	/**
	 * The centre the resident most likely belongs to: that of their latest contract, else
	 * one where they are a registered patient, else the first.
	 */
	private String homeCentre(String me, Map<String, String> centres) {
		return queries.historyOf(me)
			.stream()
			.map(Contract::institutionCode)
			.filter(centres::containsKey)
			.findFirst()
			.or(() -> residents.identifiers(me)
				.stream()
				.filter(i -> i.type() == ResidentIdentifier.IdentifierType.PATIENT_NO)
				.map(ResidentIdentifier::issuer)
				.filter(centres::containsKey)
				.findFirst())
			.orElse(centres.keySet().stream().findFirst().orElse(null));
	}

	private static Actor actor(String me) {
		return Actor.resident(me, CurrentUsers.get().displayName());
	}

	private static List<String> orEmpty(List<String> values) {
		return values == null ? List.of() : values;
	}

}
