package org.sanyi.identity.registration;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.sanyi.identity.IdentityErrors;
import org.sanyi.identity.PatientRegistration;
import org.sanyi.identity.Registration;
import org.sanyi.identity.Resident;
import org.sanyi.identity.ResidentIdentifier;
import org.sanyi.identity.consent.ResidentAccess;
import org.sanyi.identity.consent.ResidentAccess.Basis;
import org.sanyi.security.AuditLog;
import org.sanyi.security.CurrentUser;
import org.sanyi.security.CurrentUsers;
import org.sanyi.shared.BusinessException;
import org.sanyi.shared.Masking;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Patient registration by hospitals and scoped reads of residents. FHIR {@code Patient}
 * is not offered (no HAPI).
 */
@RestController
@Tag(name = "identity", description = "主索引（EMPI）：患者注册与居民查询")
class ResidentApi {

	private final ResidentIndexService index;

	private final ResidentAccess access;

	private final MpiRepository repository;

	private final AuditLog auditLog;

	ResidentApi(ResidentIndexService index, ResidentAccess access, MpiRepository repository, AuditLog auditLog) {
		this.index = index;
		this.access = access;
		this.repository = repository;
		this.auditLog = auditLog;
	}

	@PostMapping("/api/identity/patients")
	@PreAuthorize("hasAuthority('identity:patient:register')")
	@Operation(summary = "Register a patient of the caller's institution: link, review or new resident")
	Registration register(@RequestBody PatientRegistration patient) {
		String institution = CurrentUsers.get().scope().institutionCode();
		if (institution == null) {
			throw new BusinessException(IdentityErrors.NO_INSTITUTION);
		}
		auditLog.describe("identity:patient", institution + "/" + patient.patientNo(), null);
		Registration registration = index.register(institution, patient);
		auditLog.describe("identity:patient", institution + "/" + patient.patientNo(),
				registration.decision() + " " + registration.residentId());
		return registration;
	}

	record SourceView(String institutionCode, String patientNo) {
	}

	record ResidentView(String residentId, String name, String sex, LocalDate birthDate, String idNumber, String phone,
			String status, String mergedInto, String basis, List<ResidentIdentifier> identifiers,
			List<SourceView> sources) {
	}

	@GetMapping("/api/identity/residents/{id}")
	@PreAuthorize("hasAuthority('identity:resident:read')")
	@Operation(summary = "A resident within the caller's data scope (hospital staff: registered there or with consent; "
			+ "breakGlass=true with a reason for emergencies, flagged for review)")
	ResidentView resident(@PathVariable String id, @RequestParam(defaultValue = "false") boolean breakGlass,
			@RequestParam(required = false) String reason) {
		CurrentUser user = CurrentUsers.get();
		boolean glass = breakGlass && reason != null && !reason.isBlank();
		Basis basis = access.basis(user, id, glass).orElseThrow(() -> BusinessException.notFound("resident", id));
		Resident r = index.find(id).orElseThrow(() -> BusinessException.notFound("resident", id));
		access.recordRead(user, id, basis, "resident", glass ? reason : null);
		String own = user.scope().institutionCode();
		List<SourceView> sources = repository.sourcesOf(id)
			.stream()
			.filter(s -> basis.seesAllSources() || s.institutionCode().equals(own))
			.map(s -> new SourceView(s.institutionCode(), s.patientNo()))
			.toList();
		List<ResidentIdentifier> identifiers = index.identifiers(id)
			.stream()
			.filter(i -> basis.seesAllSources() || i.type() != ResidentIdentifier.IdentifierType.PATIENT_NO
					|| i.issuer().equals(own))
			.toList();
		return new ResidentView(r.residentId(), Masking.name(r.name()), r.sex(), r.birthDate(), r.idNumberMasked(),
				r.phoneMasked(), r.status(), r.mergedInto(), basis.name(), identifiers, sources);
	}

}
