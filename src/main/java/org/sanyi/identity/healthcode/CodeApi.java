package org.sanyi.identity.healthcode;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Base64;
import java.util.List;
import java.util.regex.Pattern;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.sanyi.identity.IdentityErrors;
import org.sanyi.identity.InsuranceStatus;
import org.sanyi.identity.Resident;
import org.sanyi.identity.card.BusinessType;
import org.sanyi.identity.registration.ResidentIndexService;
import org.sanyi.security.AuditLog;
import org.sanyi.security.CurrentUser;
import org.sanyi.security.CurrentUsers;
import org.sanyi.shared.BusinessException;
import org.sanyi.shared.Masking;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Online verification of health codes, issuing cards, and the e-voucher counter decode
 * (ec.query).
 */
@RestController
@Tag(name = "identity-codes", description = "电子健康卡与医保电子凭证")
class CodeApi {

	private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

	/**
	 * The 16 digits of a health card number (spaces removed); QR texts start with
	 * letters.
	 */
	private static final Pattern STATIC_CARD = Pattern.compile("[0-9]{16}");

	private final CardService cards;

	private final VoucherService vouchers;

	private final ResidentIndexService index;

	private final AuditLog auditLog;

	private final MessageSource messages;

	private final ObjectProvider<InsuranceStatus> insuranceStatus;

	CodeApi(CardService cards, VoucherService vouchers, ResidentIndexService index, AuditLog auditLog,
			MessageSource messages, ObjectProvider<InsuranceStatus> insuranceStatus) {
		this.insuranceStatus = insuranceStatus;
		this.cards = cards;
		this.vouchers = vouchers;
		this.index = index;
		this.auditLog = auditLog;
		this.messages = messages;
	}

	record VerifyRequest(String code, String purpose) {
	}

	/**
	 * The holder as an authorised institution sees them: masked name and ID number, and
	 * insurance standing.
	 *
	 * @param insuranceStatus INSURED, SUSPENDED, NOT_INSURED or UNKNOWN (no insurance
	 * module answers)
	 * @param insurance the enrolments in force this year (scheme, insured region, active)
	 */
	record Holder(String name, String sex, LocalDate birthDate, String idNumber,
			InsuranceStatus.Summary insuranceStatus, List<InsuranceStatus.Standing> insurance) {
	}

	record VerifyResponse(boolean accepted, String reason, String message, Instant expiresAt, Holder holder) {
	}

	@PostMapping("/api/identity/codes/verify")
	@PreAuthorize("hasAuthority('identity:code:verify')")
	@Operation(summary = "Verify a scanned health code online, or a static 16-digit card number typed at a counter "
			+ "(reason STATIC_CARD: check an ID document); every scan is logged (institution, time, purpose)")
	VerifyResponse verify(@RequestBody VerifyRequest request) {
		CurrentUser user = CurrentUsers.get();
		String institution = user.scope().institutionCode();
		if (institution == null) {
			throw new BusinessException(IdentityErrors.NO_INSTITUTION);
		}
		String typed = request.code() == null ? "" : request.code().replace(" ", "").strip();
		if (STATIC_CARD.matcher(typed).matches()) {
			// a static card number typed at a counter without a scanner
			var result = cards.verifyCardNumber(typed, institution, user.username(), request.purpose());
			return answer(result.outcome(), result.residentId(), null, request.purpose());
		}
		var result = cards.verify(request.code(), Instant.now(), institution, user.username(), request.purpose());
		Instant expiresAt = result.verification() instanceof org.sanyi.identity.card.QrVerification.Accepted accepted
				? accepted.expiresAt() : null;
		return answer(result.verification().reason().name(), result.residentId(), expiresAt, request.purpose());
	}

