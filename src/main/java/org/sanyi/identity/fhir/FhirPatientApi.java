package org.sanyi.identity.fhir;

import java.net.URI;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.DataFormatException;
import ca.uhn.fhir.parser.IParser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CapabilityStatement;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Enumerations;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Patient;
import org.sanyi.identity.IdentityErrors;
import org.sanyi.identity.Registration;
import org.sanyi.identity.Registration.Decision;
import org.sanyi.identity.Resident;
import org.sanyi.identity.ResidentIdentifier;
import org.sanyi.identity.ResidentIdentifier.IdentifierType;
import org.sanyi.identity.consent.ResidentAccess;
import org.sanyi.identity.consent.ResidentAccess.Basis;
import org.sanyi.identity.registration.ResidentIndexService;
import org.sanyi.security.AuditLog;
import org.sanyi.security.CurrentUser;
import org.sanyi.security.CurrentUsers;
import org.sanyi.shared.BusinessException;
import org.sanyi.shared.ErrorCode;
import org.sanyi.shared.Masking;
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
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * FHIR R4 {@code Patient} over the master patient index, for hospital systems: create
 * registers (match, link or new, exactly as {@code POST /api/identity/patients}), read
 * and search by identifier apply the same data scope and audit as the REST API. JSON only
 * ({@code application/fhir+json}); errors are {@code OperationOutcome}s carrying the IDN
 * code and its text.
 */
@RestController
@Tag(name = "identity-fhir", description = "FHIR R4 Patient（主索引）")
class FhirPatientApi {

	static final MediaType FHIR_JSON = MediaType.parseMediaType("application/fhir+json;charset=UTF-8");

	/**
	 * Registration errors in the resource's content: 422 Unprocessable Entity (FHIR's
	 * answer to a rule failure).
	 */
	private static final Set<String> UNPROCESSABLE = Set.of("IDN-0001", "IDN-0002", "IDN-0003", "IDN-0004", "IDN-0005",
			"IDN-0006", "IDN-0012");

	private final FhirContext fhir = FhirContext.forR4Cached();

	private final ResidentIndexService index;

	private final ResidentAccess access;

	private final AuditLog auditLog;

	private final MessageSource messages;

	FhirPatientApi(ResidentIndexService index, ResidentAccess access, AuditLog auditLog, MessageSource messages) {
		this.index = index;
		this.access = access;
		this.auditLog = auditLog;
		this.messages = messages;
	}

	private IParser parser() {
		return fhir.newJsonParser();
	}

	private ResponseEntity<String> answer(HttpStatus status, IBaseResource resource) {
		return ResponseEntity.status(status).contentType(FHIR_JSON).body(parser().encodeResourceToString(resource));
	}

	@PostMapping("/fhir/Patient")
	@PreAuthorize("hasAuthority('identity:patient:register')")
	@Operation(summary = "Register a patient of the caller's institution (FHIR create): 201 + Location for a new "
			+ "(or provisional, under review) resident, 200 when linked to an existing one; the Patient carries the "
			+ "EMPI id (urn:oid:2.16.156.10011.1.13)")
	ResponseEntity<String> create(@RequestBody(required = false) String body) {
		CurrentUser user = CurrentUsers.get();
		String institution = user.scope().institutionCode();
		if (institution == null) {
			throw new BusinessException(IdentityErrors.NO_INSTITUTION);
		}
		Patient patient;
		try {
			patient = parser().parseResource(Patient.class, body == null ? "" : body);
		}
		catch (DataFormatException | ClassCastException ex) {
			throw new BusinessException(IdentityErrors.INVALID_FHIR_RESOURCE, shorten(ex.getMessage()));
		}
		var registration = FhirPatients.registration(patient, institution);
		auditLog.describe("identity:patient", institution + "/" + registration.patientNo(), "FHIR create");
		Registration result = index.register(institution, registration);
		auditLog.describe("identity:patient", institution + "/" + registration.patientNo(),
				result.decision() + " " + result.residentId());
		Patient answer = readable(user, result.residentId(), "FHIR create").orElseThrow();
		answer.getMeta().addTag(FhirPatients.DECISION_TAG, result.decision().name(), null);
		boolean linked = result.decision() == Decision.AUTO_LINK;
		ResponseEntity.BodyBuilder builder = ResponseEntity.status(linked ? HttpStatus.OK : HttpStatus.CREATED)
			.contentType(FHIR_JSON);
		if (!linked) {
			builder.location(URI.create("/fhir/Patient/" + result.residentId()));
		}
		return builder.body(parser().encodeResourceToString(answer));
	}

