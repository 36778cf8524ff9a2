package org.sanyi.demo.internal;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;

import org.hl7.fhir.r4.model.AllergyIntolerance;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.DiagnosticReport;
import org.hl7.fhir.r4.model.DocumentReference;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.Enumerations;
import org.hl7.fhir.r4.model.ImagingStudy;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Immunization;
import org.hl7.fhir.r4.model.MedicationRequest;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;

/**
 * A hospital's transaction bundle of Chinese clinical records for the demo, as a HIS
 * would write it: LOINC for results, ICD-10 (国家临床版) for diagnoses, DICOM modalities,
 * Chinese texts. Every resource carries an identifier of the demo, so a second start
 * replaces rather than duplicates.
 */
public final class ClinicalBundle {

	static final String LOINC = "http://loinc.org";

	static final String ICD10 = "urn:oid:2.16.156.10011.2.3.3.11";

	static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	private final Bundle bundle = new Bundle().setType(Bundle.BundleType.TRANSACTION);

	private final String institution;

	private Reference patient;

	private int next;

	/** Records of the resident with this ID number, from this institution. */
	public ClinicalBundle(String institution, String idNumber) {
		this.institution = institution;
		patient(idNumber);
	}

	/**
	 * The resident the following resources are about: one bundle may carry several
	 * patients' records, as a health centre's nightly upload does.
	 */
	public ClinicalBundle patient(String idNumber) {
		this.patient = new Reference("Patient?identifier=urn:oid:2.16.156.10011.1.3|" + idNumber);
		return this;
	}

	public int size() {
		return bundle.getEntry().size();
	}

	public Bundle bundle() {
		return bundle;
	}

	private String add(Resource resource) {
		String fullUrl = "urn:uuid:demo-" + (++next);
		bundle.addEntry()
			.setFullUrl(fullUrl)
			.setResource(resource)
			.getRequest()
			.setMethod(Bundle.HTTPVerb.POST)
			.setUrl(resource.fhirType());
		return fullUrl;
	}

	/**
	 * The resource's identifier in the demo's system of the institution: a second start
	 * finds and replaces it.
	 */
	private Identifier id(String key) {
		return new Identifier().setSystem("urn:sanyi:demo:" + institution).setValue(key);
	}

	private static Date at(LocalDateTime t) {
		return Date.from(t.atZone(ZONE).toInstant());
	}

	private static CodeableConcept concept(String system, String code, String display) {
		return new CodeableConcept(new Coding(system, code, display)).setText(display);
	}

	/** A visit: AMB outpatient, IMP inpatient, EMER emergency. */
	public String visit(String key, String kind, String department, LocalDateTime start, LocalDateTime end) {
		Encounter e = new Encounter().setStatus(Encounter.EncounterStatus.FINISHED)
			.setClass_(new Coding("http://terminology.hl7.org/CodeSystem/v3-ActCode", kind, null))
			.setSubject(patient.copy())
			.setPeriod(new Period().setStart(at(start)).setEnd(at(end)));
		e.addType().setText(department);
		e.addIdentifier(id(key));
		return add(e);
	}

	public void diagnosis(String key, String visit, String icd10, String name, LocalDateTime at) {
		Condition c = new Condition().setSubject(patient.copy())
			.setEncounter(new Reference(visit))
			.setCode(concept(ICD10, icd10, name))
			.setRecordedDate(at(at));
		c.addCategory(
				concept("http://terminology.hl7.org/CodeSystem/condition-category", "encounter-diagnosis", "就诊诊断"));
		c.addIdentifier(id(key));
		add(c);
	}

	public void bloodPressure(String key, String visit, int systolic, int diastolic, LocalDateTime at) {
		Observation o = new Observation().setStatus(Observation.ObservationStatus.FINAL)
			.setCode(concept(LOINC, "85354-9", "血压"))
			.setSubject(patient.copy())
			.setEncounter(new Reference(visit))
			.setEffective(new org.hl7.fhir.r4.model.DateTimeType(at(at)));
		o.addCategory(concept("http://terminology.hl7.org/CodeSystem/observation-category", "vital-signs", "生命体征"));
		o.addComponent()
			.setCode(concept(LOINC, "8480-6", "收缩压"))
			.setValue(new Quantity().setValue(systolic).setUnit("mmHg"));
		o.addComponent()
			.setCode(concept(LOINC, "8462-4", "舒张压"))
			.setValue(new Quantity().setValue(diastolic).setUnit("mmHg"));
		o.addIdentifier(id(key));
		add(o);
	}

