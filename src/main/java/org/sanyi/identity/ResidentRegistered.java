package org.sanyi.identity;

/**
 * A hospital registered a patient: linked to an existing resident, queued for review, or
 * a new resident.
 */
public record ResidentRegistered(String residentId, String institutionCode, String patientNo,
		Registration.Decision decision) {
}
