package org.sanyi.clinical.records.ingest;

import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.IParser;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Resource;
import org.sanyi.clinical.records.BundleProblem;
import org.sanyi.clinical.records.RecordsErrors;
import org.sanyi.clinical.records.ResultRecorded;
import org.sanyi.clinical.records.ingest.BundleReader.Entry;
import org.sanyi.clinical.records.ingest.BundleReader.Kind;
import org.sanyi.clinical.records.ingest.BundleReader.Parsed;
import org.sanyi.clinical.records.ingest.RecordRepository.Row;
import org.sanyi.identity.FhirPatientIndex;
import org.sanyi.shared.BusinessException;
import org.sanyi.shared.PlatformTime;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stores a bundle from a hospital: read and checked against the base specification
 * ({@link BundleReader}), ids assigned (a resource the institution sent before under the
 * same identifier is replaced, a conditional create that finds one changes nothing),
 * references resolved (to entries of the bundle, stored resources or residents of the
 * master patient index; the registry's organisations and practitioners are kept as
 * written), Patient entries registered in the master patient index — only once everything
 * else resolved — and the resources written with their search columns. A transaction is
 * all or nothing; a batch answers each entry on its own.
 */
@Service
public class BundleIngest {

	private final FhirContext fhir = FhirContext.forR4Cached();

	private final BundleReader reader = new BundleReader(fhir);

	private final RecordRepository repository;

	private final FhirPatientIndex patients;

	private final ApplicationEventPublisher events;

	BundleIngest(RecordRepository repository, FhirPatientIndex patients, ApplicationEventPublisher events) {
		this.repository = repository;
		this.patients = patients;
		this.events = events;
	}

	/**
	 * Stores a posted bundle (JSON) for an institution and returns the response bundle.
	 * @throws BundleProblem for the first bad entry of a transaction (nothing stored)
	 */
	@Transactional
	public Bundle ingest(String body, String institution, String user) {
		return ingest(reader.read(body), institution, user);
	}

	/**
	 * Reads a bundle as it is posted, before {@link #ingest(Parsed, String, String)}:
	 * outside the transaction, so a slow sender holds no database connection.
	 */
	public Parsed read(InputStream body) {
		return reader.read(body);
	}

	/**
	 * Stores a bundle read by {@link #read(InputStream)}.
	 * @throws BundleProblem for the first bad entry of a transaction (nothing stored)
	 */
	@Transactional
	public Bundle ingest(Parsed parsed, String institution, String user) {
		if (parsed.kind() == Kind.TRANSACTION) {
			for (Entry e : parsed.entries()) {
				if (e.problem() != null) {
					throw e.problem();
				}
			}
		}
		long bundleId = repository.newBundle(institution, parsed.kind().name(), parsed.entries().size(), user);
		Map<Integer, BundleProblem> problems = new HashMap<>();
		List<Entry> valid = new ArrayList<>();
		for (Entry e : parsed.entries()) {
			if (e.problem() != null) {
				problems.put(e.index(), e.problem());
			}
			else {
				valid.add(e);
			}
		}
		Map<Integer, Target> targets = new HashMap<>();
		if (parsed.kind() == Kind.TRANSACTION) {
			store(valid, institution, bundleId, targets);
		}
		else {
			// a batch's entries stand alone (FHIR forbids references between them): one
			// bad entry leaves the others
			List<Entry> accepted = new ArrayList<>();
			for (Entry e : valid) {
				try {
					Plan plan = plan(List.of(e), institution);
					plan.checkReferences();
					accepted.add(e);
				}
				catch (BundleProblem p) {
					problems.put(e.index(), p);
				}
			}
			for (Entry e : accepted) {
				try {
					store(List.of(e), institution, bundleId, targets);
				}
				catch (BundleProblem p) {
					problems.put(e.index(), p);
				}
			}
		}
		repository.stored(bundleId, (int) targets.values().stream().filter(t -> !t.unchanged()).count());
		return response(parsed, targets, problems);
	}

