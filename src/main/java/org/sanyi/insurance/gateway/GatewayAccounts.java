package org.sanyi.insurance.gateway;

import java.time.OffsetDateTime;

import org.sanyi.insurance.InsuranceErrors;
import org.sanyi.insurance.SigningScheme;
import org.sanyi.insurance.gateway.CredentialRepository.Account;
import org.sanyi.insurance.settlement.InstitutionDirectory.InstitutionInfo;
import org.sanyi.insurance.settlement.InstitutionDirectory;
import org.sanyi.security.DataScope;
import org.sanyi.shared.BusinessException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The bureau's view of the institutions' gateway accounts: which scheme an account signs
 * with, and switching it (to the body-covering HMAC once an institution's HIS supports
 * it, or back). Only accounts of institutions in the caller's scope are visible; others
 * answer "not found".
 */
@Service
class GatewayAccounts {

	private final CredentialRepository repository;

	private final GatewayCredentials credentials;

	private final InstitutionDirectory institutions;

	GatewayAccounts(CredentialRepository repository, GatewayCredentials credentials,
			InstitutionDirectory institutions) {
		this.repository = repository;
		this.credentials = credentials;
		this.institutions = institutions;
	}

	/**
	 * A gateway account, without its secret.
	 *
	 * @param paasid {@code x-tif-paasid}
	 * @param institution its institution's code
	 * @param institutionName its institution's name
	 * @param scheme the signing scheme's code ({@code TIF-SHA256}, {@code HMAC})
	 * @param createdAt when it was issued
	 * @param revoked whether it is revoked
	 */
	public record AccountView(String paasid, String institution, String institutionName, String scheme,
			OffsetDateTime createdAt, boolean revoked) {
	}

	public AccountView find(String paasid, DataScope scope) {
		Account account = visible(paasid, scope);
		return view(account);
	}

	/**
	 * Switches the account's scheme; returns the account before and after (for the audit
	 * detail).
	 */
	@Transactional
	public AccountView[] changeScheme(String paasid, String schemeCode, DataScope scope) {
		SigningScheme scheme = SigningScheme.ofCode(schemeCode)
			.orElseThrow(
					() -> new BusinessException(InsuranceErrors.UNKNOWN_SIGNING_SCHEME, String.valueOf(schemeCode)));
		Account before = visible(paasid, scope);
		repository.changeScheme(paasid, scheme);
		credentials.evict(paasid);
		return new AccountView[] { view(before), view(repository.account(paasid).orElseThrow()) };
	}

	private Account visible(String paasid, DataScope scope) {
		return repository.account(paasid)
			.filter(a -> scope.coversInstitution(a.institutionCode(),
					institutions.find(a.institutionCode()).map(InstitutionInfo::region).orElse(null)))
			.orElseThrow(() -> BusinessException.notFound("gateway account", paasid));
	}

	private AccountView view(Account a) {
		return new AccountView(a.paasid(), a.institutionCode(),
				institutions.find(a.institutionCode()).map(InstitutionInfo::name).orElse(null), a.scheme().code(),
				a.createdAt(), a.revokedAt() != null);
	}

}
