package org.sanyi.pharma.prescription;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import org.sanyi.pharma.engine.PrescriptionRules;
import org.sanyi.pharma.engine.RxState;

/**
 * A stored electronic prescription ({@code ph_prescription}), national names in the
 * comments of the migration.
 */
public record PrescriptionRow(String hiRxno, String hospRxno, String initRxno, String institutionCode,
		String institutionRegion, String psnNo, String residentId, String patientName, String rxTypeCode,
		String deptName, String doctorCode, String doctorName, String diagnosisCode, String diagnosisName,
		int validDays, OffsetDateTime issuedAt, OffsetDateTime validEnd, boolean repeat, int maxRepeats,
		int minIntervalDays, boolean continuation, int used, LocalDate lastDispensed, RxState state,
		String chosenPharmacy, String holderPharmacy, String epcToken, String signAlgorithm, String doctorSignature,
		String reviewResult, String revokeReason) {

	/** What the state machine needs. */
	public PrescriptionRules.Rx rules() {
		return new PrescriptionRules.Rx(state, institutionCode, chosenPharmacy, holderPharmacy, validEnd, maxRepeats,
				used, minIntervalDays, lastDispensed);
	}

	/** Uses left. */
	public int remaining() {
		return Math.max(0, maxRepeats - used);
	}

	/** Expired now. */
	public boolean expiredAt(OffsetDateTime now) {
		return now.isAfter(validEnd);
	}

}
