package org.sanyi.identity;

import java.util.List;
import java.util.Optional;

/**
 * The master patient index (EMPI). The system's view: no user's data scope is applied (callers that show residents
 * to a user apply it themselves, as the identity pages and REST API do).
 */
public interface ResidentIndex {

	/**
	 * Registers a patient of an institution: validated (IDN-0001…0006, nothing is saved on error), matched against
	 * the index, then linked, queued for review or made a new resident. Publishes {@link ResidentRegistered}.
	 */
	Registration register(String institutionCode, PatientRegistration patient);

	/**
	 * As {@link #register(String, PatientRegistration)}, but a NEW resident gets {@code residentId} (for residents
	 * whose portal account already carries its reference).
	 */
	Registration register(String institutionCode, PatientRegistration patient, String residentId);

	Optional<Resident> find(String residentId);

	/** The active resident holding the ID number (looked up by its blind index). */
	Optional<Resident> findByIdNumber(String idNumber);

	List<ResidentIdentifier> identifiers(String residentId);

	/** The resident's ID number in clear, for platform callers (the insurance gateway); never shown to users. */
	Optional<String> idNumberOf(String residentId);

}
