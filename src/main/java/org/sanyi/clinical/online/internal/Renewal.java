package org.sanyi.clinical.online.internal;

import java.time.Instant;

import org.sanyi.clinical.online.engine.RenewalStatus;

/** A renewal request ({@code ol_renewal}) and, once issued, the new prescription. */
public record Renewal(long id, String ref, String residentId, String institutionCode, String institutionName,
		String originalRxno, String diagnosisCode, String diagnosisName, String drugs, String note,
		RenewalStatus status, Instant requestedAt, String decidedBy, Instant decidedAt, String refuseReason,
		String newRxno, String epcToken, String validEnd) {
}
