package org.sanyi.clinical.referral.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Set;

import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.DiagnosticReport;
import org.hl7.fhir.r4.model.MedicationRequest;
import org.hl7.fhir.r4.model.Resource;
import org.sanyi.clinical.ClinicalRecords;
import org.sanyi.shared.BusinessException;
import org.sanyi.shared.PlatformTime;
import org.springframework.stereotype.Component;

/**
 * The summary a referral carries (FHIR ServiceRequest.supportingInfo, taken as a
 * snapshot): the patient's diagnoses, reports and medications of the last year from the
 * shared record, read by the referring doctor under the resident's consent (the read is
 * audited by the record). Without consent the referral carries the doctor's own text
 * only.
 */
@Component
public class RecordSummaries {

	static final int PER_KIND = 5;

	private final ClinicalRecords records;

	RecordSummaries(ClinicalRecords records) {
		this.records = records;
	}

	public List<SummaryLine> of(String residentId, LocalDate today) {
		List<Resource> resources;
		try {
			resources = records.resources(residentId, Set.of("Condition", "DiagnosticReport", "MedicationRequest"),
					today.minusYears(1), null);
		}
		catch (BusinessException ex) {
			return List.of();
		}
		List<SummaryLine> lines = new ArrayList<>();
		int conditions = 0;
		int reports = 0;
		int medications = 0;
		for (Resource r : resources) {
			if (r instanceof Condition c && conditions < PER_KIND) {
				Coding code = c.getCode().getCodingFirstRep();
				lines.add(
						new SummaryLine("Condition", code.getCode(), name(c.getCode()), date(c.getRecordedDate()), ""));
				conditions++;
			}
			else if (r instanceof DiagnosticReport d && reports < PER_KIND) {
				lines.add(new SummaryLine("DiagnosticReport", d.getCode().getCodingFirstRep().getCode(),
						name(d.getCode()), date(d.getIssued()), d.getConclusion()));
				reports++;
			}
			else if (r instanceof MedicationRequest m && medications < PER_KIND && m.hasMedicationCodeableConcept()) {
				CodeableConcept med = m.getMedicationCodeableConcept();
				lines.add(new SummaryLine("MedicationRequest", med.getCodingFirstRep().getCode(), name(med),
						date(m.getAuthoredOn()), m.getDosageInstructionFirstRep().getText()));
				medications++;
			}
		}
		return lines;
	}

	private static String name(CodeableConcept concept) {
		if (concept.hasText()) {
			return concept.getText();
		}
		return concept.getCodingFirstRep().getDisplay();
	}

	private static String date(Date date) {
		return date == null ? "" : PlatformTime.date(date.toInstant());
	}

}
