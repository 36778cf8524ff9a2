package org.sanyi.clinical.records.view;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.hl7.fhir.r4.model.AllergyIntolerance;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.DiagnosticReport;
import org.hl7.fhir.r4.model.DocumentReference;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.ImagingStudy;
import org.hl7.fhir.r4.model.Immunization;
import org.hl7.fhir.r4.model.MedicationRequest;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Procedure;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;

/**
 * A resident's record as a doctor or the resident reads it: visits with their diagnoses,
 * results with reference ranges and flags, trends of repeated numeric results, reports,
 * imaging, medications, allergies, immunisations and documents (discharge summaries,
 * outpatient notes), each with the institution that sent it. Built from the stored
 * resources; pure.
 *
 * @param visits newest first
 * @param trends one per result item measured at least twice, in the order first seen
 */
public record RecordView(List<Visit> visits, List<Diagnosis> diagnoses, List<Lab> labs, List<Trend> trends,
		List<Report> reports, List<Imaging> imaging, List<Medication> medications, List<Line> allergies,
		List<Line> immunizations, List<Line> procedures, List<Document> documents) {

	/** A visit. {@code kind} is the encounter class: AMB 门诊, IMP 住院, EMER 急诊, OTHER. */
	public record Visit(String id, Instant start, Instant end, String kind, String type, String institution,
			List<String> diagnoses) {
	}

	public record Diagnosis(Instant at, String name, String code, String institution) {
	}

	/**
	 * A result; {@code flag} H (above the range), L (below), N or A (abnormal);
	 * {@code range} as {@code 3.5–5.5}.
	 */
	public record Lab(Instant at, String item, String code, BigDecimal value, String text, String unit, String range,
			String flag, String institution) {
	}

	/** A numeric result over time with its reference range, for a trend chart. */
	public record Trend(String code, String item, String unit, BigDecimal low, BigDecimal high, List<Point> points) {
	}

	public record Point(Instant at, BigDecimal value) {
	}

	public record Report(Instant at, String title, String category, String conclusion, int results,
			String institution) {
	}

	public record Imaging(Instant at, String modality, String bodySite, String description, String institution) {
	}

	public record Medication(Instant at, String drug, String dosage, String status, String institution) {
	}

	public record Line(Instant at, String text, String institution) {
	}

	/** A document; {@code text} is its plain-text attachment, when it has one. */
	public record Document(Instant at, String title, String text, String institution) {
	}

	/**
	 * The view of resources as stored.
	 * @param institutionOf the sending institution's name of a resource
	 */
	public static RecordView of(List<Resource> resources, Function<Resource, String> institutionOf) {
		Map<String, Visit> visits = new LinkedHashMap<>();
		List<Diagnosis> diagnoses = new ArrayList<>();
		List<Lab> labs = new ArrayList<>();
		List<Report> reports = new ArrayList<>();
		List<Imaging> imaging = new ArrayList<>();
		List<Medication> medications = new ArrayList<>();
		List<Line> allergies = new ArrayList<>();
		List<Line> immunizations = new ArrayList<>();
		List<Line> procedures = new ArrayList<>();
		List<Document> documents = new ArrayList<>();
		Map<String, List<String>> diagnosesByVisit = new LinkedHashMap<>();
		for (Resource r : resources) {
			String institution = institutionOf.apply(r);
			switch (r) {
				case Encounter e -> visits.put("Encounter/" + e.getIdElement().getIdPart(),
						new Visit("Encounter/" + e.getIdElement().getIdPart(), instant(e.getPeriod().getStart()),
								instant(e.getPeriod().getEnd()), kind(e.hasClass_() ? e.getClass_().getCode() : null),
								e.getType().isEmpty() ? null : text(e.getTypeFirstRep()), institution,
								new ArrayList<>()));
				case Condition c -> {
					Instant at = c.hasOnsetDateTimeType() ? instant(c.getOnsetDateTimeType().getValue())
							: instant(c.getRecordedDate());
					diagnoses.add(new Diagnosis(at, text(c.getCode()), code(c.getCode()), institution));
					if (c.hasEncounter()) {
						diagnosesByVisit.computeIfAbsent(c.getEncounter().getReference(), k -> new ArrayList<>())
							.add(text(c.getCode()));
					}
				}
				case Observation o -> labs.add(lab(o, institution));
				case DiagnosticReport d -> reports.add(new Report(
						d.hasEffectiveDateTimeType() ? instant(d.getEffectiveDateTimeType().getValue())
								: instant(d.getIssued()),
						text(d.getCode()), d.getCategory().isEmpty() ? null : code(d.getCategoryFirstRep()),
						d.getConclusion(), d.getResult().size(), institution));
				case ImagingStudy s -> imaging.add(new Imaging(instant(s.getStarted()),
						s.getModality().isEmpty()
								? (s.getSeries().isEmpty() ? null : s.getSeriesFirstRep().getModality().getCode())
								: s.getModalityFirstRep().getCode(),
						s.getSeries().isEmpty() || !s.getSeriesFirstRep().hasBodySite() ? null
								: display(s.getSeriesFirstRep().getBodySite()),
						s.getDescription(), institution));
				case MedicationRequest m -> medications.add(new Medication(instant(m.getAuthoredOn()),
						m.hasMedicationCodeableConcept() ? text(m.getMedicationCodeableConcept())
								: reference(m.getMedicationReference()),
						m.getDosageInstruction().isEmpty() ? null : m.getDosageInstructionFirstRep().getText(),
						m.hasStatus() ? m.getStatus().toCode() : null, institution));
				case AllergyIntolerance a ->
					allergies.add(new Line(instant(a.getRecordedDate()), text(a.getCode()), institution));
				case Immunization i -> immunizations.add(new Line(
						i.hasOccurrenceDateTimeType() ? instant(i.getOccurrenceDateTimeType().getValue()) : null,
						text(i.getVaccineCode()), institution));
				case Procedure p -> procedures.add(new Line(
						p.hasPerformedDateTimeType() ? instant(p.getPerformedDateTimeType().getValue())
								: p.hasPerformedPeriod() ? instant(p.getPerformedPeriod().getStart()) : null,
						text(p.getCode()), institution));
				case DocumentReference d -> documents.add(document(d, institution));
				default -> {
				}
			}
		}
		diagnosesByVisit.forEach((ref, names) -> {
			Visit v = visits.get(ref);
			if (v != null) {
				v.diagnoses().addAll(names);
			}
		});
		Comparator<Instant> newest = Comparator.nullsLast(Comparator.reverseOrder());
		List<Visit> visitList = new ArrayList<>(visits.values());
		visitList.sort(Comparator.comparing(Visit::start, newest));
		diagnoses.sort(Comparator.comparing(Diagnosis::at, newest));
		labs.sort(Comparator.comparing(Lab::at, newest));
		reports.sort(Comparator.comparing(Report::at, newest));
		imaging.sort(Comparator.comparing(Imaging::at, newest));
		medications.sort(Comparator.comparing(Medication::at, newest));
		documents.sort(Comparator.comparing(Document::at, newest));
		return new RecordView(visitList, diagnoses, labs, trends(resources), reports, imaging, medications, allergies,
				immunizations, procedures, documents);
	}

	private static Lab lab(Observation o, String institution) {
		Instant at = o.hasEffectiveDateTimeType() ? instant(o.getEffectiveDateTimeType().getValue())
				: instant(o.getIssued());
		BigDecimal value = o.hasValueQuantity() ? o.getValueQuantity().getValue() : null;
		String unit = o.hasValueQuantity() ? o.getValueQuantity().getUnit() : null;
		String text = o.hasValueStringType() ? o.getValueStringType().getValue() : o.hasValueCodeableConcept()
				? text(o.getValueCodeableConcept()) : o.hasComponent() ? components(o) : null;
		BigDecimal low = null;
		BigDecimal high = null;
		String range = null;
		if (o.hasReferenceRange()) {
			var rr = o.getReferenceRangeFirstRep();
			low = rr.hasLow() ? rr.getLow().getValue() : null;
			high = rr.hasHigh() ? rr.getHigh().getValue() : null;
			range = rr.hasText() ? rr.getText()
					: (low == null ? "" : low.toPlainString()) + "–" + (high == null ? "" : high.toPlainString());
		}
		String flag = null;
		if (o.hasInterpretation() && !o.getInterpretationFirstRep().getCoding().isEmpty()) {
			String code = o.getInterpretationFirstRep().getCodingFirstRep().getCode();
			flag = code == null ? null
					: code.startsWith("H") ? "H" : code.startsWith("L") ? "L" : "N".equals(code) ? "N" : "A";
		}
		else if (value != null && (low != null || high != null)) {
			flag = low != null && value.compareTo(low) < 0 ? "L"
					: high != null && value.compareTo(high) > 0 ? "H" : "N";
		}
		return new Lab(at, text(o.getCode()), code(o.getCode()), value, text, unit, range, flag, institution);
	}

	/** Blood pressure and other panels: {@code 150/95 mmHg}. */
	private static String components(Observation o) {
		List<String> parts = new ArrayList<>();
		String unit = null;
		for (var c : o.getComponent()) {
			if (c.hasValueQuantity()) {
				parts.add(c.getValueQuantity().getValue().stripTrailingZeros().toPlainString());
				unit = c.getValueQuantity().getUnit();
			}
		}
		return String.join("/", parts) + (unit == null ? "" : " " + unit);
	}

	private static List<Trend> trends(List<Resource> resources) {
		Map<String, List<Observation>> byCode = new LinkedHashMap<>();
		for (Resource r : resources) {
			if (r instanceof Observation o && o.hasValueQuantity() && o.getValueQuantity().hasValue()) {
				byCode.computeIfAbsent(code(o.getCode()), k -> new ArrayList<>()).add(o);
			}
		}
		List<Trend> trends = new ArrayList<>();
		byCode.forEach((code, list) -> {
			if (list.size() < 2) {
				return;
			}
			List<Point> points = new ArrayList<>();
			BigDecimal low = null;
			BigDecimal high = null;
			for (Observation o : list) {
				Instant at = o.hasEffectiveDateTimeType() ? instant(o.getEffectiveDateTimeType().getValue())
						: instant(o.getIssued());
				points.add(new Point(at, o.getValueQuantity().getValue()));
				if (o.hasReferenceRange()) {
					var rr = o.getReferenceRangeFirstRep();
					low = rr.hasLow() ? rr.getLow().getValue() : low;
					high = rr.hasHigh() ? rr.getHigh().getValue() : high;
				}
			}
			points.sort(Comparator.comparing(Point::at, Comparator.nullsFirst(Comparator.naturalOrder())));
			Observation first = list.getFirst();
			trends.add(new Trend(code, text(first.getCode()), first.getValueQuantity().getUnit(), low, high, points));
		});
		return trends;
	}

	private static Document document(DocumentReference d, String institution) {
		String text = null;
		for (var content : d.getContent()) {
			var a = content.getAttachment();
			if (a.hasData() && (a.getContentType() == null || a.getContentType().startsWith("text/plain"))) {
				text = new String(a.getData(), StandardCharsets.UTF_8);
				break;
			}
		}
		String title = d.hasDescription() ? d.getDescription() : d.hasType() ? text(d.getType()) : null;
		Instant at = d.hasDate() ? d.getDate().toInstant()
				: d.getContext().hasPeriod() ? instant(d.getContext().getPeriod().getStart()) : null;
		return new Document(at, title, text, institution);
	}

	/** The encounter class as the pages name it: AMB 门诊, IMP 住院, EMER 急诊, OTHER. */
	static String kind(String code) {
		if (code == null) {
			return "OTHER";
		}
		return switch (code) {
			case "AMB", "IMP", "EMER" -> code;
			case "ACUTE", "NONAC", "SS" -> "IMP";
			default -> "OTHER";
		};
	}

	static String text(CodeableConcept concept) {
		if (concept == null) {
			return null;
		}
		if (concept.hasText()) {
			return concept.getText();
		}
		return display(concept);
	}

	private static String display(Coding c) {
		return c.hasDisplay() ? c.getDisplay() : c.getCode();
	}

	private static String display(CodeableConcept concept) {
		for (Coding c : concept.getCoding()) {
			if (c.hasDisplay()) {
				return c.getDisplay();
			}
		}
		return concept.getCoding().isEmpty() ? null : concept.getCodingFirstRep().getCode();
	}

	private static String code(CodeableConcept concept) {
		return concept == null || concept.getCoding().isEmpty() ? null : concept.getCodingFirstRep().getCode();
	}

	private static String reference(Reference r) {
		return r == null ? null : r.hasDisplay() ? r.getDisplay() : r.getReference();
	}

	private static Instant instant(java.util.Date d) {
		return d == null ? null : d.toInstant();
	}

}
