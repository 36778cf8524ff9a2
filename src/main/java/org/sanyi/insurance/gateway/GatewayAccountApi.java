package org.sanyi.insurance.gateway;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.sanyi.insurance.gateway.GatewayAccounts.AccountView;
import org.sanyi.security.AuditLog;
import org.sanyi.security.CurrentUsers;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The signing scheme of an institution's gateway account, for the bureau (officers of the
 * institution's region) and the platform administrator. Switching is a write, audited
 * with the scheme before and after. No dedicated permission exists yet: the officers'
 * policy permission and the administrator's institution permission stand for it.
 */
@RestController
@RequestMapping("/api/insurance/gateway-accounts")
@Tag(name = "insurance", description = "医保 settlements and reconciliation, within the caller's data scope")
class GatewayAccountApi {

	private static final String CAN_MANAGE = "hasAnyAuthority('insurance:policy:edit', 'registry:institution:edit')";

	private final GatewayAccounts accounts;

	private final AuditLog audit;

	GatewayAccountApi(GatewayAccounts accounts, AuditLog audit) {
		this.accounts = accounts;
		this.audit = audit;
	}

	@GetMapping("/{paasid}")
	@PreAuthorize(CAN_MANAGE)
	@Operation(summary = "A gateway account (x-tif-paasid) with its institution and signing scheme; never the secret")
	AccountView account(@PathVariable String paasid) {
		return accounts.find(paasid, CurrentUsers.scope());
	}

	@PostMapping("/{paasid}/signing-scheme")
	@PreAuthorize(CAN_MANAGE)
	@Operation(summary = "Switch the account's signing scheme: TIF-SHA256 (the provinces' published scheme) or HMAC "
			+ "(HMAC-SHA256 / HMAC-SM3 over timestamp, nonce and body)")
	AccountView changeScheme(@PathVariable String paasid, @RequestParam String scheme) {
		AccountView[] change = accounts.changeScheme(paasid, scheme, CurrentUsers.scope());
		audit.describe("insurance:gateway-account", paasid, "signing scheme " + change[0].scheme() + " -> "
				+ change[1].scheme() + " (" + change[1].institution() + ")");
		return change[1];
	}

}
