package org.sanyi.identity.death;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.sanyi.identity.Death;
import org.sanyi.identity.DeathReport;
import org.sanyi.identity.DeathSource;
import org.sanyi.identity.IdentityErrors;
import org.sanyi.identity.Resident;
import org.sanyi.identity.consent.ResidentAccess;
import org.sanyi.security.AuditLog;
import org.sanyi.security.CurrentUser;
import org.sanyi.security.CurrentUsers;
import org.sanyi.security.DataScope;
import org.sanyi.shared.BusinessException;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Death registration over REST. A hospital (its staff's token) reports the 死亡医学证明 it
 * issued for a patient registered there; the regional authority (a regulator's token)
 * relays the civil-affairs and public-security feeds, or a certificate, for residents of
 * its region. A resident outside the caller's scope is unknown (IDN-0023).
 */
@RestController
@Tag(name = "identity", description = "主索引（EMPI）：死亡登记")
class DeathApi {

	private final DeathService deaths;

	private final ResidentAccess access;

	private final AuditLog auditLog;

	DeathApi(DeathService deaths, ResidentAccess access, AuditLog auditLog) {
		this.deaths = deaths;
		this.access = access;
		this.auditLog = auditLog;
	}

	/**
	 * A death as reported: the person by {@code residentId} or {@code idNumber}, the date
	 * {@code yyyy-MM-dd}, the source ({@code MEDICAL_CERTIFICATE}, {@code CIVIL_AFFAIRS},
	 * {@code PUBLIC_SECURITY}), the certificate number, and the reason of a correction.
	 */
	record DeathRequest(String residentId, String idNumber, String dateOfDeath, String source, String certificateNo,
			String reason) {
	}

	record DeathView(String residentId, LocalDate dateOfDeath, String source, String certificateNo, String reportedBy,
			int version) {

		static DeathView of(Death d) {
			return new DeathView(d.residentId(), d.dateOfDeath(), d.source().name(), d.certificateNo(), d.reportedBy(),
					d.version());
		}

	}

	@PostMapping("/api/identity/deaths")
	@PreAuthorize("hasAuthority('identity:death:register')")
	@Operation(summary = "Record a resident's death, or correct a recorded one (with a reason)")
	DeathView register(@RequestBody DeathRequest request) {
		CurrentUser user = CurrentUsers.get();
		DeathReport report = new DeathReport(request.residentId(), request.idNumber(), date(request.dateOfDeath()),
				source(request.source()), request.certificateNo(), request.reason());
		Resident resident = deaths.person(report);
		if (access.basis(user, resident.residentId(), false).isEmpty()) {
			throw new BusinessException(IdentityErrors.DEATH_PERSON_UNKNOWN,
					request.residentId() == null ? "***" : request.residentId());
		}
		DataScope scope = user.scope();
		String reportedBy;
		if (scope.kind() == DataScope.Kind.INSTITUTION) {
			// an institution reports the certificates it issued, never a feed
			if (report.source() != DeathSource.MEDICAL_CERTIFICATE) {
				throw new BusinessException(IdentityErrors.DEATH_SOURCE_INVALID, report.source().name());
			}
			reportedBy = scope.institutionCode();
		}
		else {
			reportedBy = scope.regionCode() == null ? "000000" : scope.regionCode();
		}
		Death before = deaths.of(resident.residentId()).orElse(null);
		auditLog.describe("identity:death", resident.residentId(), null);
		Death after = deaths.record(report, reportedBy, user.username());
		auditLog.describe("identity:death", resident.residentId(), change(before, after, report.reason()));
		return DeathView.of(after);
	}

	@GetMapping("/api/identity/residents/{id}/death")
	@PreAuthorize("hasAuthority('identity:resident:read')")
	@Operation(summary = "A resident's registered death (404 when none or outside the caller's scope)")
	DeathView death(@PathVariable String id) {
		CurrentUser user = CurrentUsers.get();
		ResidentAccess.Basis basis = access.basis(user, id, false)
			.orElseThrow(() -> new BusinessException(IdentityErrors.DEATH_PERSON_UNKNOWN, id));
		Death death = deaths.of(id).orElseThrow(() -> BusinessException.notFound("death", id));
		access.recordRead(user, id, basis, "death", null);
		return DeathView.of(death);
	}

	private static String change(Death before, Death after, String reason) {
		if (before == null) {
			return "RECORD " + after.dateOfDeath() + " " + after.source();
		}
		if (before.version() == after.version()) {
			return "UNCHANGED " + after.dateOfDeath();
		}
		return "CORRECT " + before.dateOfDeath() + " -> " + after.dateOfDeath() + " " + after.source() + ": " + reason;
	}

	private static LocalDate date(String text) {
		if (text == null || text.isBlank()) {
			throw new BusinessException(IdentityErrors.DEATH_DATE_INVALID, "");
		}
		try {
			return LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException ex) {
			throw new BusinessException(IdentityErrors.DEATH_DATE_INVALID, text);
		}
	}

	private static DeathSource source(String text) {
		try {
			return DeathSource.valueOf(text == null ? "" : text.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new BusinessException(IdentityErrors.DEATH_SOURCE_INVALID, String.valueOf(text));
		}
	}

}
