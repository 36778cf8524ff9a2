package org.sanyi.identity.fhir;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Optional;

import org.hl7.fhir.r4.model.Address;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.ContactPoint;
import org.hl7.fhir.r4.model.Enumerations.AdministrativeGender;
import org.hl7.fhir.r4.model.HumanName;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Reference;
import org.sanyi.identity.PatientRegistration;
import org.sanyi.identity.Resident;
import org.sanyi.identity.ResidentIdentifier;
import org.sanyi.identity.ResidentIdentifier.IdentifierType;
import org.sanyi.shared.Masking;

/**
 * Mapping between FHIR R4 {@code Patient} and the master patient index. Identifier
 * systems (interop.md §3.2, WS/T 500 usage): {@value #ID_NUMBER} 居民身份证号 (GB 11643),
 * {@value #HEALTH_CARD} 电子健康卡号, {@value #EMPI} 患者主索引号 (the resident id), and per
 * institution {@code urn:sanyi:patient-no:<institution code>} for its own patient numbers
 * (our institutions have no OIDs to qualify {@code 2.16.156.10011.1.11} with).
 */
final class FhirPatients {

	static final String ID_NUMBER = "urn:oid:2.16.156.10011.1.3";

	static final String HEALTH_CARD = "urn:oid:2.16.156.10011.1.19";

	static final String EMPI = "urn:oid:2.16.156.10011.1.13";

	static final String PATIENT_NO_PREFIX = "urn:sanyi:patient-no:";

	static final String V2_0203 = "http://terminology.hl7.org/CodeSystem/v2-0203";

	/** HL7 v3 ObservationValue: a security label saying values are masked. */
	static final String V3_OBSERVATION_VALUE = "http://terminology.hl7.org/CodeSystem/v3-ObservationValue";

	/**
	 * The registration outcome (AUTO_LINK, REVIEW, NEW) as a meta tag of the answer to a
	 * create.
	 */
	static final String DECISION_TAG = "urn:sanyi:empi-decision";

	private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	private FhirPatients() {
	}

	static String patientNoSystem(String institutionCode) {
		return PATIENT_NO_PREFIX + institutionCode;
	}

	/**
	 * A registration from a Patient sent by {@code institutionCode}: its patient number
	 * is the identifier in its own system; name from {@code name.text} or family + given
	 * (Chinese order, no space); gender male 1, female 2, other 9, unknown 0; the first
	 * phone; the first address ({@code text}, else state, city, district and lines).
	 */
	static PatientRegistration registration(Patient patient, String institutionCode) {
		String patientNo = identifier(patient, patientNoSystem(institutionCode)).orElse(null);
		String idNumber = identifier(patient, ID_NUMBER).orElse(null);
		return new PatientRegistration(patientNo, name(patient), sex(patient), birthDate(patient), idNumber,
				phone(patient), address(patient), null);
	}

	static Optional<String> identifier(Patient patient, String system) {
		return patient.getIdentifier()
			.stream()
			.filter(i -> system.equals(i.getSystem()) && i.hasValue())
			.map(Identifier::getValue)
			.findFirst();
	}

	static String name(Patient patient) {
		if (!patient.hasName()) {
			return null;
		}
		HumanName n = patient.getNameFirstRep();
		if (n.hasText()) {
			return n.getText();
		}
		StringBuilder b = new StringBuilder(n.hasFamily() ? n.getFamily() : "");
		n.getGiven().forEach(g -> b.append(g.getValue()));
		return b.toString();
	}

	static String sex(Patient patient) {
		if (!patient.hasGender()) {
			return null;
		}
		return switch (patient.getGender()) {
			case MALE -> "1";
			case FEMALE -> "2";
			case OTHER -> "9";
			default -> "0";
		};
	}

	static LocalDate birthDate(Patient patient) {
		Date d = patient.getBirthDate();
		return d == null ? null : d.toInstant().atZone(ZONE).toLocalDate();
	}

