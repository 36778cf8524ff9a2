package org.sanyi.clinical.referral.web;

import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.sanyi.clinical.referral.ReferralErrors;
import org.sanyi.clinical.referral.internal.ReferralFiling;
import org.sanyi.security.AuditLog;
import org.sanyi.shared.BusinessException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The 2501 转院备案 input of an accepted up-referral, for the sending hospital's HIS, which
 * adds the person's {@code psn_no}, {@code insutype} and the local {@code refl_type} and
 * files it with the insurance gateway under its own signature.
 */
@RestController
@PreAuthorize("hasAuthority('referral:referral:view')")
@Tag(name = "referral", description = "双向转诊：转院备案（2501）入参")
class ReferralFilingApi {

	private final ReferralFiling filing;

	private final AuditLog auditLog;

	ReferralFilingApi(ReferralFiling filing, AuditLog auditLog) {
		this.filing = filing;
		this.auditLog = auditLog;
	}

	@GetMapping("/api/referral/referrals/{id}/insurance-filing")
	@Operation(summary = "The refmedin node of 2501 for an accepted up-referral of the caller's institution "
			+ "(psn_no, insutype and refl_type to be filled by the HIS)")
	Map<String, Object> filing(@PathVariable long id) {
		String institution = ReferralPages.institution();
		var referral = filing.find(id, institution)
			.orElseThrow(() -> new BusinessException(ReferralErrors.UNKNOWN_REFERRAL, id));
		Map<String, Object> refmedin = filing.refmedin(referral, institution)
			.orElseThrow(() -> new BusinessException(ReferralErrors.WRONG_STATE, referral.ref()));
		auditLog.read(ReferralPages.RESOURCE, referral.ref(), "2501 filing of " + referral.residentId());
		return Map.of("infno", "2501", "input", Map.of("refmedin", refmedin));
	}

}
