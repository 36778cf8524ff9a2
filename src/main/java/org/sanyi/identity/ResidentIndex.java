package org.sanyi.identity;

import java.util.List;
import java.util.Optional;

/**
 * The master patient index (EMPI). The system's view: no user's data scope is applied
 * (callers that show residents to a user apply it themselves, as the identity pages and
 * REST API do).
 */
public interface ResidentIndex {

	/**
	 * Registers a patient of an institution: validated (IDN-0001…0006, nothing is saved
	 * on error), matched against the index, then linked, queued for review or made a new
	 * resident. Publishes {@link ResidentRegistered}.
	 */
	Registration register(String institutionCode, PatientRegistration patient);

	/**
	 * As {@link #register(String, PatientRegistration)}, but a NEW resident gets
	 * {@code residentId} (for residents whose portal account already carries its
	 * reference).
	 */
	Registration register(String institutionCode, PatientRegistration patient, String residentId);

	/**
	 * Registers a population known to hold one record per person with a valid ID number
	 * (an insurance register, a population register) in bulk, without probabilistic
	 * matching: every record is validated as in
	 * {@link #register(String, PatientRegistration)} (the first problem is thrown,
	 * nothing is saved); a record whose ID number a resident already holds (or an earlier
	 * record of the list) is linked to that resident; every other record becomes a new
	 * resident, its ID number encrypted and blind-indexed, with its patient number and
	 * psn_no as identifiers. Every resident of the list ends with an electronic health
	 * card and, when a voucher region is given, an e-voucher account for the psn_no.
	 * Records an institution registered before are left alone, so the same list can be
	 * loaded again. One transaction; publishes {@link ResidentRegistered} for each record
	 * stored.
	 */
	PopulationLoad registerPopulation(List<PopulationRecord> population);

	Optional<Resident> find(String residentId);

	/** The active resident linked to the insurance person number (psn_no). */
	Optional<Resident> findByPsnNo(String psnNo);

	/** The active resident holding the ID number (looked up by its blind index). */
	Optional<Resident> findByIdNumber(String idNumber);

	List<ResidentIdentifier> identifiers(String residentId);

	/**
	 * The resident's ID number in clear, for platform callers (the insurance gateway);
	 * never shown to users.
	 */
	Optional<String> idNumberOf(String residentId);

}
