package org.sanyi.clinical.records.fhir;

import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import ca.uhn.fhir.context.FhirContext;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.sanyi.clinical.records.BundleProblem;
import org.sanyi.clinical.records.RecordsErrors;
import org.sanyi.clinical.records.ingest.BundleIngest;
import org.sanyi.clinical.records.ingest.BundleReader;
import org.sanyi.clinical.records.ingest.RecordRepository.Stored;
import org.sanyi.clinical.records.read.RecordQueries;
import org.sanyi.clinical.records.read.RecordQueries.Opened;
import org.sanyi.identity.FhirPatientIndex;
import org.sanyi.security.AuditLog;
import org.sanyi.security.CurrentUser;
import org.sanyi.security.CurrentUsers;
import org.sanyi.shared.BusinessException;
import org.sanyi.shared.ErrorCode;
import org.sanyi.shared.SharedErrors;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The shared health record over FHIR R4 for hospital systems (bearer tokens of the
 * hospital's accounts): a transaction or batch Bundle posted to the base,
 * {@code Patient/{id}/$everything}, search by patient, date and code on each stored type,
 * and read. Reads follow the resident's consent ({@link RecordQueries}); answers are JSON
 * ({@code application/fhir+json}), errors OperationOutcomes whose issue names the entry
 * and path.
 */
@RestController
@Tag(name = "records-fhir", description = "FHIR R4 共享健康档案")
class FhirRecordsApi {

	static final MediaType FHIR_JSON = MediaType.parseMediaType("application/fhir+json;charset=UTF-8");

	private final FhirContext fhir = FhirContext.forR4Cached();

	private final BundleIngest ingest;

	private final RecordQueries queries;

	private final FhirPatientIndex patients;

	private final AuditLog auditLog;

	private final MessageSource messages;

	FhirRecordsApi(BundleIngest ingest, RecordQueries queries, FhirPatientIndex patients, AuditLog auditLog,
			MessageSource messages) {
		this.ingest = ingest;
		this.queries = queries;
		this.patients = patients;
		this.auditLog = auditLog;
		this.messages = messages;
	}

	@PostMapping(path = "/fhir", consumes = { "application/fhir+json", "application/json" })
	@PreAuthorize("hasAuthority('records:bundle:submit')")
	@Operation(summary = "Store a transaction (all or nothing) or batch Bundle of the caller's institution: Patient "
			+ "entries go to the master patient index, the other resources into the shared record")
	ResponseEntity<String> submit(InputStream body) {
		CurrentUser user = CurrentUsers.get();
		String institution = user.scope().institutionCode();
		if (institution == null) {
			throw new BusinessException(RecordsErrors.NO_INSTITUTION);
		}
		// read as it streams in, before the transaction (the body's limit:
		// sanyi.web.max-fhir-body-size)
		var answer = ingest.ingest(ingest.read(body), institution, user.username());
		auditLog.describe("records:bundle", institution, answer.getType().toCode() + " " + answer.getEntry().size());
		return answer(HttpStatus.OK, answer);
	}

	@GetMapping("/fhir/Patient/{id}/$everything")
	@PreAuthorize("hasAuthority('records:record:read')")
	@Operation(summary = "Everything the shared record holds of a resident the caller may read (consent, own patient)")
	ResponseEntity<String> everything(@PathVariable String id) {
		Opened opened = queries.open(id, null, "FHIR $everything");
		List<Stored> rows = queries.search(opened, List.of(), null, null, List.of(), RecordQueries.MAX_RESOURCES);
		List<String> head = new ArrayList<>();
		patients.patient(id)
			.ifPresent(p -> head.add(entry("Patient/" + id, fhir.newJsonParser().encodeResourceToString(p))));
		return searchset("/fhir/Patient/" + id + "/$everything", head, rows);
	}

	@GetMapping("/fhir/{type}")
	@PreAuthorize("hasAuthority('records:record:read')")
	@Operation(summary = "Search one type by patient (required: Patient/{id} or the EMPI id), date (ge/le/eq, "
			+ "repeatable) and code (system|code or code, comma = or)")
	ResponseEntity<String> search(@PathVariable String type, @RequestParam(required = false) String patient,
			@RequestParam(required = false) List<String> date, @RequestParam(required = false) String code,
			@RequestParam(name = "_count", required = false) Integer count) {
		if (!BundleReader.STORED_TYPES.contains(type)) {
			throw new BusinessException(RecordsErrors.INVALID_SEARCH, type);
		}
		if (patient == null || patient.isBlank()) {
			throw new BusinessException(RecordsErrors.INVALID_SEARCH, "patient");
		}
		String residentId = patient.startsWith("Patient/") ? patient.substring("Patient/".length()) : patient;
		LocalDate from = null;
		LocalDate to = null;
		for (String d : date == null ? List.<String>of() : date) {
			try {
				if (d.startsWith("ge")) {
					from = LocalDate.parse(d.substring(2));
				}
				else if (d.startsWith("le")) {
					to = LocalDate.parse(d.substring(2));
				}
				else {
					from = LocalDate.parse(d.startsWith("eq") ? d.substring(2) : d);
					to = from;
				}
			}
			catch (DateTimeParseException ex) {
				throw new BusinessException(RecordsErrors.INVALID_SEARCH, "date=" + d);
			}
		}
		List<String> codes = code == null || code.isBlank() ? List.of() : List.of(code.split(","));
		int limit = count == null ? 200 : Math.max(1, Math.min(count, RecordQueries.MAX_RESOURCES));
		Opened opened = queries.open(residentId, null, "FHIR search " + type);
		return searchset("/fhir/" + type + "?patient=" + residentId, List.of(),
				queries.search(opened, Set.of(type), from, to, codes, limit));
	}

	@GetMapping("/fhir/{type}/{id}")
	@PreAuthorize("hasAuthority('records:record:read')")
	@Operation(summary = "Read one stored resource (404 outside the caller's consent)")
	ResponseEntity<String> read(@PathVariable String type, @PathVariable String id) {
		if (!BundleReader.STORED_TYPES.contains(type)) {
			throw BusinessException.notFound(type, id);
		}
		Stored stored = queries.read(type, id).orElseThrow(() -> BusinessException.notFound(type, id));
		return ResponseEntity.ok().contentType(FHIR_JSON).body(stored.body());
	}

	/**
	 * A searchset written from the stored JSON as it is: no parse and re-encode per
	 * resource.
	 */
	private static ResponseEntity<String> searchset(String self, List<String> head, List<Stored> rows) {
		StringBuilder b = new StringBuilder(256 + rows.size() * 1024);
		b.append("{\"resourceType\":\"Bundle\",\"type\":\"searchset\",\"total\":")
			.append(head.size() + rows.size())
			.append(",\"link\":[{\"relation\":\"self\",\"url\":\"")
			.append(self.replace("\"", ""))
			.append("\"}],\"entry\":[");
		boolean first = true;
		for (String h : head) {
			b.append(first ? "" : ",").append(h);
			first = false;
		}
		for (Stored s : rows) {
			b.append(first ? "" : ",").append(entry(s.type() + "/" + s.id(), s.body()));
			first = false;
		}
		b.append("]}");
		return ResponseEntity.ok().contentType(FHIR_JSON).body(b.toString());
	}

	private static String entry(String fullUrl, String body) {
		return "{\"fullUrl\":\"" + fullUrl + "\",\"resource\":" + body + ",\"search\":{\"mode\":\"match\"}}";
	}

	private ResponseEntity<String> answer(HttpStatus status, IBaseResource resource) {
		return ResponseEntity.status(status)
			.contentType(FHIR_JSON)
			.body(fhir.newJsonParser().encodeResourceToString(resource));
	}

	@ExceptionHandler(BusinessException.class)
	ResponseEntity<String> business(BusinessException ex) {
		String path = ex instanceof BundleProblem p ? p.path() : null;
		return outcome(ex.error().status(), ex.error(), ex.args(), path);
	}

	@ExceptionHandler(AccessDeniedException.class)
	ResponseEntity<String> denied(AccessDeniedException ex) {
		return outcome(HttpStatus.FORBIDDEN, SharedErrors.ACCESS_DENIED, new Object[0], null);
	}

	private ResponseEntity<String> outcome(HttpStatus status, ErrorCode error, Object[] args, String path) {
		String text = messages.getMessage(error.messageKey(), args, error.code(), LocaleContextHolder.getLocale());
		OperationOutcome outcome = new OperationOutcome();
		var issue = outcome.addIssue().setSeverity(OperationOutcome.IssueSeverity.ERROR).setCode(switch (status) {
			case NOT_FOUND -> OperationOutcome.IssueType.NOTFOUND;
			case FORBIDDEN -> OperationOutcome.IssueType.FORBIDDEN;
			case UNPROCESSABLE_CONTENT -> OperationOutcome.IssueType.PROCESSING;
			case CONFLICT -> OperationOutcome.IssueType.CONFLICT;
			case CONTENT_TOO_LARGE -> OperationOutcome.IssueType.TOOLONG;
			default -> OperationOutcome.IssueType.INVALID;
		})
			.setDetails(new CodeableConcept(new Coding("urn:sanyi:error", error.code(), text)).setText(text))
			.setDiagnostics(error.code() + " " + text);
		if (path != null) {
			issue.addExpression(path);
		}
		return answer(status, outcome);
	}

}
