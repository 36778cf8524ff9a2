package org.sanyi.clinical.familydoctor.web;

import org.sanyi.clinical.familydoctor.internal.ContractService;
import org.sanyi.clinical.familydoctor.internal.FamilyDoctorRepository;
import org.sanyi.security.AuditLog;
import org.sanyi.security.CurrentUsers;
import org.sanyi.shared.BusinessException;
import org.sanyi.shared.SharedErrors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * 家庭医生 on the resident's phone: the contract in force (team, doctor, members, the
 * specialist, crowd categories, packages and fee, term), and the chronic-care follow-ups
 * with their colour and the next due date.
 */
@Controller
@PreAuthorize("hasAuthority('familydoctor:portal:own')")
class PortalFamilyDoctorPages {

	private final ContractService contracts;

	private final FamilyDoctorRepository repository;

	private final AuditLog auditLog;

	PortalFamilyDoctorPages(ContractService contracts, FamilyDoctorRepository repository, AuditLog auditLog) {
		this.contracts = contracts;
		this.repository = repository;
		this.auditLog = auditLog;
	}

	@GetMapping("/portal/family-doctor")
	String mine(Model model) {
		String me = CurrentUsers.scope().residentRef();
		if (me == null) {
			throw new BusinessException(SharedErrors.ACCESS_DENIED);
		}
		auditLog.read(TeamPages.RESOURCE, me, "own contract and follow-ups");
		var contract = contracts.contractOf(me).orElse(null);
		model.addAttribute("contract", contract);
		model.addAttribute("team", contract == null ? null : contracts.team(contract.teamId()).orElse(null));
		java.util.List<String> chosen = contract == null ? java.util.List.of()
				: java.util.List.of(contract.packages().split(","));
		model.addAttribute("myPackages", contracts.packages().stream().filter(p -> chosen.contains(p.code())).toList());
		model.addAttribute("crowds",
				contract == null ? java.util.List.of() : java.util.List.of(contract.crowds().split(",")));
		model.addAttribute("followUps", repository.followUps(me, 6));
		return "familydoctor/portal";
	}

}
