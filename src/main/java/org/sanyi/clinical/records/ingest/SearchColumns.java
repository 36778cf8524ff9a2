package org.sanyi.clinical.records.ingest;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.hl7.fhir.r4.model.AllergyIntolerance;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.DiagnosticReport;
import org.hl7.fhir.r4.model.DocumentReference;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.ImagingStudy;
import org.hl7.fhir.r4.model.Immunization;
import org.hl7.fhir.r4.model.MedicationRequest;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Procedure;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.Type;

/**
 * The columns a stored resource is searched by: its patient reference, the clinically
 * relevant time (when the specimen was taken, the visit began, the drug was prescribed…),
 * a category and every code it carries. Pure.
 *
 * @param patient the patient reference as written ({@code Patient/…}), or null
 * @param patientPath where it is ({@code Observation.subject})
 * @param effective the time, or null
 * @param category the first category code (laboratory, vital-signs, AMB, IMP…), or null
 * @param codes {@code system|code} and the bare code of every coding, in order
 * @param businessKey {@code system|value} of the first identifier, or null
 */
record SearchColumns(String patient, String patientPath, Instant effective, String category, List<String> codes,
		String businessKey) {

	static SearchColumns of(Resource resource) {
		Set<String> codes = new LinkedHashSet<>();
		String type = resource.fhirType();
		return switch (resource) {
			case Encounter e -> {
				add(codes, e.getType());
				if (e.hasClass_()) {
					add(codes, e.getClass_());
				}
				yield new SearchColumns(ref(e.getSubject()), type + ".subject", start(e.getPeriod()),
						e.hasClass_() ? e.getClass_().getCode() : null, List.copyOf(codes), key(e.getIdentifier()));
			}
			case Condition c -> {
				add(codes, c.getCode());
				Instant at = c.hasOnsetDateTimeType() ? instant(c.getOnsetDateTimeType().getValue())
						: instant(c.getRecordedDate());
				yield new SearchColumns(ref(c.getSubject()), type + ".subject", at, firstCode(c.getCategory()),
						List.copyOf(codes), key(c.getIdentifier()));
			}
			case Observation o -> {
				add(codes, o.getCode());
				o.getComponent().forEach(comp -> add(codes, comp.getCode()));
				yield new SearchColumns(ref(o.getSubject()), type + ".subject",
						effective(o.getEffective(), o.getIssued()), firstCode(o.getCategory()), List.copyOf(codes),
						key(o.getIdentifier()));
			}
			case DiagnosticReport d -> {
				add(codes, d.getCode());
				yield new SearchColumns(ref(d.getSubject()), type + ".subject",
						effective(d.getEffective(), d.getIssued()), firstCode(d.getCategory()), List.copyOf(codes),
						key(d.getIdentifier()));
			}
			case ImagingStudy s -> {
				s.getModality().forEach(c -> add(codes, c));
				s.getProcedureCode().forEach(c -> add(codes, c));
				s.getSeries().forEach(series -> {
					add(codes, series.getModality());
					if (series.hasBodySite()) {
						add(codes, series.getBodySite());
					}
				});
				yield new SearchColumns(ref(s.getSubject()), type + ".subject", instant(s.getStarted()), "imaging",
						List.copyOf(codes), key(s.getIdentifier()));
			}
			case MedicationRequest m -> {
				if (m.hasMedicationCodeableConcept()) {
					add(codes, m.getMedicationCodeableConcept());
				}
				yield new SearchColumns(ref(m.getSubject()), type + ".subject", instant(m.getAuthoredOn()),
						firstCode(m.getCategory()), List.copyOf(codes), key(m.getIdentifier()));
			}
			case Procedure p -> {
				add(codes, p.getCode());
				Instant at = p.hasPerformedDateTimeType() ? instant(p.getPerformedDateTimeType().getValue())
						: p.hasPerformedPeriod() ? start(p.getPerformedPeriod()) : null;
				yield new SearchColumns(ref(p.getSubject()), type + ".subject", at,
						p.hasCategory() ? firstCode(List.of(p.getCategory())) : null, List.copyOf(codes),
						key(p.getIdentifier()));
			}
			case AllergyIntolerance a -> {
				add(codes, a.getCode());
				yield new SearchColumns(ref(a.getPatient()), type + ".patient", instant(a.getRecordedDate()), null,
						List.copyOf(codes), key(a.getIdentifier()));
			}
			case Immunization i -> {
				add(codes, i.getVaccineCode());
				Instant at = i.hasOccurrenceDateTimeType() ? instant(i.getOccurrenceDateTimeType().getValue()) : null;
				yield new SearchColumns(ref(i.getPatient()), type + ".patient", at, null, List.copyOf(codes),
						key(i.getIdentifier()));
			}
			case DocumentReference d -> {
				add(codes, d.getType());
				Instant at = d.hasDate() ? instant(d.getDate())
						: d.getContext().hasPeriod() ? start(d.getContext().getPeriod()) : null;
				yield new SearchColumns(ref(d.getSubject()), type + ".subject", at, firstCode(d.getCategory()),
						List.copyOf(codes),
						d.hasMasterIdentifier() ? key(List.of(d.getMasterIdentifier())) : key(d.getIdentifier()));
			}
			default -> throw new IllegalArgumentException("not a stored type: " + type);
		};
	}

	private static void add(Set<String> codes, CodeableConcept concept) {
		if (concept == null) {
			return;
		}
		for (Coding c : concept.getCoding()) {
			add(codes, c);
		}
	}

	private static void add(Set<String> codes, List<CodeableConcept> concepts) {
		concepts.forEach(c -> add(codes, c));
	}

	private static void add(Set<String> codes, Coding c) {
		if (c.hasCode()) {
			if (c.hasSystem()) {
				codes.add(c.getSystem() + "|" + c.getCode());
			}
			codes.add(c.getCode());
		}
	}

	private static String firstCode(List<CodeableConcept> concepts) {
		for (CodeableConcept c : concepts) {
			for (Coding coding : c.getCoding()) {
				if (coding.hasCode()) {
					return coding.getCode();
				}
			}
		}
		return null;
	}

	private static String ref(Reference r) {
		return r != null && r.hasReference() ? r.getReference() : null;
	}

	private static String key(List<Identifier> identifiers) {
		List<String> keys = new ArrayList<>();
		for (Identifier i : identifiers) {
			if (i.hasValue()) {
				keys.add((i.hasSystem() ? i.getSystem() : "") + "|" + i.getValue());
			}
		}
		return keys.isEmpty() ? null : keys.getFirst();
	}

	private static Instant effective(Type effective, Date issued) {
		if (effective instanceof org.hl7.fhir.r4.model.DateTimeType dt && dt.getValue() != null) {
			return dt.getValue().toInstant();
		}
		if (effective instanceof Period p) {
			return start(p);
		}
		if (effective instanceof org.hl7.fhir.r4.model.InstantType it && it.getValue() != null) {
			return it.getValue().toInstant();
		}
		return instant(issued);
	}

	private static Instant start(Period p) {
		return p != null && p.hasStart() ? p.getStart().toInstant() : null;
	}

	private static Instant instant(Date d) {
		return d == null ? null : d.toInstant();
	}

}