	/**
	 * Stores a bundle built in process (the demo, other modules); the same rules as a
	 * posted one.
	 */
	@Transactional
	public Bundle ingest(Bundle bundle, String institution, String user) {
		return ingest(fhir.newJsonParser().encodeResourceToString(bundle), institution, user);
	}

	private void store(List<Entry> entries, String institution, long bundleId, Map<Integer, Target> targets) {
		Plan plan = plan(entries, institution);
		plan.checkReferences();
		// the master patient index only learns the patients once every other reference
		// resolved
		for (Entry e : entries) {
			if (e.resource() instanceof Patient patient) {
				String residentId;
				try {
					residentId = patients.register(institution, patient);
				}
				catch (BusinessException ex) {
					throw new BundleProblem(RecordsErrors.PATIENT_REFUSED, e.label(), e.path() + ".resource",
							ex.error().code());
				}
				plan.patient(e, residentId);
				targets.put(e.index(), new Target("Patient", residentId, 1, false, true));
			}
		}
		List<Row> inserts = new ArrayList<>();
		List<Row> updates = new ArrayList<>();
		List<ResultRecorded.Result> results = new ArrayList<>();
		IParser json = fhir.newJsonParser();
		for (Entry e : entries) {
			if (e.resource() instanceof Patient) {
				continue;
			}
			Target target = plan.targets.get(e.index());
			targets.put(e.index(), target);
			if (target.unchanged()) {
				continue;
			}
			Resource resource = e.resource();
			plan.rewrite(e);
			SearchColumns columns = SearchColumns.of(resource);
			String residentId = plan.residentOf(e, columns);
			resource.setId(target.id());
			resource.getMeta()
				.setVersionId(String.valueOf(target.version()))
				.setLastUpdated(new Date())
				.setSource("urn:sanyi:institution:" + institution);
			Row row = new Row(target.type(), target.id(), target.version(), residentId, institution,
					columns.businessKey(), columns.effective(),
					columns.effective() == null ? null : columns.effective().atZone(PlatformTime.zone()).toLocalDate(),
					columns.category(), columns.codes(), json.encodeResourceToString(resource));
			(target.created() ? inserts : updates).add(row);
			Results.of(resource, residentId, columns).ifPresent(results::add);
		}
		repository.insert(inserts, bundleId);
		repository.update(updates, bundleId);
		if (!results.isEmpty()) {
			events.publishEvent(new ResultRecorded(institution, results));
		}
	}

