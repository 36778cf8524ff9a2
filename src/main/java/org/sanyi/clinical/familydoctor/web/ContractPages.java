package org.sanyi.clinical.familydoctor.web;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpSession;

import org.sanyi.clinical.familydoctor.FamilyDoctorErrors;
import org.sanyi.clinical.familydoctor.engine.Crowd;
import org.sanyi.clinical.familydoctor.engine.TerminationReason;
import org.sanyi.clinical.familydoctor.internal.ContractRepository.Contract;
import org.sanyi.clinical.familydoctor.internal.ContractService;
import org.sanyi.clinical.familydoctor.internal.PublicHealthPayables;
import org.sanyi.clinical.familydoctor.internal.ContractService.Actor;
import org.sanyi.clinical.familydoctor.internal.ContractService.SignRequest;
import org.sanyi.clinical.familydoctor.internal.ContractQueries;
import org.sanyi.identity.HealthCodeReader;
import org.sanyi.identity.Resident;
import org.sanyi.identity.ResidentIndex;
import org.sanyi.security.AuditLog;
import org.sanyi.security.CurrentUsers;
import org.sanyi.security.DataScope;
import org.sanyi.shared.BusinessException;
import org.sanyi.shared.Masking;
import org.sanyi.shared.PageQuery;
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
 * 签约管理: the team's contracts (a county bureau sees its county's, names masked), signing a
 * resident at the counter after the health code identified them (the resident is kept in
 * the session, never taken from the form), one contract with renewal, termination with a
 * reason and the confirmation of categories a resident declared on the portal. Every read
 * of a resident's contract is audited; writes are described.
 */
@Controller
@PreAuthorize("hasAuthority('familydoctor:contract:view')")
class ContractPages {

	static final String RESOURCE = "familydoctor:contract";

	/** The session key of the resident the health code identified at the counter. */
	static final String COUNTER_RESIDENT = "fd.counter.resident";

	private final ContractService contracts;

	private final ContractQueries queries;

	private final ResidentIndex residents;

	private final HealthCodeReader codes;

	private final AuditLog auditLog;

	private final MessageSource messages;

	private final PublicHealthPayables payables;

	private final Clock clock = Clock.system(PlatformTime.zone());

	ContractPages(ContractService contracts, ContractQueries queries, ResidentIndex residents, HealthCodeReader codes,
			AuditLog auditLog, MessageSource messages, PublicHealthPayables payables) {
		this.payables = payables;
		this.contracts = contracts;
		this.queries = queries;
		this.residents = residents;
		this.codes = codes;
		this.auditLog = auditLog;
		this.messages = messages;
	}

	@GetMapping("/familydoctor/contracts")
	String list(@RequestParam(required = false) String status, @RequestParam(defaultValue = "false") boolean pending,
			@RequestParam(required = false) Integer page, Model model) {
		DataScope scope = CurrentUsers.scope();
		String wanted = "ACTIVE".equals(status) || "TERMINATED".equals(status) ? status : null;
		var rows = queries.list(scope, wanted, pending, PageQuery.of(page, 20));
		boolean team = scope.kind() == DataScope.Kind.INSTITUTION;
		Map<String, String> names = new LinkedHashMap<>();
		rows.rows()
			.forEach(c -> names.computeIfAbsent(c.residentId(),
					id -> residents.find(id).map(Resident::name).map(n -> team ? n : Masking.name(n)).orElse("—")));
		auditLog.read(RESOURCE,
				scope.kind() == DataScope.Kind.INSTITUTION ? scope.institutionCode() : scope.regionCode(),
				rows.rows().size() + " contracts");
		model.addAttribute("page", rows);
		model.addAttribute("names", names);
		model.addAttribute("status", wanted);
		model.addAttribute("pending", pending);
		model.addAttribute("summary", queries.summary(scope));
		return "familydoctor/contracts";
	}

	/**
	 * 基本公卫经费应付: what the basic public-health fund owes the teams in the scope for the
	 * signing fees of a year, by month, institution and team (a county bureau pays it).
	 */
	@GetMapping("/familydoctor/contracts/public-health")
	String publicHealth(@RequestParam(required = false) Integer year, Model model) {
		DataScope scope = CurrentUsers.scope();
		int thisYear = PlatformTime.today().getYear();
		int shown = year == null || year < 2000 || year > thisYear + 1 ? thisYear : year;
		List<PublicHealthPayables.Due> dues = payables.dues(scope, shown);
		auditLog.read("familydoctor:public-health-payable",
				scope.kind() == DataScope.Kind.INSTITUTION ? scope.institutionCode() : scope.regionCode(),
				"year " + shown + ", " + dues.size() + " team-months");
		model.addAttribute("dues", dues);
		model.addAttribute("totals", PublicHealthPayables.totals(dues));
		model.addAttribute("year", shown);
		model.addAttribute("years", List.of(thisYear, thisYear - 1));
		model.addAttribute("payable", dues.stream().filter(d -> d.outstanding().signum() > 0).toList());
		model.addAttribute("today", PlatformTime.today());
		return "familydoctor/public-health";
	}