	@GetMapping("/fhir/Patient/{id}")
	@PreAuthorize("hasAuthority('identity:resident:read')")
	@Operation(summary = "A resident within the caller's data scope as a FHIR Patient (404 outside it)")
	ResponseEntity<String> read(@PathVariable String id) {
		Patient patient = readable(CurrentUsers.get(), id, "FHIR read")
			.orElseThrow(() -> BusinessException.notFound("Patient", id));
		return answer(HttpStatus.OK, patient);
	}

	@GetMapping("/fhir/Patient")
	@PreAuthorize("hasAuthority('identity:resident:read')")
	@Operation(summary = "Search by identifier=system|value (ID number, health card, EMPI id or an institution's "
			+ "patient number): a searchset Bundle of the residents within the caller's data scope")
	ResponseEntity<String> search(@RequestParam(required = false) String identifier) {
		if (identifier == null || identifier.indexOf('|') <= 0 || identifier.endsWith("|")) {
			throw new BusinessException(IdentityErrors.INVALID_FHIR_SEARCH, String.valueOf(identifier));
		}
		String system = identifier.substring(0, identifier.indexOf('|'));
		String value = identifier.substring(identifier.indexOf('|') + 1);
		Optional<String> residentId;
		if (FhirPatients.EMPI.equals(system)) {
			residentId = Optional.of(value.strip());
		}
		else {
			IdentifierType type = FhirPatients.typeOf(system);
			if (type == null) {
				throw new BusinessException(IdentityErrors.INVALID_FHIR_SEARCH, system);
			}
			String issuer = type == IdentifierType.PATIENT_NO
					? system.substring(FhirPatients.PATIENT_NO_PREFIX.length()) : "";
			residentId = index.residentIdBy(type, issuer, value);
		}
		auditLog.read("identity:resident", residentId.orElse(null), "FHIR search " + system + "|"
				+ (FhirPatients.ID_NUMBER.equals(system) ? Masking.idNumber(value) : value));
		Bundle bundle = new Bundle().setType(Bundle.BundleType.SEARCHSET);
		bundle.setTimestamp(new Date());
		bundle.addLink()
			.setRelation("self")
			.setUrl("/fhir/Patient?identifier=" + system + "|"
					+ (FhirPatients.ID_NUMBER.equals(system) ? Masking.idNumber(value) : value));
		residentId.flatMap(id -> readable(CurrentUsers.get(), id, "FHIR search"))
			.ifPresent(p -> bundle.addEntry()
				.setFullUrl("Patient/" + p.getIdElement().getIdPart())
				.setResource(p)
				.getSearch()
				.setMode(Bundle.SearchEntryMode.MATCH));
		bundle.setTotal(bundle.getEntry().size());
		return answer(HttpStatus.OK, bundle);
	}

	/**
	 * The resident as a Patient if the user may read it (REST rules, no break-glass): the
	 * read is recorded in the audit log and the resident's access log. Empty when out of
	 * scope or unknown.
	 */
	private Optional<Patient> readable(CurrentUser user, String residentId, String what) {
		Optional<Basis> basis = access.basis(user, residentId, false);
		if (basis.isEmpty()) {
			return Optional.empty();
		}
		Optional<Resident> resident = index.find(residentId);
		if (resident.isEmpty()) {
			return Optional.empty();
		}
		access.recordRead(user, residentId, basis.get(), what, null);
		String own = user.scope().institutionCode();
		List<ResidentIdentifier> identifiers = new ArrayList<>();
		for (ResidentIdentifier i : index.identifiers(residentId)) {
			if (basis.get().seesAllSources() || i.type() != IdentifierType.PATIENT_NO || i.issuer().equals(own)) {
				identifiers.add(i);
			}
		}
		return Optional.of(FhirPatients.patient(resident.get(), identifiers));
	}

