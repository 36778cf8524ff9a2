package org.sanyi.identity;

import java.util.Optional;

import org.hl7.fhir.r4.model.Patient;

/**
 * The master patient index seen through FHIR R4 {@code Patient}, for modules that receive
 * FHIR from hospitals (the shared health record): the same mapping and registration as
 * {@code POST /fhir/Patient}, without a user's scope.
 */
public interface FhirPatientIndex {

	/**
	 * Registers a Patient sent by an institution (its patient number in
	 * {@code urn:sanyi:patient-no:<code>}, the ID number in
	 * {@code urn:oid:2.16.156.10011.1.3}) and returns the resident it is linked to.
	 * Throws the registration's business errors (IDN-0001…0006, IDN-0012); nothing is
	 * saved then.
	 */
	String register(String institutionCode, Patient patient);

	/**
	 * The active resident an identifier names: ID number, health card, EMPI id
	 * ({@code urn:oid:2.16.156.10011.1.13}) or an institution's patient number. Empty for
	 * an unknown system or value.
	 */
	Optional<String> residentFor(String system, String value);

	/**
	 * The resident as a masked Patient (as the FHIR endpoint shows it to a reader who
	 * sees every source).
	 */
	Optional<Patient> patient(String residentId);

}
