package org.sanyi.clinical.familydoctor.web;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.sanyi.clinical.familydoctor.internal.FamilyDoctorRepository;
import org.sanyi.clinical.familydoctor.internal.PopulationRepository;
import org.sanyi.clinical.familydoctor.internal.ServicePopulations;
import org.sanyi.security.AuditLog;
import org.sanyi.security.CurrentUsers;
import org.sanyi.security.DataScope;
import org.sanyi.shared.BusinessException;
import org.sanyi.shared.PlatformTime;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The county health-management centre's view (慢病管理中心): registered patients by latest
 * tier, centre and team, with the overdue follow-ups, and per centre the population it
 * serves this year with the contracts in force (签约率, 重点人群签约率), within the user's scope (a
 * county bureau its county, a centre's doctor their own centre). The health commission
 * enters the population. Counts only: no personal data.
 */
@Controller
@PreAuthorize("hasAuthority('familydoctor:centre:view')")
class CentrePages {

	private final FamilyDoctorRepository repository;

	private final PopulationRepository populations;

	private final ServicePopulations servicePopulations;

	private final AuditLog auditLog;

	private final MessageSource messages;

	CentrePages(FamilyDoctorRepository repository, PopulationRepository populations,
			ServicePopulations servicePopulations, AuditLog auditLog, MessageSource messages) {
		this.repository = repository;
		this.populations = populations;
		this.servicePopulations = servicePopulations;
		this.auditLog = auditLog;
		this.messages = messages;
	}

	/**
	 * One centre's coverage with its two rates (percent, one decimal; null without
	 * population).
	 */
	record Coverage(PopulationRepository.CentreCoverage centre, BigDecimal rate, BigDecimal keyRate) {
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
		int year = PlatformTime.today().getYear();
		model.addAttribute("year", String.valueOf(year));
		model.addAttribute("coverage", populations.coverage(prefix, institution, year, PlatformTime.today())
			.stream()
			.map(c -> new Coverage(c, rate(c.contracted(), c.residents()), rate(c.keyContracted(), c.keyResidents())))
			.toList());
		return "familydoctor/centre";
	}

	@PostMapping("/familydoctor/centre/population")
	@PreAuthorize("hasAuthority('familydoctor:population:edit')")
	String population(@RequestParam String institution, @RequestParam(required = false) Integer residents,
			@RequestParam(required = false) Integer keyResidents, RedirectAttributes redirect) {
		DataScope scope = CurrentUsers.scope();
		int year = PlatformTime.today().getYear();
		auditLog.describe("familydoctor:population", institution,
				year + " residents " + residents + ", key " + keyResidents);
		try {
			servicePopulations.set(institution, year, residents, keyResidents, scope.regionPrefix(),
					CurrentUsers.get().displayName());
			redirect.addFlashAttribute("saved", institution);
		}
		catch (BusinessException ex) {
			redirect.addFlashAttribute("error", Refusals.text(ex, messages));
		}
		return "redirect:/familydoctor/centre";
	}

	static BigDecimal rate(long part, Integer whole) {
		if (whole == null || whole == 0) {
			return null;
		}
		return BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
	}

}
