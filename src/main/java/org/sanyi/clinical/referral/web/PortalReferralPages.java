package org.sanyi.clinical.referral.web;

import org.sanyi.clinical.referral.internal.ReferralService;
import org.sanyi.security.AuditLog;
import org.sanyi.security.CurrentUsers;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * 我的转诊 on the resident's phone: each referral with where it goes, the reserved time or
 * bed, how far it has come, and for a back-referral the follow-up plan.
 */
@Controller
@PreAuthorize("hasAuthority('referral:portal:own')")
class PortalReferralPages {

	private final ReferralService referrals;

	private final AuditLog auditLog;

	PortalReferralPages(ReferralService referrals, AuditLog auditLog) {
		this.referrals = referrals;
		this.auditLog = auditLog;
	}

	@GetMapping("/portal/referrals")
	String mine(Model model) {
		String me = CurrentUsers.residentRef();
		auditLog.read(ReferralPages.RESOURCE, me, "own referrals");
		model.addAttribute("rows", referrals.ofResident(me));
		return "referral/portal";
	}

}
