package org.sanyi.clinical.imaging.reading;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;

import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.DiagnosticReport;
import org.hl7.fhir.r4.model.ImagingStudy;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.sanyi.clinical.ClinicalRecords;
import org.sanyi.clinical.imaging.reading.ReadingRepository.ReadingRow;
import org.sanyi.registry.Institution;
import org.sanyi.registry.Registry;
import org.sanyi.shared.PlatformTime;
import org.springframework.stereotype.Component;

/**
 * Writes a signed reading into the shared record, in the name of the imaging centre: the
 * ImagingStudy (Study Instance UID as an {@code urn:oid:} identifier, modality, body
 * site) and the final DiagnosticReport (category RAD, findings as its presented form,
 * impression as its conclusion, the reader and the centre as performers) in one
 * transaction bundle. Returns the report's reference in the record.
 */
@Component
class SharedRecordReports {

	static final String DICOM = "http://dicom.nema.org/resources/ontology/DCM";

	static final String READING_SYSTEM = "urn:sanyi:imaging:reading";

	private final ClinicalRecords records;

	private final Registry registry;

	SharedRecordReports(ClinicalRecords records, Registry registry) {
		this.records = records;
		this.registry = registry;
	}

	String write(ReadingRow r, String seriesUid, Instant signedAt) {
		Reference patient = new Reference("Patient/" + r.residentId());
		LocalDate day = r.studyDate() != null ? r.studyDate()
				: LocalDate.ofInstant(r.requestedAt(), PlatformTime.zone());
		Date started = Date.from(day.atTime(9, 0).atZone(PlatformTime.zone()).toInstant());
		ImagingStudy study = new ImagingStudy().setStatus(ImagingStudy.ImagingStudyStatus.AVAILABLE)
			.setSubject(patient.copy())
			.setStarted(started)
			.setNumberOfInstances(r.instances())
			.setDescription(r.description());
		study.addIdentifier().setSystem("urn:dietf:rfc:3986").setValue("urn:oid:" + r.studyUid());
		study.addModality(new Coding(DICOM, r.modality(), null));
		var series = study.addSeries().setUid(seriesUid).setModality(new Coding(DICOM, r.modality(), null));
		BodySite site = BodySite.of(r.bodyPart());
		if (site != null) {
			series.setBodySite(new Coding("http://snomed.info/sct", site.snomed(), site.zh()));
		}
		String institutionName = registry.institution(r.centreCode()).map(Institution::name).orElse(r.centreCode());
		DiagnosticReport report = new DiagnosticReport().setStatus(DiagnosticReport.DiagnosticReportStatus.FINAL)
			.setCode(new CodeableConcept().setText(title(r)))
			.setSubject(patient.copy())
			.setEffective(new DateTimeType(started))
			.setIssued(Date.from(signedAt))
			.setConclusion(r.impression());
		report.addCategory(
				new CodeableConcept(new Coding("http://terminology.hl7.org/CodeSystem/v2-0074", "RAD", "Radiology")));
		report.addIdentifier().setSystem(READING_SYSTEM).setValue(Long.toString(r.id()));
		report.addPerformer().setDisplay(r.readerName());
		report.addPerformer().setDisplay(institutionName);
		report.addImagingStudy(new Reference("urn:uuid:study-" + r.id()));
		report.addPresentedForm()
			.setContentType("text/plain;charset=utf-8")
			.setTitle("影像诊断报告")
			.setData(("检查所见：" + r.findings() + "\n诊断意见：" + r.impression()).getBytes(StandardCharsets.UTF_8));
		Bundle bundle = new Bundle().setType(Bundle.BundleType.TRANSACTION);
		add(bundle, "urn:uuid:study-" + r.id(), study);
		add(bundle, "urn:uuid:report-" + r.id(), report);
		Bundle response = records.ingest(bundle, r.centreCode());
		String location = response.getEntry().get(1).getResponse().getLocation();
		int history = location == null ? -1 : location.indexOf("/_history");
		return history > 0 ? location.substring(0, history) : location;
	}

	private static void add(Bundle bundle, String fullUrl, Resource resource) {
		bundle.addEntry()
			.setFullUrl(fullUrl)
			.setResource(resource)
			.getRequest()
			.setMethod(Bundle.HTTPVerb.POST)
			.setUrl(resource.fhirType());
	}

	private static String title(ReadingRow r) {
		return r.description() != null ? r.description()
				: r.modality() + " " + (r.bodyPart() == null ? "" : r.bodyPart());
	}

}