	private Plan plan(List<Entry> entries, String institution) {
		Plan plan = new Plan(repository, patients, institution, entries);
		// ids: replaced by business key, conditional creates, PUT to an id, or new
		Map<String, Set<String>> keysByType = new LinkedHashMap<>();
		Map<Integer, String> keyOf = new HashMap<>();
		// one resource per fullUrl and per business key in a bundle (FHIR's bdl-7;
		// Synthea
		// wrote one DocumentReference twice in 1 of 1,000 lifetimes): which of two would
		// a
		// reference name, and which would be stored?
		Map<String, Integer> fullUrls = new HashMap<>();
		Map<String, Integer> entryOfKey = new HashMap<>();
		for (Entry e : entries) {
			Integer sameUrl = e.fullUrl() == null ? null : fullUrls.putIfAbsent(e.fullUrl(), e.index());
			if (sameUrl != null) {
				throw new BundleProblem(RecordsErrors.INVALID_RESOURCE, e.label(), e.path() + ".fullUrl",
						"fullUrl also of entry " + sameUrl);
			}
			if (e.resource() instanceof Patient) {
				plan.patientEntry(e);
				continue;
			}
			String key = conditionalKey(e).orElseGet(() -> SearchColumns.of(e.resource()).businessKey());
			if (key != null) {
				Integer sameKey = entryOfKey.putIfAbsent(e.resource().fhirType() + " " + key, e.index());
				if (sameKey != null) {
					throw new BundleProblem(RecordsErrors.INVALID_RESOURCE, e.label(),
							e.path() + ".resource.identifier", "identifier also of entry " + sameKey);
				}
				keyOf.put(e.index(), key);
				keysByType.computeIfAbsent(e.resource().fhirType(), t -> new HashSet<>()).add(key);
			}
		}
		Map<String, Map<String, String>> known = new HashMap<>();
		keysByType.forEach((type, keys) -> known.put(type, repository.idsByBusinessKey(institution, type, keys)));
		for (Entry e : entries) {
			if (e.resource() instanceof Patient) {
				continue;
			}
			String type = e.resource().fhirType();
			String key = keyOf.get(e.index());
			String existing = key == null ? null : known.get(type).get(key);
			Target target;
			if ("PUT".equals(e.method()) && e.url() != null && e.url().startsWith(type + "/")) {
				String id = e.url().substring(type.length() + 1);
				if (!id.matches("[A-Za-z0-9\\-.]{1,64}")) {
					throw new BundleProblem(RecordsErrors.INVALID_RESOURCE, e.label(), e.path() + ".request.url",
							"not a FHIR id: " + id);
				}
				var owner = repository.owner(type, id);
				if (owner.isPresent() && !owner.get().institution().equals(institution)) {
					throw new BundleProblem(RecordsErrors.NOT_OWNER, e.label(), e.path() + ".request.url",
							type + "/" + id);
				}
				target = new Target(type, id, owner.map(o -> o.version() + 1).orElse(1), owner.isEmpty(), false);
			}
			else if (existing != null && e.ifNoneExist() != null) {
				target = new Target(type, existing, 0, false, true);
			}
			else if (existing != null) {
				int version = repository.owner(type, existing).map(RecordRepository.Owner::version).orElse(0) + 1;
				target = new Target(type, existing, version, false, false);
			}
			else {
				target = new Target(type, UUID.randomUUID().toString(), 1, true, false);
			}
			plan.target(e, target.reference(), target);
		}
		return plan;
	}

	/**
	 * {@code identifier=system|value} of a conditional create, as the key it looks for.
	 */
	private static Optional<String> conditionalKey(Entry e) {
		String q = e.ifNoneExist();
		if (q == null) {
			return Optional.empty();
		}
		String query = q.contains("?") ? q.substring(q.indexOf('?') + 1) : q;
		if (!query.startsWith("identifier=")) {
			throw new BundleProblem(RecordsErrors.UNSUPPORTED_ENTRY, e.label(), e.path() + ".request.ifNoneExist",
					"only identifier=system|value: " + q);
		}
		String value = java.net.URLDecoder.decode(query.substring("identifier=".length()),
				java.nio.charset.StandardCharsets.UTF_8);
		return Optional.of(value.contains("|") ? value : "|" + value);
	}

	private static Bundle response(Parsed parsed, Map<Integer, Target> targets, Map<Integer, BundleProblem> problems) {
		Bundle answer = new Bundle().setType(parsed.kind() == Kind.TRANSACTION ? Bundle.BundleType.TRANSACTIONRESPONSE
				: Bundle.BundleType.BATCHRESPONSE);
		answer.setTimestamp(Date.from(Instant.now()));
		for (Entry e : parsed.entries()) {
			Bundle.BundleEntryResponseComponent r = answer.addEntry().getResponse();
			BundleProblem p = problems.get(e.index());
			Target t = targets.get(e.index());
			if (p != null) {
				r.setStatus(p.error().status().value() + " " + p.error().status().getReasonPhrase());
				OperationOutcome outcome = new OperationOutcome();
				outcome.addIssue()
					.setSeverity(OperationOutcome.IssueSeverity.ERROR)
					.setCode(OperationOutcome.IssueType.PROCESSING)
					.setDiagnostics(p.error().code() + " " + p.path())
					.addExpression(p.path());
				r.setOutcome(outcome);
			}
			else if (t != null) {
				r.setStatus(t.created() ? "201 Created" : "200 OK");
				r.setLocation(
						t.reference() + (t.type().equals("Patient") ? "" : "/_history/" + Math.max(t.version(), 1)));
			}
		}
		return answer;
	}

}