	@GetMapping("/fhir/metadata")
	@Operation(summary = "FHIR CapabilityStatement: Patient read, create and search by identifier")
	ResponseEntity<String> metadata() {
		CapabilityStatement cs = new CapabilityStatement();
		cs.setStatus(Enumerations.PublicationStatus.ACTIVE);
		cs.setDate(new Date());
		cs.setKind(CapabilityStatement.CapabilityStatementKind.INSTANCE);
		cs.setName("SanyiEmpi");
		cs.setTitle("三医联动平台 主索引 FHIR 接口");
		cs.setPublisher("Sanyi");
		cs.getSoftware().setName("Sanyi");
		cs.getImplementation().setDescription("健康一码通 主索引（EMPI）：FHIR R4 Patient").setUrl("/fhir");
		cs.setFhirVersion(Enumerations.FHIRVersion._4_0_1);
		cs.addFormat("application/fhir+json");
		var rest = cs.addRest().setMode(CapabilityStatement.RestfulCapabilityMode.SERVER);
		rest.getSecurity()
			.setDescription("Authorization: Bearer <API token>（平台签发的接口令牌）")
			.addService(new CodeableConcept(new Coding("http://terminology.hl7.org/CodeSystem/restful-security-service",
					"Basic", "Bearer token")));
		var resource = rest.addResource()
			.setType("Patient")
			.setProfile("http://hl7.org/fhir/StructureDefinition/Patient");
		resource.addInteraction().setCode(CapabilityStatement.TypeRestfulInteraction.READ);
		resource.addInteraction()
			.setCode(CapabilityStatement.TypeRestfulInteraction.CREATE)
			.setDocumentation("按本机构患者编号登记：匹配、关联或新建居民（同 POST /api/identity/patients）");
		resource.addInteraction().setCode(CapabilityStatement.TypeRestfulInteraction.SEARCHTYPE);
		resource.addSearchParam()
			.setName("identifier")
			.setType(Enumerations.SearchParamType.TOKEN)
			.setDocumentation("system|value：" + FhirPatients.ID_NUMBER + " 身份证号，" + FhirPatients.HEALTH_CARD + " 健康卡号，"
					+ FhirPatients.EMPI + " 主索引号，" + FhirPatients.PATIENT_NO_PREFIX + "<机构编码> 本院患者编号");
		return answer(HttpStatus.OK, cs);
	}

	@ExceptionHandler(BusinessException.class)
	ResponseEntity<String> business(BusinessException ex) {
		ErrorCode error = ex.error();
		HttpStatus status = UNPROCESSABLE.contains(error.code()) ? HttpStatus.UNPROCESSABLE_CONTENT : error.status();
		return outcome(status, error.code(), ex.args());
	}

	@ExceptionHandler(AccessDeniedException.class)
	ResponseEntity<String> denied(AccessDeniedException ex) {
		return outcome(HttpStatus.FORBIDDEN, SharedErrors.ACCESS_DENIED.code(), new Object[0]);
	}

	private ResponseEntity<String> outcome(HttpStatus status, String code, Object[] args) {
		String text = messages.getMessage("error." + code, args, code, LocaleContextHolder.getLocale());
		OperationOutcome outcome = new OperationOutcome();
		outcome.addIssue().setSeverity(OperationOutcome.IssueSeverity.ERROR).setCode(switch (status) {
			case NOT_FOUND -> OperationOutcome.IssueType.NOTFOUND;
			case FORBIDDEN -> OperationOutcome.IssueType.FORBIDDEN;
			case UNPROCESSABLE_CONTENT -> OperationOutcome.IssueType.BUSINESSRULE;
			case CONFLICT -> OperationOutcome.IssueType.CONFLICT;
			default -> OperationOutcome.IssueType.INVALID;
		})
			.setDetails(new CodeableConcept(new Coding("urn:sanyi:error", code, text)).setText(text))
			.setDiagnostics(code + " " + text);
		return answer(status, outcome);
	}

	private static String shorten(String message) {
		if (message == null) {
			return "";
		}
		return message.length() > 200 ? message.substring(0, 200) : message;
	}

}
