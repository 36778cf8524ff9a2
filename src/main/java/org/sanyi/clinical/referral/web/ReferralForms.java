package org.sanyi.clinical.referral.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;

import org.sanyi.clinical.referral.ReferralErrors;
import org.sanyi.clinical.referral.internal.RecordSummaries;
import org.sanyi.clinical.referral.internal.Referral;
import org.sanyi.clinical.referral.internal.ReferralService;
import org.sanyi.clinical.referral.internal.ReferralService.Actor;
import org.sanyi.clinical.referral.internal.SummaryLine;
import org.sanyi.identity.Resident;
import org.sanyi.identity.ResidentIndex;
import org.sanyi.shared.BusinessException;
import org.sanyi.shared.PlatformTime;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The new-referral form: what it offers (receiving institutions the scope allows, their
 * departments, the up-referral a back-referral returns) and what a submission becomes
 * (the patient found by ID number, the summary read from the shared record under the
 * resident's consent).
 */
@Component
class ReferralForms {

	private final ReferralService referrals;

	private final RecordSummaries summaries;

	private final ResidentIndex residents;

	ReferralForms(ReferralService referrals, RecordSummaries summaries, ResidentIndex residents) {
		this.referrals = referrals;
		this.summaries = summaries;
		this.residents = residents;
	}

	void fill(Model model, ReferralForm form, String institution) {
		Referral up = form.basedOn() == null ? null : referrals.visibleTo(form.basedOn(), institution);
		if (up != null && form.toInstitution() == null) {
			form = form.withTarget(up.fromInstitution());
		}
		model.addAttribute("form", form);
		model.addAttribute("up", up);
		model.addAttribute("upResident", up == null ? null : residents.find(up.residentId()).orElse(null));
		model.addAttribute("targets", referrals.targets(institution, form.direction(), PlatformTime.today()));
		model.addAttribute("departments", form.toInstitution() == null || form.toInstitution().isBlank() ? List.of()
				: referrals.departments(form.toInstitution()));
		model.addAttribute("kinds", ReferralPages.kinds());
	}

	Referral submit(ReferralForm form, Actor by, Instant now) {
		String residentId = resident(form, by);
		LocalDate today = LocalDate.ofInstant(now, PlatformTime.zone());
		List<SummaryLine> summary = summaries.of(residentId, today);
		return referrals.request(new ReferralService.NewReferral(form.direction(), residentId, form.toInstitution(),
				form.toDepartment(), form.kind(), form.urgent(), form.diagnosisCode(), form.diagnosisName(),
				form.reason(), form.followUpPlan(), form.basedOn(), day(form.wantedFrom()), summary), by, now);
	}

	private String resident(ReferralForm form, Actor by) {
		if (form.basedOn() != null) {
			return referrals.visibleTo(form.basedOn(), by.institution()).residentId();
		}
		String id = form.idNumber() == null ? "" : form.idNumber().strip().toUpperCase();
		Optional<Resident> found;
		try {
			found = residents.findByIdNumber(id);
		}
		catch (IllegalArgumentException | BusinessException ex) {
			// a malformed ID number finds nobody
			found = Optional.empty();
		}
		return found.map(Resident::residentId)
			.orElseThrow(() -> new BusinessException(ReferralErrors.UNKNOWN_RESIDENT, mask(id)));
	}

	private static String mask(String id) {
		return org.sanyi.shared.Masking.idNumber(id);
	}

	private static LocalDate day(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException ex) {
			throw new BusinessException(ReferralErrors.INVALID, "wantedFrom");
		}
	}

}
