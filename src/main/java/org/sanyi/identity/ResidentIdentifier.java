package org.sanyi.identity;

/**
 * One identifier of a resident, masked for display.
 *
 * @param type ID number, health card, insurance person number or an institution's patient
 * number
 * @param issuer the institution code for patient numbers, empty otherwise
 * @param masked the value with its middle hidden (ID numbers) or in full where it is not
 * personal (patient numbers)
 */
public record ResidentIdentifier(IdentifierType type, String issuer, String masked) {

	public enum IdentifierType {

		ID_NUMBER, HEALTH_CARD, PSN_NO, PATIENT_NO

	}

}