	/**
	 * 登记拨付: the county health commission records a payment of the public-health fund for
	 * a team's month (chosen as {@code teamId:period}), never above what is still to pay.
	 */
	@PostMapping("/familydoctor/contracts/public-health/disbursements")
	@PreAuthorize("hasAuthority('familydoctor:public-health:disburse')")
	String disburse(@RequestParam(required = false) String teamMonth, @RequestParam(required = false) String amount,
			@RequestParam(required = false) String paidOn, @RequestParam(required = false) String voucherNo,
			@RequestParam(required = false) Integer year, RedirectAttributes redirect) {
		String back = "redirect:/familydoctor/contracts/public-health" + (year == null ? "" : "?year=" + year);
		int colon = teamMonth == null ? -1 : teamMonth.indexOf(':');
		long teamId = colon > 0 && teamMonth.substring(0, colon).matches("[0-9]{1,18}")
				? Long.parseLong(teamMonth.substring(0, colon)) : 0;
		String period = colon > 0 ? teamMonth.substring(colon + 1) : null;
		auditLog.describe("familydoctor:public-health-disbursement", String.valueOf(teamId),
				"disburse " + period + " " + amount + " voucher " + voucherNo);
		try {
			BigDecimal value = amount == null || !amount.strip().matches("[0-9]{1,15}(\\.[0-9]+)?") ? null
					: new BigDecimal(amount.strip());
			var d = payables.disburse(CurrentUsers.scope(), teamId, period, value, date(paidOn), voucherNo,
					CurrentUsers.get().username(), clock.instant());
			redirect.addFlashAttribute("done", d.amount().toPlainString());
		}
		catch (BusinessException ex) {
			redirect.addFlashAttribute("error", Refusals.text(ex, messages));
		}
		return back;
	}

	/** A yyyy-MM-dd date, or null (refused by the service naming the field). */
	private static LocalDate date(String text) {
		try {
			return text == null ? null : LocalDate.parse(text.strip());
		}
		catch (java.time.format.DateTimeParseException ex) {
			return null;
		}
	}

	@GetMapping("/familydoctor/contracts/new")
	@PreAuthorize("hasAuthority('familydoctor:contract:sign')")
	String form(HttpSession session, Model model) {
		String institution = TeamPages.institution();
		String residentId = (String) session.getAttribute(COUNTER_RESIDENT);
		model.addAttribute("teams",
				queries.teams().stream().filter(t -> t.institutionCode().equals(institution)).toList());
		model.addAttribute("packages", queries.offeredPackages());
		model.addAttribute("crowds", Crowd.values());
		model.addAttribute("today", PlatformTime.today());
		if (residentId != null) {
			Resident resident = residents.find(residentId).orElse(null);
			auditLog.read(RESOURCE, residentId, "signing at the counter");
			model.addAttribute("resident", resident);
			model.addAttribute("derived", contracts.derived(residentId, PlatformTime.today()));
			model.addAttribute("current", queries.currentOf(residentId));
		}
		return "familydoctor/contract-new";
	}

	@PostMapping("/familydoctor/contracts/identify")
	@PreAuthorize("hasAuthority('familydoctor:contract:sign')")
	String identify(@RequestParam(required = false) String code, HttpSession session, RedirectAttributes redirect) {
		String institution = TeamPages.institution();
		var user = CurrentUsers.get();
		String purpose = messages.getMessage("fd.contract.scanPurpose", null, LocaleContextHolder.getLocale());
		var resident = codes.residentAt(code, institution, user.username(), purpose);
		session.removeAttribute(COUNTER_RESIDENT);
		if (resident.isEmpty()) {
			auditLog.describe(RESOURCE, null, "health code rejected");
			redirect.addFlashAttribute("error",
					Refusals.text(new BusinessException(FamilyDoctorErrors.HEALTH_CODE_REJECTED), messages));
		}
		else {
			auditLog.describe(RESOURCE, resident.get(), "identified by health code");
			session.setAttribute(COUNTER_RESIDENT, resident.get());
		}
		return "redirect:/familydoctor/contracts/new";
	}