	/** A laboratory result with its reference range (either bound may be null). */
	public String lab(String key, String loinc, String name, String value, String unit, String low, String high,
			LocalDateTime at) {
		Observation o = new Observation().setStatus(Observation.ObservationStatus.FINAL)
			.setCode(concept(LOINC, loinc, name))
			.setSubject(patient.copy())
			.setEffective(new org.hl7.fhir.r4.model.DateTimeType(at(at)))
			.setValue(new Quantity().setValue(new BigDecimal(value)).setUnit(unit));
		o.addCategory(concept("http://terminology.hl7.org/CodeSystem/observation-category", "laboratory", "检验"));
		var range = o.addReferenceRange();
		if (low != null) {
			range.setLow(new Quantity().setValue(new BigDecimal(low)).setUnit(unit));
		}
		if (high != null) {
			range.setHigh(new Quantity().setValue(new BigDecimal(high)).setUnit(unit));
		}
		o.addIdentifier(id(key));
		return add(o);
	}

	/** A report grouping results (LAB) or reading images (RAD). */
	public void report(String key, String category, String title, String conclusion, LocalDateTime at,
			String... results) {
		DiagnosticReport d = new DiagnosticReport().setStatus(DiagnosticReport.DiagnosticReportStatus.FINAL)
			.setCode(new CodeableConcept().setText(title))
			.setSubject(patient.copy())
			.setEffective(new org.hl7.fhir.r4.model.DateTimeType(at(at)))
			.setConclusion(conclusion);
		d.addCategory(concept("http://terminology.hl7.org/CodeSystem/v2-0074", category, null));
		for (String r : results) {
			d.addResult(new Reference(r));
		}
		d.addIdentifier(id(key));
		add(d);
	}

	public void imaging(String key, String modality, String bodySiteCode, String bodySite, String description,
			LocalDateTime at) {
		ImagingStudy s = new ImagingStudy().setStatus(ImagingStudy.ImagingStudyStatus.AVAILABLE)
			.setSubject(patient.copy())
			.setStarted(at(at))
			.setDescription(description);
		s.addModality(new Coding("http://dicom.nema.org/resources/ontology/DCM", modality, null));
		s.addSeries()
			.setUid("1.2.156.112605." + Math.abs((institution + key).hashCode()))
			.setModality(new Coding("http://dicom.nema.org/resources/ontology/DCM", modality, null))
			.setBodySite(new Coding("http://snomed.info/sct", bodySiteCode, bodySite));
		s.addIdentifier(id(key));
		add(s);
	}

	public void prescription(String key, String visit, String drug, String dosage, LocalDateTime at) {
		MedicationRequest m = new MedicationRequest().setStatus(MedicationRequest.MedicationRequestStatus.COMPLETED)
			.setIntent(MedicationRequest.MedicationRequestIntent.ORDER)
			.setSubject(patient.copy())
			.setEncounter(new Reference(visit))
			.setMedication(new CodeableConcept().setText(drug))
			.setAuthoredOn(at(at));
		m.addDosageInstruction().setText(dosage);
		m.addIdentifier(id(key));
		add(m);
	}

	public void document(String key, String title, String text, LocalDateTime at) {
		DocumentReference d = new DocumentReference().setStatus(Enumerations.DocumentReferenceStatus.CURRENT)
			.setSubject(patient.copy())
			.setType(new CodeableConcept().setText(title))
			.setDate(at(at));
		d.addContent()
			.getAttachment()
			.setContentType("text/plain;charset=utf-8")
			.setData(text.getBytes(StandardCharsets.UTF_8));
		d.addIdentifier(id(key));
		add(d);
	}

	public void allergy(String key, String substance, LocalDateTime at) {
		AllergyIntolerance a = new AllergyIntolerance().setPatient(patient.copy())
			.setCode(new CodeableConcept().setText(substance))
			.setRecordedDate(at(at));
		a.addIdentifier(id(key));
		add(a);
	}

	public void immunization(String key, String vaccine, LocalDateTime at) {
		Immunization i = new Immunization().setStatus(Immunization.ImmunizationStatus.COMPLETED)
			.setPatient(patient.copy())
			.setVaccineCode(new CodeableConcept().setText(vaccine))
			.setOccurrence(new org.hl7.fhir.r4.model.DateTimeType(at(at)));
		i.addIdentifier(id(key));
		add(i);
	}

}
