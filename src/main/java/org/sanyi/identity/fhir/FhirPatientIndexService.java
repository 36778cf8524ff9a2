package org.sanyi.identity.fhir;

import java.util.Optional;

import org.hl7.fhir.r4.model.Patient;
import org.sanyi.identity.FhirPatientIndex;
import org.sanyi.identity.ResidentIdentifier.IdentifierType;
import org.sanyi.identity.registration.ResidentIndexService;
import org.springframework.stereotype.Service;

/**
 * {@link FhirPatientIndex} over the resident index, with the mapping of the
 * {@code /fhir/Patient} endpoint.
 */
@Service
class FhirPatientIndexService implements FhirPatientIndex {

	private final ResidentIndexService index;

	FhirPatientIndexService(ResidentIndexService index) {
		this.index = index;
	}

	@Override
	public String register(String institutionCode, Patient patient) {
		return index.register(institutionCode, FhirPatients.registration(patient, institutionCode)).residentId();
	}

	@Override
	public Optional<String> residentFor(String system, String value) {
		if (system == null || value == null || value.isBlank()) {
			return Optional.empty();
		}
		if (FhirPatients.EMPI.equals(system)) {
			return index.find(value.strip()).filter(r -> "ACTIVE".equals(r.status())).map(r -> r.residentId());
		}
		IdentifierType type = FhirPatients.typeOf(system);
		if (type == null) {
			return Optional.empty();
		}
		String issuer = type == IdentifierType.PATIENT_NO ? system.substring(FhirPatients.PATIENT_NO_PREFIX.length())
				: "";
		return index.residentIdBy(type, issuer, value.strip());
	}

	@Override
	public Optional<Patient> patient(String residentId) {
		return index.find(residentId).map(r -> FhirPatients.patient(r, index.identifiers(residentId)));
	}

}
