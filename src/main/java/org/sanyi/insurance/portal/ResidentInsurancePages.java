package org.sanyi.insurance.portal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.sanyi.identity.ResidentIndex;
import org.sanyi.insurance.portal.ResidentInsuranceViews.MyPerson;
import org.sanyi.insurance.portal.ResidentInsuranceViews.MySettlementDetail;
import org.sanyi.insurance.support.InsuranceLabels;
import org.sanyi.security.AuditLog;
import org.sanyi.security.CurrentUsers;
import org.sanyi.shared.BusinessException;
import org.sanyi.shared.Masking;
import org.sanyi.shared.SharedErrors;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * 我的医保 in the resident portal (mobile first): the logged-in resident's insured persons
 * found by their own ID number (the identity module knows it), enrolments, personal
 * account with its movements, settlements with their detail and the year's totals. Scope
 * SELF: everything is keyed by the caller's own person numbers; another person's
 * settlement is "not found". Each page is an audited read of personal data.
 */
@Controller
@PreAuthorize("hasAuthority('insurance:portal:own')")
class ResidentInsurancePages {

	private final ResidentIndex residents;

	private final ResidentInsuranceViews views;

	private final AuditLog audit;

	private final Clock clock;

	private final InsuranceLabels labels;

	ResidentInsurancePages(ResidentIndex residents, ResidentInsuranceViews views, AuditLog audit, Clock insuranceClock,
			InsuranceLabels labels) {
		this.labels = labels;
		this.residents = residents;
		this.views = views;
		this.audit = audit;
		this.clock = insuranceClock;
	}

	@GetMapping("/portal/insurance")
	String home(@RequestParam(required = false) Integer year, Model model) {
		String me = me();
		List<MyPerson> mine = views.persons(idNumberOf(me));
		List<String> psnNos = psnNos(mine);
		LocalDate today = LocalDate.now(clock);
		int shownYear = year == null ? today.getYear() : year;
		if (shownYear < 2000 || shownYear > today.getYear() + 1) {
			throw new BusinessException(SharedErrors.INVALID_FIELD, "year");
		}
		audit.read("insurance:person", String.join(",", psnNos), "own insurance (portal) " + shownYear);
		model.addAttribute("persons", mine);
		model.addAttribute("certNo", mine.isEmpty() ? "" : Masking.idNumber(mine.getFirst().person().certNo()));
		model.addAttribute("hasAccount", mine.stream().anyMatch(p -> p.balance() != null));
		model.addAttribute("movements", views.movements(psnNos, 20));
		model.addAttribute("settlements", views.settlements(psnNos, 50));
		model.addAttribute("year", shownYear);
		model.addAttribute("years", List.of(today.getYear(), today.getYear() - 1));
		model.addAttribute("totals", views.yearTotals(mine, shownYear, today));
		return "insurance/portal";
	}

	@GetMapping("/portal/insurance/settlements/{setlId}")
	String settlement(@PathVariable String setlId, Model model) {
		List<String> psnNos = psnNos(views.persons(idNumberOf(me())));
		MySettlementDetail detail = views.settlement(psnNos, setlId)
			.orElseThrow(() -> BusinessException.notFound("settlement", setlId));
		audit.read("insurance:settlement", setlId, detail.settlement().psnNo() + " (portal)");
		model.addAttribute("d", detail);
		model.addAttribute("s", detail.settlement());
		InsuranceLabels.Texts t = labels.now();
		model.addAttribute("traces", detail.settlement().funds().stream().map(f -> t.trace(f.trace())).toList());
		return "insurance/portal-settlement";
	}

	private static String me() {
		return CurrentUsers.residentRef();
	}

	private String idNumberOf(String residentRef) {
		return residents.idNumberOf(residentRef).orElse("~");
	}

	private static List<String> psnNos(List<MyPerson> mine) {
		return mine.stream().map(p -> p.person().psnNo()).toList();
	}

}