	@PostMapping("/familydoctor/contracts")
	@PreAuthorize("hasAuthority('familydoctor:contract:sign')")
	String sign(@RequestParam(defaultValue = "0") long teamId, @RequestParam(required = false) List<String> packages,
			@RequestParam(required = false) List<String> crowds, @RequestParam(required = false) LocalDate startsOn,
			HttpSession session, RedirectAttributes redirect) {
		String residentId = (String) session.getAttribute(COUNTER_RESIDENT);
		if (residentId == null) {
			redirect.addFlashAttribute("error",
					Refusals.text(new BusinessException(FamilyDoctorErrors.HEALTH_CODE_REJECTED), messages));
			return "redirect:/familydoctor/contracts/new";
		}
		auditLog.describe(RESOURCE, residentId, "sign at the counter, team " + teamId);
		try {
			Contract c = contracts.sign(new SignRequest(residentId, teamId, orEmpty(packages), orEmpty(crowds),
					startsOn == null ? PlatformTime.today() : startsOn), actor(), clock.instant());
			session.removeAttribute(COUNTER_RESIDENT);
			redirect.addFlashAttribute("done", "signed");
			return "redirect:/familydoctor/contracts/" + c.id();
		}
		catch (BusinessException ex) {
			redirect.addFlashAttribute("error", Refusals.text(ex, messages));
			return "redirect:/familydoctor/contracts/new";
		}
	}

	@GetMapping("/familydoctor/contracts/{id}")
	String detail(@PathVariable long id, Model model) {
		Contract c = queries.visible(id, CurrentUsers.scope());
		boolean team = CurrentUsers.scope().kind() == DataScope.Kind.INSTITUTION;
		auditLog.read(RESOURCE, c.residentId(), "contract " + id);
		Resident resident = residents.find(c.residentId()).orElse(null);
		model.addAttribute("c", c);
		model.addAttribute("residentName",
				resident == null ? "—" : team ? resident.name() : Masking.name(resident.name()));
		model.addAttribute("resident", resident);
		model.addAttribute("crowds", Crowd.parseAll(c.crowds()));
		model.addAttribute("derived", Crowd.parseAll(c.crowdsDerived()));
		model.addAttribute("pendingCrowds", Crowd.parseAll(c.crowdsPending()));
		model.addAttribute("allCrowds", Crowd.values());
		model.addAttribute("packages", queries.packages());
		model.addAttribute("offered", queries.offeredPackages());
		model.addAttribute("chosen", List.of(c.packages().split(",")));
		model.addAttribute("canAct", team && CurrentUsers.get().can("familydoctor:contract:sign"));
		model.addAttribute("renewable", queries.renewable(c));
		model.addAttribute("reasons", TerminationReason.values());
		DataScope scope = CurrentUsers.scope();
		model.addAttribute("history",
				queries.historyOf(c.residentId())
					.stream()
					.filter(h -> scope.coversInstitution(h.institutionCode(), h.regionCode()))
					.toList());
		return "familydoctor/contract";
	}

	@PostMapping("/familydoctor/contracts/{id}/renew")
	@PreAuthorize("hasAuthority('familydoctor:contract:sign')")
	String renew(@PathVariable long id, @RequestParam(required = false) List<String> packages,
			@RequestParam(required = false) List<String> crowds, RedirectAttributes redirect) {
		auditLog.describe(RESOURCE, String.valueOf(id), "renew");
		try {
			Contract c = contracts.renew(id, packages, crowds, actor(), clock.instant());
			redirect.addFlashAttribute("done", "renewed");
			return "redirect:/familydoctor/contracts/" + c.id();
		}
		catch (BusinessException ex) {
			redirect.addFlashAttribute("error", Refusals.text(ex, messages));
			return "redirect:/familydoctor/contracts/" + id;
		}
	}

	@PostMapping("/familydoctor/contracts/{id}/terminate")
	@PreAuthorize("hasAuthority('familydoctor:contract:sign')")
	String terminate(@PathVariable long id, @RequestParam(required = false) TerminationReason reason,
			@RequestParam(required = false) String note, RedirectAttributes redirect) {
		auditLog.describe(RESOURCE, String.valueOf(id), "terminate " + (reason == null ? "—" : reason));
		try {
			contracts.terminate(id, reason, note, actor(), clock.instant());
			redirect.addFlashAttribute("done", "terminated");
		}
		catch (BusinessException ex) {
			redirect.addFlashAttribute("error", Refusals.text(ex, messages));
		}
		return "redirect:/familydoctor/contracts/" + id;
	}

	@PostMapping("/familydoctor/contracts/{id}/confirm")
	@PreAuthorize("hasAuthority('familydoctor:contract:sign')")
	String confirm(@PathVariable long id, @RequestParam(required = false) List<String> crowds,
			RedirectAttributes redirect) {
		auditLog.describe(RESOURCE, String.valueOf(id), "confirm categories " + crowds);
		try {
			contracts.confirmCrowds(id, orEmpty(crowds), actor(), clock.instant());
			redirect.addFlashAttribute("done", "confirmed");
		}
		catch (BusinessException ex) {
			redirect.addFlashAttribute("error", Refusals.text(ex, messages));
		}
		return "redirect:/familydoctor/contracts/" + id;
	}

	private static Actor actor() {
		return Actor.team(TeamPages.institution(), CurrentUsers.get().displayName());
	}

	private static List<String> orEmpty(List<String> values) {
		return values == null ? List.of() : values;
	}

}
