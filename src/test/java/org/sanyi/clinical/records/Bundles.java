package org.sanyi.clinical.records;

import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

import org.sanyi.shared.IdNumber;

/** FHIR R4 bundles as a county hospital's HIS sends them, for the tests. */
final class Bundles {

	private Bundles() {
	}

	/**
	 * Sequence numbers of the ID numbers handed out: consecutive, so no two tests of one
	 * run share a resident (a random pick of 500 collided in CI, merging two tests'
	 * records).
	 */
	private static final AtomicInteger SEQUENCE = new AtomicInteger(ThreadLocalRandom.current().nextInt(500));

	/** A fresh valid ID number of a woman of 云岫县 born in 1968, unique in this JVM. */
	static String newIdNumber() {
		String first17 = "35992119680315" + "%03d".formatted(SEQUENCE.getAndIncrement() % 500 * 2);
		return first17 + IdNumber.checkCharacter(first17);
	}

	static String patient(String institution, String patientNo, String idNumber) {
		return """
				{"resourceType":"Patient",
				 "identifier":[{"system":"urn:sanyi:patient-no:%s","value":"%s"},
				               {"system":"urn:oid:2.16.156.10011.1.3","value":"%s"}],
				 "name":[{"text":"郑淑芬"}],"gender":"female","birthDate":"1968-03-15"}""".formatted(institution,
				patientNo, idNumber);
	}

	static String entry(String fullUrl, String resource) {
		String type = resource.replaceAll("(?s)^\\s*\\{\\s*\"resourceType\"\\s*:\\s*\"(\\w+)\".*", "$1");
		return "{\"fullUrl\":\"" + fullUrl + "\",\"resource\":" + resource
				+ ",\"request\":{\"method\":\"POST\",\"url\":\"" + type + "\"}}";
	}

	static String bundle(String type, String... entries) {
		return "{\"resourceType\":\"Bundle\",\"type\":\"" + type + "\",\"entry\":[" + String.join(",", entries) + "]}";
	}

	/**
	 * An outpatient hypertension visit: visit, diagnosis, BP, potassium, a report, a
	 * prescription, a CT, a note.
	 */
	static String visit(String institution, String patientNo, String idNumber, String visitNo) {
		String p = "urn:uuid:p-" + visitNo;
		String e = "urn:uuid:e-" + visitNo;
		String k = "urn:uuid:k-" + visitNo;
		return bundle("transaction", entry(p, patient(institution, patientNo, idNumber)),
				entry(e, """
						{"resourceType":"Encounter","status":"finished",
						 "identifier":[{"system":"urn:sanyi:visit:%1$s","value":"%2$s"}],
						 "class":{"system":"http://terminology.hl7.org/CodeSystem/v3-ActCode","code":"AMB"},
						 "type":[{"text":"心内科门诊"}],"subject":{"reference":"%3$s"},
						 "period":{"start":"2026-10-08T09:10:00+08:00","end":"2026-10-08T09:40:00+08:00"}}"""
					.formatted(institution, visitNo, p)),
				entry("urn:uuid:c-" + visitNo,
						"""
								{"resourceType":"Condition","subject":{"reference":"%s"},"encounter":{"reference":"%s"},
								 "code":{"coding":[{"system":"urn:oid:2.16.156.10011.2.3.3.11","code":"I10.x00","display":"高血压"}]},
								 "recordedDate":"2026-10-08"}"""
							.formatted(p, e)),
				entry("urn:uuid:bp-" + visitNo,
						"""
								{"resourceType":"Observation","status":"final",
								 "category":[{"coding":[{"system":"http://terminology.hl7.org/CodeSystem/observation-category","code":"vital-signs"}]}],
								 "code":{"coding":[{"system":"http://loinc.org","code":"85354-9","display":"血压"}]},
								 "subject":{"reference":"%s"},"encounter":{"reference":"%s"},"effectiveDateTime":"2026-10-08T09:15:00+08:00",
								 "component":[{"code":{"coding":[{"system":"http://loinc.org","code":"8480-6"}]},"valueQuantity":{"value":158,"unit":"mmHg"}},
								              {"code":{"coding":[{"system":"http://loinc.org","code":"8462-4"}]},"valueQuantity":{"value":96,"unit":"mmHg"}}]}"""
							.formatted(p, e)),
				entry(k, """
						{"resourceType":"Observation","status":"final",
						 "category":[{"coding":[{"system":"http://terminology.hl7.org/CodeSystem/observation-category","code":"laboratory"}]}],
						 "code":{"coding":[{"system":"http://loinc.org","code":"2823-3","display":"血钾"}]},
						 "subject":{"reference":"%s"},"effectiveDateTime":"2026-10-08T09:30:00+08:00",
						 "valueQuantity":{"value":3.3,"unit":"mmol/L"},
						 "referenceRange":[{"low":{"value":3.5},"high":{"value":5.5}}]}"""
					.formatted(p)),
				entry("urn:uuid:r-" + visitNo,
						"""
								{"resourceType":"DiagnosticReport","status":"final","code":{"text":"电解质"},
								 "category":[{"coding":[{"system":"http://terminology.hl7.org/CodeSystem/v2-0074","code":"LAB"}]}],
								 "subject":{"reference":"%s"},"effectiveDateTime":"2026-10-08T09:30:00+08:00",
								 "result":[{"reference":"%s"}],"conclusion":"血钾偏低"}"""
							.formatted(p, k)),
				entry("urn:uuid:m-" + visitNo,
						"""
								{"resourceType":"MedicationRequest","status":"active","intent":"order","subject":{"reference":"%s"},
								 "medicationCodeableConcept":{"text":"苯磺酸氨氯地平片 5mg"},"authoredOn":"2026-10-08",
								 "dosageInstruction":[{"text":"每日一次，每次一片，口服"}]}"""
							.formatted(p)),
				entry("urn:uuid:i-" + visitNo,
						"""
								{"resourceType":"ImagingStudy","status":"available","subject":{"reference":"%s"},
								 "started":"2026-10-08T10:00:00+08:00","description":"头颅CT平扫",
								 "series":[{"uid":"1.2.156.1.%s","modality":{"system":"http://dicom.nema.org/resources/ontology/DCM","code":"CT"},
								            "bodySite":{"system":"http://snomed.info/sct","code":"69536005","display":"头部"}}]}"""
							.formatted(p, visitNo.replaceAll("\\D", ""))),
				entry("urn:uuid:d-" + visitNo,
						"""
								{"resourceType":"DocumentReference","status":"current","subject":{"reference":"%s"},
								 "type":{"text":"门诊病历"},"date":"2026-10-08T09:40:00+08:00",
								 "content":[{"attachment":{"contentType":"text/plain;charset=utf-8","data":"5Li76K+J77ya5aS05pmV5LiJ5aSp"}}]}"""
							.formatted(p)));
	}

}