	private VerifyResponse answer(String reason, String residentId, Instant expiresAt, String purpose) {
		String message = messages.getMessage("identity.qr.reason." + reason, null, LocaleContextHolder.getLocale());
		if (residentId == null) {
			auditLog.describe("identity:code", null, reason);
			return new VerifyResponse(false, reason, message, null, null);
		}
		auditLog.describe("identity:code", residentId, reason + " " + purpose);
		auditLog.read("identity:resident", residentId, "health code scan");
		Resident r = index.find(residentId).orElseThrow();
		InsuranceStatus status = insuranceStatus.getIfAvailable();
		List<InsuranceStatus.Standing> standings = status == null ? List.of()
				: index.idNumberOf(r.residentId())
					.map(id -> status.standings(id, LocalDate.now(CHINA)))
					.orElse(List.of());
		InsuranceStatus.Summary summary = status == null ? InsuranceStatus.Summary.UNKNOWN
				: InsuranceStatus.Summary.of(standings);
		return new VerifyResponse(true, reason, message, expiresAt,
				new Holder(Masking.name(r.name()), r.sex(), r.birthDate(), r.idNumberMasked(), summary, standings));
	}

	record CardResponse(String cardNumber) {
	}

	@PostMapping("/api/identity/residents/{id}/card")
	@PreAuthorize("hasAuthority('identity:card:issue')")
	@Operation(summary = "Issue (or reissue) a health card; the previous card is revoked")
	CardResponse issueCard(@PathVariable String id) {
		auditLog.describe("identity:card", id, "issue");
		return new CardResponse(cards.issueCard(id).formatted());
	}

	@PostMapping("/api/identity/residents/{id}/card/revoke")
	@PreAuthorize("hasAuthority('identity:card:issue')")
	@Operation(summary = "Revoke the resident's card (loss)")
	void revokeCard(@PathVariable String id) {
		auditLog.describe("identity:card", id, "revoke LOSS");
		cards.revokeActive(id, "LOSS");
	}

	record RevocationEntry(String kind, long subject, Instant revokedAt) {
	}

	record RevocationsResponse(long since, long through, long latest, boolean hasMore, Instant issuedAt,
			String algorithm, int keyId, List<RevocationEntry> entries, String signed) {
	}

	@GetMapping("/api/identity/codes/revocations")
	@PreAuthorize("hasAuthority('identity:code:verify')")
	@Operation(summary = "Signed revocation list for offline terminals: the revocations after sequence number `since` "
			+ "(0 = all); keep `through` and ask again with since=through (while hasMore). `signed` is the list "
			+ "signed with the QR key (RevocationList format); entries repeat it for reading, the signed text is "
			+ "what a terminal must verify and apply")
	RevocationsResponse revocations(@RequestParam(defaultValue = "0") long since,
			@RequestParam(defaultValue = "10000") int limit) {
		var signed = cards.revocations(since, limit, Instant.now());
		var list = signed.list();
		return new RevocationsResponse(list.since(), list.through(), list.latest(), list.hasMore(), list.issuedAt(),
				signed.algorithm().name(), signed.keyId(),
				list.entries()
					.stream()
					.map(e -> new RevocationEntry(e.kind().name(), e.subject(), e.revokedAt()))
					.toList(),
				signed.signed());
	}

	record KeyView(String algorithm, int keyId, String spki) {
	}

	@GetMapping("/api/identity/codes/keys")
	@PreAuthorize("hasAuthority('identity:code:verify')")
	@Operation(
			summary = "The public keys of health codes, e-vouchers and revocation lists (X.509 SubjectPublicKeyInfo, "
					+ "base64), for terminals that verify offline")
	List<KeyView> keys() {
		return cards.verificationKeys()
			.stream()
			.map(k -> new KeyView(k.algorithm().name(), k.keyId(), Base64.getEncoder().encodeToString(k.spki())))
			.toList();
	}

	record DecodeRequest(String qrCode, String businessType) {
	}

	@PostMapping("/api/identity/evoucher/decode")
	@PreAuthorize("hasAuthority('identity:evoucher:decode')")
	@Operation(summary = "ec.query: decode a scanned insurance e-voucher QR into an ecToken for mdtrt_cert_no")
	VoucherService.Decoded decode(@RequestBody DecodeRequest request) {
		String institution = CurrentUsers.get().scope().institutionCode();
		if (institution == null) {
			throw new BusinessException(IdentityErrors.NO_INSTITUTION);
		}
		BusinessType type = BusinessType.ofCode(request.businessType() == null ? "01101" : request.businessType());
		auditLog.describe("identity:evoucher", institution, type.code());
		return vouchers.decode(request.qrCode(), institution, type, Instant.now());
	}

}
