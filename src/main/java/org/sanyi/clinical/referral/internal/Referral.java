package org.sanyi.clinical.referral.internal;

import java.time.Instant;
import java.time.LocalDateTime;

import org.sanyi.clinical.referral.engine.Direction;
import org.sanyi.clinical.referral.engine.ReferralAction.Side;
import org.sanyi.clinical.referral.engine.ReferralStatus;

/**
 * A referral as stored: the order and how far its fulfilment has come.
 *
 * @param ref the business reference (also kept on the reserved appointment)
 * @param kind {@code OUTPATIENT} (a referral slot) or {@code INPATIENT} (a bed)
 * @param basedOn for a back-referral, the up-referral it returns from
 */
public record Referral(long id, String ref, Direction direction, String kind, boolean urgent, ReferralStatus status,
		String residentId, String fromInstitution, String fromInstitutionName, String toInstitution,
		String toInstitutionName, String toDepartment, String toDepartmentName, boolean inAlliance, String allianceCode,
		Long basedOn, String diagnosisCode, String diagnosisName, String reason, String summary, String followUpPlan,
		String requestedBy, Instant requestedAt, Long appointmentId, LocalDateTime slotStart, String slotDoctor,
		String bedNote, String decidedBy, Instant decidedAt, String rejectReason, Instant arrivedAt,
		Instant completedAt, String resultSummary, Instant cancelledAt) {

	/** Which side an institution is on, or null when it is neither. */
	public Side sideOf(String institutionCode) {
		if (toInstitution.equals(institutionCode)) {
			return Side.RECEIVER;
		}
		return fromInstitution.equals(institutionCode) ? Side.SENDER : null;
	}

	public boolean inpatient() {
		return "INPATIENT".equals(kind);
	}

}
