package org.sanyi.clinical.records.read;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.IParser;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Resource;
import org.sanyi.clinical.ClinicalRecords;
import org.sanyi.clinical.records.ingest.BundleIngest;
import org.sanyi.security.CurrentUser;
import org.sanyi.security.CurrentUsers;
import org.springframework.stereotype.Service;

/**
 * The in-process door to the shared record: the same ingest and the same consent rules as
 * the FHIR endpoint.
 */
@Service
class ClinicalRecordsService implements ClinicalRecords {

	private final FhirContext fhir = FhirContext.forR4Cached();

	private final BundleIngest ingest;

	private final RecordQueries queries;

	ClinicalRecordsService(BundleIngest ingest, RecordQueries queries) {
		this.ingest = ingest;
		this.queries = queries;
	}

	@Override
	public Bundle ingest(Bundle bundle, String institutionCode) {
		return ingest.ingest(bundle, institutionCode, CurrentUsers.find().map(CurrentUser::username).orElse("system"));
	}

	@Override
	public boolean holdsRecordsOf(String residentId) {
		return queries.holdsRecordsOf(residentId);
	}

	@Override
	public List<RecordedDiagnosis> diagnoses(String residentId) {
		return queries.diagnoses(residentId);
	}

	@Override
	public List<Resource> resources(String residentId, Set<String> types, LocalDate from, LocalDate to) {
		var opened = queries.open(residentId, null, "records " + (types.isEmpty() ? "all" : String.join(",", types)));
		IParser parser = fhir.newJsonParser();
		return queries.search(opened, types, from, to, List.of(), RecordQueries.MAX_RESOURCES)
			.stream()
			.map(s -> (Resource) parser.parseResource(s.body()))
			.toList();
	}

}
