package org.sanyi.identity.consent;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.sanyi.identity.consent.AccessRepository.ConsentRow;
import org.sanyi.identity.registration.ResidentIndexService;
import org.sanyi.registry.Alliance;
import org.sanyi.registry.Registry;
import org.sanyi.security.AuditLog;
import org.sanyi.security.CurrentUser;
import org.sanyi.security.DataScope;
import org.springframework.stereotype.Service;

/**
 * Who may read a resident, and on what basis. Platform administrators: everyone.
 * Regulators and insurance officers: residents registered at an institution in their
 * region. Hospital staff: residents registered at their own institution
 * ({@code REGISTERED}: the records of other institutions stay hidden), or with the
 * resident's consent for their institution or one of its alliances ({@code CONSENT}: all
 * records); a denial overrides an allowance; a doctor may break the glass with a reason
 * ({@code BREAK_GLASS}: allowed, flagged for review). The resident: themself. Every
 * allowed read is written to the audit log and to the resident's access log.
 */
@Service
public class ResidentAccess {

	public enum Basis {

		SELF, REGISTERED, CONSENT, REGION, ALL, BREAK_GLASS;

		/**
		 * Whether records of every institution may be shown (not only the reader's own).
		 */
		public boolean seesAllSources() {
			return this != REGISTERED;
		}

	}

	private final AccessRepository repository;

	private final Registry registry;

	private final AuditLog auditLog;

	ResidentAccess(AccessRepository repository, Registry registry, AuditLog auditLog) {
		this.repository = repository;
		this.registry = registry;
		this.auditLog = auditLog;
	}

	public Optional<Basis> basis(CurrentUser user, String residentId, boolean breakGlass) {
		DataScope scope = user.scope();
		return switch (scope.kind()) {
			case ALL -> Optional.of(Basis.ALL);
			case REGION -> repository.registeredInRegion(residentId, scope.regionPrefix()) ? Optional.of(Basis.REGION)
					: Optional.empty();
			case SELF -> residentId.equals(scope.residentRef()) ? Optional.of(Basis.SELF) : Optional.empty();
			case INSTITUTION -> institutionBasis(user, scope.institutionCode(), residentId, breakGlass);
		};
	}

	private Optional<Basis> institutionBasis(CurrentUser user, String institution, String residentId,
			boolean breakGlass) {
		Consent consent = consentFor(residentId, institution);
		if (consent == Consent.ALLOW) {
			return Optional.of(Basis.CONSENT);
		}
		if (breakGlass && "DOCTOR".equals(user.roleCode())) {
			return Optional.of(Basis.BREAK_GLASS);
		}
		if (repository.registeredAt(residentId, institution)) {
			return Optional.of(Basis.REGISTERED);
		}
		return Optional.empty();
	}

	enum Consent {

		ALLOW, DENY, NONE

	}

	/**
	 * The resident's effective consent for an institution: a current denial wins over a
	 * current allowance.
	 */
	Consent consentFor(String residentId, String institution) {
		LocalDate today = LocalDate.now(ResidentIndexService.ZONE);
		Set<String> alliances = registry.alliancesOf(institution, today)
			.stream()
			.map(Alliance::code)
			.collect(Collectors.toSet());
		List<ConsentRow> applicable = repository.consents(residentId)
			.stream()
			.filter(c -> c.activeOn(today))
			.filter(c -> "INSTITUTION".equals(c.granteeKind()) ? c.granteeCode().equals(institution)
					: alliances.contains(c.granteeCode()))
			.toList();
		if (applicable.stream().anyMatch(c -> "DENY".equals(c.effect()))) {
			return Consent.DENY;
		}
		return applicable.isEmpty() ? Consent.NONE : Consent.ALLOW;
	}

	/** Records an allowed read in the audit log and the resident's access log. */
	public void recordRead(CurrentUser user, String residentId, Basis basis, String what, String reason) {
		auditLog.read("identity:resident", residentId,
				what + " (" + basis + (reason == null ? "" : ": " + reason) + ")");
		if (basis != Basis.SELF) {
			repository.logAccess(residentId, user.username(), user.displayName(), user.scope().institutionCode(),
					user.scope().regionCode(), basis.name(), reason);
		}
	}

}
