package org.sanyi.clinical.referral.web;

import org.sanyi.clinical.referral.engine.Direction;

/**
 * The new-referral form as posted. The patient is named by ID number, or for a
 * back-referral by the up-referral it returns ({@code basedOn}).
 *
 * @param wantedFrom {@code yyyy-MM-dd}, the first day the patient can come; empty for
 * today
 */
record ReferralForm(Direction direction, String idNumber, Long basedOn, String toInstitution, String toDepartment,
		String kind, Boolean urgent, String diagnosisCode, String diagnosisName, String reason, String followUpPlan,
		String wantedFrom) {

	ReferralForm {
		direction = direction == null ? Direction.UP : direction;
		kind = kind == null || kind.isBlank() ? "OUTPATIENT" : kind;
		urgent = Boolean.TRUE.equals(urgent);
	}

	static ReferralForm start(Direction direction, Long basedOn) {
		return new ReferralForm(basedOn != null ? Direction.DOWN : direction, null, basedOn, null, null, null, false,
				null, null, null, null, null);
	}

	ReferralForm withTarget(String institution) {
		return new ReferralForm(direction, idNumber, basedOn, institution, toDepartment, kind, urgent, diagnosisCode,
				diagnosisName, reason, followUpPlan, wantedFrom);
	}

}
