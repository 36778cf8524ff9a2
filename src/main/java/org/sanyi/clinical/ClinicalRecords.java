package org.sanyi.clinical;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Resource;

/**
 * The shared health record as other parts of the platform use it: imaging reports,
 * consultation opinions and referral summaries are written into it as FHIR R4 resources,
 * and read from it under the reading user's consent or break-glass. Hospitals use the
 * FHIR endpoint; this is the in-process door to the same store.
 */
public interface ClinicalRecords {

	/**
	 * Stores a FHIR R4 transaction or batch bundle on behalf of an institution:
	 * validated, patients resolved through the EMPI, all or nothing for a transaction.
	 * Invalid input throws a business error naming the resource and path.
	 * @param bundle a transaction or batch bundle
	 * @param institutionCode the 12-character code of the institution the resources come
	 * from
	 * @return the response bundle, as the FHIR endpoint would answer it
	 */
	Bundle ingest(Bundle bundle, String institutionCode);

	/**
	 * A resident's resources for the signed-in user, newest first: refused without the
	 * resident's consent or an open break-glass access, and recorded in the audit log and
	 * the resident's access log.
	 * @param residentId the EMPI resident id
	 * @param types FHIR resource type names (e.g. {@code DiagnosticReport}); all types
	 * when empty
	 * @param from first day, or null
	 * @param to last day, or null
	 */
	List<Resource> resources(String residentId, Set<String> types, LocalDate from, LocalDate to);

	/**
	 * Whether the shared record holds anything of the resident (the system's view: says
	 * nothing more).
	 */
	boolean holdsRecordsOf(String residentId);

	/**
	 * The diagnoses institutions recorded for the resident at their visits (FHIR
	 * {@code Condition}s of the shared record), newest first: the system's view for a
	 * rule such as the internet hospital's "follow-ups only" (codes and dates, no
	 * content); callers show a user no more than that and audit their own reads.
	 */
	List<RecordedDiagnosis> diagnoses(String residentId);

	/**
	 * A recorded diagnosis.
	 *
	 * @param code the ICD-10 code as recorded ({@code I10.x00})
	 * @param institutionCode the institution that recorded it
	 * @param day the day it was recorded
	 */
	record RecordedDiagnosis(String code, String institutionCode, LocalDate day) {
	}

}
