package org.sanyi.clinical.familydoctor.web;

import org.sanyi.clinical.familydoctor.internal.FamilyDoctorRepository;
import org.sanyi.security.AuditLog;
import org.sanyi.security.CurrentUsers;
import org.sanyi.security.DataScope;
import org.sanyi.shared.PlatformTime;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The county health-management centre's view (慢病管理中心): registered patients by latest
 * tier, centre and team, with the overdue follow-ups, within the user's scope (a county
 * bureau its county, a centre's doctor their own centre). Counts only: no personal data.
 */
@Controller
@PreAuthorize("hasAuthority('familydoctor:centre:view')")
class CentrePages {

	private final FamilyDoctorRepository repository;

	private final AuditLog auditLog;

	CentrePages(FamilyDoctorRepository repository, AuditLog auditLog) {
		this.repository = repository;
		this.auditLog = auditLog;
	}

	@GetMapping("/familydoctor/centre")
	String centre(Model model) {
		DataScope scope = CurrentUsers.scope();
		String institution = scope.kind() == DataScope.Kind.INSTITUTION ? scope.institutionCode() : null;
		String prefix = institution != null ? "" : scope.regionPrefix();
		var rows = repository.tiersByTeam(prefix, institution, PlatformTime.today());
		long red = rows.stream().mapToLong(r -> r.red()).sum();
		long yellow = rows.stream().mapToLong(r -> r.yellow()).sum();
		long green = rows.stream().mapToLong(r -> r.green()).sum();
		long none = rows.stream().mapToLong(r -> r.unseen()).sum();
		model.addAttribute("rows", rows);
		model.addAttribute("red", red);
		model.addAttribute("yellow", yellow);
		model.addAttribute("green", green);
		model.addAttribute("none", none);
		model.addAttribute("overdue", rows.stream().mapToLong(r -> r.overdue()).sum());
		return "familydoctor/centre";
	}

}
