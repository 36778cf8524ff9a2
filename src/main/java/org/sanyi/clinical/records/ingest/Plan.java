package org.sanyi.clinical.records.ingest;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.sanyi.clinical.records.BundleProblem;
import org.sanyi.clinical.records.RecordsErrors;
import org.sanyi.clinical.records.ingest.BundleReader.Entry;
import org.sanyi.clinical.records.ingest.ResourceWalk.FoundReference;
import org.sanyi.identity.FhirPatientIndex;

/**
 * How a bundle's references will be written once stored: each entry's fullUrl and the ids
 * it is known by map to its platform reference ({@code Observation/<uuid>},
 * {@code Patient/<resident id>}); references to stored resources and to residents are
 * checked to exist. Organisations, practitioners, locations and other resources the
 * registry or the hospital keeps are not held here and stay as written.
 */
final class Plan {

	private static final String EMPI = "urn:oid:2.16.156.10011.1.13";

	private final RecordRepository repository;

	private final FhirPatientIndex patients;

	private final String institution;

	/**
	 * fullUrl or {@code Type/id} as the bundle writes it → the platform's reference; null
	 * while a patient is pending.
	 */
	private final Map<String, String> local = new HashMap<>();

	/**
	 * references to residents and stored resources already checked → the reference to
	 * write.
	 */
	private final Map<String, String> resolved = new HashMap<>();

	/** the stored entries' targets by entry index */
	final Map<Integer, Target> targets = new HashMap<>();

	private final List<Entry> entries;

	Plan(RecordRepository repository, FhirPatientIndex patients, String institution, List<Entry> entries) {
		this.repository = repository;
		this.patients = patients;
		this.institution = institution;
		this.entries = entries;
	}

	void patientEntry(Entry e) {
		aliases(e).forEach(a -> local.put(a, null));
	}

	void patient(Entry e, String residentId) {
		aliases(e).forEach(a -> local.put(a, "Patient/" + residentId));
	}

	void target(Entry e, String reference, Target target) {
		aliases(e).forEach(a -> local.put(a, reference));
		targets.put(e.index(), target);
	}

	private static Set<String> aliases(Entry e) {
		Set<String> names = new HashSet<>();
		if (e.fullUrl() != null) {
			names.add(e.fullUrl());
		}
		if (e.resource().hasIdElement() && e.resource().getIdElement().hasIdPart()) {
			names.add(e.resource().fhirType() + "/" + e.resource().getIdElement().getIdPart());
		}
		return names;
	}

	/**
	 * Every reference of every entry resolves, and every stored entry names its patient;
	 * nothing is written.
	 */
	void checkReferences() {
		for (Entry e : entries) {
			if (e.resource() instanceof org.hl7.fhir.r4.model.Patient) {
				continue;
			}
			for (FoundReference found : e.references()) {
				check(e, found);
			}
			SearchColumns columns = SearchColumns.of(e.resource());
			if (columns.patient() == null) {
				throw new BundleProblem(RecordsErrors.PATIENT_NOT_RESOLVED, e.label(),
						e.path() + ".resource" + columns.patientPath().substring(e.resource().fhirType().length()),
						"no patient");
			}
			String ref = columns.patient();
			boolean toPatient = ref.startsWith("Patient/") || ref.startsWith("Patient?")
					|| (local.containsKey(ref) && (local.get(ref) == null || local.get(ref).startsWith("Patient/")));
			if (!toPatient) {
				throw new BundleProblem(RecordsErrors.PATIENT_NOT_RESOLVED, e.label(),
						e.path() + ".resource" + columns.patientPath().substring(e.resource().fhirType().length()),
						ref);
			}
		}
	}

	private void check(Entry e, FoundReference found) {
		String ref = found.reference().getReference();
		String path = e.path() + ".resource" + found.path().substring(e.resource().fhirType().length());
		if (ref.startsWith("#") || local.containsKey(ref) || resolved.containsKey(ref)) {
			return;
		}
		if (ref.startsWith("urn:")) {
			throw new BundleProblem(RecordsErrors.UNRESOLVED_REFERENCE, e.label(), path, ref);
		}
		if (ref.startsWith("http://") || ref.startsWith("https://")) {
			return;
		}
		int q = ref.indexOf('?');
		int slash = ref.indexOf('/');
		String type = q > 0 && (slash < 0 || q < slash) ? ref.substring(0, q)
				: slash > 0 ? ref.substring(0, slash) : ref;
		if ("Patient".equals(type)) {
			Optional<String> resident = q > 0 ? byIdentifier(ref.substring(q + 1))
					: patients.residentFor(EMPI, idPart(ref.substring(slash + 1)));
			resolved.put(ref, "Patient/" + resident
				.orElseThrow(() -> new BundleProblem(RecordsErrors.PATIENT_NOT_RESOLVED, e.label(), path, ref)));
			return;
		}
		if (!BundleReader.STORED_TYPES.contains(type)) {
			return; // the registry's organisations and practitioners, medications,
					// specimens: kept as written
		}
		if (q > 0) {
			String query = ref.substring(q + 1);
			String key = query.startsWith("identifier=") ? query.substring("identifier=".length()) : null;
			String id = key == null ? null
					: repository.idsByBusinessKey(institution, type, Set.of(key.contains("|") ? key : "|" + key))
						.values()
						.stream()
						.findFirst()
						.orElse(null);
			if (id == null) {
				throw new BundleProblem(RecordsErrors.UNRESOLVED_REFERENCE, e.label(), path, ref);
			}
			resolved.put(ref, type + "/" + id);
			return;
		}
		String id = slash > 0 ? idPart(ref.substring(slash + 1)) : "";
		if (id.isEmpty() || repository.existing(type, Set.of(id)).isEmpty()) {
			throw new BundleProblem(RecordsErrors.UNRESOLVED_REFERENCE, e.label(), path, ref);
		}
		resolved.put(ref, type + "/" + id);
	}

	private Optional<String> byIdentifier(String query) {
		if (!query.startsWith("identifier=") || !query.contains("|")) {
			return Optional.empty();
		}
		String token = java.net.URLDecoder.decode(query.substring("identifier=".length()),
				java.nio.charset.StandardCharsets.UTF_8);
		int bar = token.indexOf('|');
		return patients.residentFor(token.substring(0, bar), token.substring(bar + 1));
	}

	private static String idPart(String rest) {
		int history = rest.indexOf("/_history");
		return history >= 0 ? rest.substring(0, history) : rest;
	}

	/** Writes the resolved references into the entry's resource. */
	void rewrite(Entry e) {
		for (FoundReference found : e.references()) {
			String ref = found.reference().getReference();
			String to = local.containsKey(ref) ? local.get(ref) : resolved.get(ref);
			if (to != null) {
				found.reference().setReference(to);
			}
		}
	}

	/** The resident of a stored entry, after {@link #rewrite}. */
	String residentOf(Entry e, SearchColumns columns) {
		String ref = columns.patient();
		return ref != null && ref.startsWith("Patient/") ? ref.substring("Patient/".length()) : null;
	}

}