	static String phone(Patient patient) {
		return patient.getTelecom()
			.stream()
			.filter(t -> t.getSystem() == ContactPoint.ContactPointSystem.PHONE && t.hasValue())
			.map(ContactPoint::getValue)
			.findFirst()
			.orElse(null);
	}

	static String address(Patient patient) {
		if (!patient.hasAddress()) {
			return null;
		}
		Address a = patient.getAddressFirstRep();
		if (a.hasText()) {
			return a.getText();
		}
		StringBuilder b = new StringBuilder();
		for (String part : new String[] { a.getState(), a.getCity(), a.getDistrict() }) {
			if (part != null) {
				b.append(part);
			}
		}
		a.getLine().forEach(l -> b.append(l.getValue()));
		return b.isEmpty() ? null : b.toString();
	}

	/**
	 * The resident as a Patient for a hospital: id and EMPI identifier = resident id; ID
	 * number and health card masked (and the resource labelled MASKED), patient numbers
	 * as {@code identifiers} allows (the caller filters by data scope); name masked;
	 * merged residents inactive with a {@code replaced-by} link.
	 */
	static Patient patient(Resident r, List<ResidentIdentifier> identifiers) {
		Patient p = new Patient();
		p.setId(r.residentId());
		p.getMeta().addSecurity(new Coding(V3_OBSERVATION_VALUE, "MASKED", "masked"));
		p.addIdentifier(identifier(EMPI, r.residentId(), "PI", Identifier.IdentifierUse.OFFICIAL));
		for (ResidentIdentifier i : identifiers) {
			switch (i.type()) {
				case ID_NUMBER ->
					p.addIdentifier(identifier(ID_NUMBER, i.masked(), "NI", Identifier.IdentifierUse.OFFICIAL));
				case HEALTH_CARD ->
					p.addIdentifier(identifier(HEALTH_CARD, i.masked(), null, Identifier.IdentifierUse.USUAL));
				case PATIENT_NO -> p.addIdentifier(
						identifier(patientNoSystem(i.issuer()), i.masked(), "MR", Identifier.IdentifierUse.USUAL));
				case PSN_NO -> {
					// the insurance person number belongs to the insurance interfaces,
					// not to the hospital's Patient
				}
			}
		}
		p.addName().setText(Masking.name(r.name()));
		p.setGender(switch (r.sex() == null ? "0" : r.sex()) {
			case "1" -> AdministrativeGender.MALE;
			case "2" -> AdministrativeGender.FEMALE;
			case "9" -> AdministrativeGender.OTHER;
			default -> AdministrativeGender.UNKNOWN;
		});
		if (r.birthDate() != null) {
			p.setBirthDate(Date.from(r.birthDate().atStartOfDay(ZONE).toInstant()));
		}
		if (r.phoneMasked() != null) {
			p.addTelecom().setSystem(ContactPoint.ContactPointSystem.PHONE).setValue(r.phoneMasked());
		}
		boolean active = "ACTIVE".equals(r.status());
		p.setActive(active);
		if (!active && r.mergedInto() != null) {
			p.addLink().setType(Patient.LinkType.REPLACEDBY).setOther(new Reference("Patient/" + r.mergedInto()));
		}
		return p;
	}

	private static Identifier identifier(String system, String value, String type, Identifier.IdentifierUse use) {
		Identifier i = new Identifier().setSystem(system).setValue(value).setUse(use);
		if (type != null) {
			i.setType(new CodeableConcept(new Coding(V2_0203, type, null)));
		}
		return i;
	}

	/** The identifier type of a search system, or null when not one of ours. */
	static IdentifierType typeOf(String system) {
		if (ID_NUMBER.equals(system)) {
			return IdentifierType.ID_NUMBER;
		}
		if (HEALTH_CARD.equals(system)) {
			return IdentifierType.HEALTH_CARD;
		}
		if (system != null && system.startsWith(PATIENT_NO_PREFIX) && system.length() > PATIENT_NO_PREFIX.length()) {
			return IdentifierType.PATIENT_NO;
		}
		return null;
	}

}
