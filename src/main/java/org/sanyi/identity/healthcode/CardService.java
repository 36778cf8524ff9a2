package org.sanyi.identity.healthcode;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.sanyi.identity.IdentityErrors;
import org.sanyi.identity.ResidentIdentifier.IdentifierType;
import org.sanyi.identity.card.CodeKind;
import org.sanyi.identity.card.HealthCardNumber;
import org.sanyi.identity.card.QrAlgorithm;
import org.sanyi.identity.card.QrIssuer;
import org.sanyi.identity.card.QrPublicKey;
import org.sanyi.identity.card.QrSigningKey;
import org.sanyi.identity.card.QrVerification;
import org.sanyi.identity.card.QrVerifier;
import org.sanyi.identity.card.RevocationList;
import org.sanyi.identity.registration.IdentityKeys;
import org.sanyi.identity.healthcode.CardRepository.RevocationRow;
import org.sanyi.identity.registration.MpiRepository;
import org.sanyi.shared.BusinessException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Health cards (number, reissue, revocation), the dynamic QR codes of cards and
 * e-vouchers, and their online verification with the scan log. The signing key is
 * {@code sanyi.identity.keys.qr-signing-<keyId>} (PKCS#8, base64) or generated at first
 * start and stored; the key id is {@code sanyi.identity.qr.key-id} (default 1), SM2-SM3.
 * The replay cache is {@link PgReplayCache}, shared by every node on the database.
 * Revocations are numbered ({@code idn_revocation}) for the signed list offline terminals
 * fetch as deltas.
 */
@Service
public class CardService implements org.sanyi.identity.HealthCards {

	private final CardRepository cards;

	private final IdentityKeys keys;

	private final MpiRepository mpi;

	private final int keyId;

	private final Duration lifetime;

	private final SecureRandom random = new SecureRandom();

	private volatile QrIssuer issuer;

	private volatile QrVerifier verifier;

	private volatile QrSigningKey signingKey;

	CardService(CardRepository cards, IdentityKeys keys, MpiRepository mpi,
			@Value("${sanyi.identity.qr.key-id:1}") int keyId,
			@Value("${sanyi.identity.qr.lifetime:PT60S}") Duration lifetime) {
		this.cards = cards;
		this.keys = keys;
		this.mpi = mpi;
		this.keyId = keyId;
		this.lifetime = lifetime;
	}

	private synchronized void init() {
		if (verifier != null) {
			return;
		}
		byte[] der = keys.secret("qr-signing-" + keyId,
				() -> QrSigningKey.generate(QrAlgorithm.SM2_SM3, keyId, random).pkcs8());
		QrSigningKey key = QrSigningKey.fromPkcs8(QrAlgorithm.SM2_SM3, keyId, der);
		issuer = new QrIssuer(key, lifetime, random);
		signingKey = key;
		verifier = QrVerifier.of(List.of(key.publicKey()), QrVerifier.DEFAULT_CLOCK_SKEW, cards.replayCache(),
				this::isRevoked);
	}

	QrIssuer issuer() {
		init();
		return issuer;
	}

	QrVerifier verifier() {
		init();
		return verifier;
	}

	private boolean isRevoked(CodeKind kind, long subject, Instant issuedAt) {
		if (kind != CodeKind.HEALTH_CARD) {
			return false;
		}
		return cards.revoked(subject);
	}

	@Override
	public String issue(String residentId) {
		return issueCard(residentId).formatted();
	}

	@Override
	public Optional<String> activeCardNumber(String residentId) {
		return activeCard(residentId).map(c -> c.number().formatted());
	}

	public record Card(HealthCardNumber number, String residentId, String status, OffsetDateTime issuedAt,
			OffsetDateTime revokedAt, String revokeReason) {
	}

	/** Issues a new card; the resident's current card (if any) is revoked as reissued. */
	@Transactional
	public HealthCardNumber issueCard(String residentId) {
		mpi.resident(residentId)
			.filter(r -> "ACTIVE".equals(r.status()))
			.orElseThrow(() -> BusinessException.notFound("resident", residentId));
		revokeActive(residentId, "REISSUE");
		long serial;
		do {
			serial = 10_000_000_000_000L + (random.nextLong() & Long.MAX_VALUE) % 89_999_999_999_999L;
		}
		while (cards.exists(serial));
		cards.insert(serial, residentId);
		HealthCardNumber number = HealthCardNumber.ofSerial(serial);
		mpi.addIdentifier(residentId, IdentifierType.HEALTH_CARD, "", number.value(), number.masked());
		return number;
	}

	/**
	 * Revokes the resident's active card (LOSS or REISSUE); its codes are refused from
	 * now on, online at once and by offline terminals once they fetch the next revocation
	 * list.
	 */
	@Transactional
	public int revokeActive(String residentId, String reason) {
		return cards.revokeActive(residentId, reason);
	}

	/**
	 * The signed list of the revocations after {@code since} (at most {@code limit}; the
	 * list says whether more exist), made now with the platform's QR key.
	 */
	public SignedRevocations revocations(long since, int limit, Instant now) {
		if (since < 0 || limit < 1 || limit > RevocationList.MAX_ENTRIES) {
			throw new BusinessException(IdentityErrors.INVALID_REVOCATION_QUERY, since, limit);
		}
		List<RevocationRow> rows = cards.revocationsAfter(since, limit);
		long latest = cards.latestRevocation();
		if (since > latest) { // the terminal holds numbers the platform never gave: it
								// must start again from 0
			throw new BusinessException(IdentityErrors.INVALID_REVOCATION_QUERY, since, limit);
		}
		long through = rows.isEmpty() ? since : rows.getLast().seq();
		List<RevocationList.Entry> entries = rows.stream()
			.map(r -> new RevocationList.Entry(CodeKind.ofId(r.kind()), r.subject(), r.revokedAt().toInstant()))
			.toList();
		var list = new RevocationList(since, through, Math.max(latest, through),
				Instant.ofEpochSecond(now.getEpochSecond()), entries);
		init();
		return new SignedRevocations(list, list.sign(signingKey, random), signingKey.algorithm(), signingKey.keyId());
	}

	/** A revocation list and its signed text. */
	public record SignedRevocations(RevocationList list, String signed, QrAlgorithm algorithm, int keyId) {
	}

	/**
	 * The public keys verifiers must trust (X.509 SubjectPublicKeyInfo), for terminals
	 * verifying offline.
	 */
	public List<QrPublicKey> verificationKeys() {
		init();
		return List.of(signingKey.publicKey());
	}

	public Optional<Card> activeCard(String residentId) {
		return cards.activeCard(residentId);
	}

	public record Code(String text, Instant issuedAt, Instant expiresAt) {
	}

	/** A fresh dynamic code of the resident's active card. */
	public Optional<Code> healthCode(String residentId, Instant now) {
		return activeCard(residentId).map(card -> {
			String text = issuer().issue(card.number(), now);
			return new Code(text, now, now.plusSeconds(issuer().lifetimeSeconds()));
		});
	}

	public String issueVoucherQr(long voucherSerial, Instant now) {
		return issuer().issue(CodeKind.INSURANCE_VOUCHER, voucherSerial, now);
	}

	public record ScanResult(QrVerification verification, String residentId) {
	}

	/**
	 * Verifies a scanned health code online and logs the scan (the resident sees it; a
	 * rejection names no one).
	 */
	public ScanResult verify(String text, Instant now, String institutionCode, String username, String purpose) {
		QrVerification v = verifier().verify(text == null ? "" : text.strip(), CodeKind.HEALTH_CARD, now);
		Long serial = null;
		String residentId = null;
		if (v instanceof QrVerification.Accepted accepted) {
			serial = accepted.subject();
			residentId = cards.residentOf(serial).orElse(null);
		}
		logScan("HEALTH_CARD", serial, residentId, institutionCode, username, purpose, v.reason().name());
		return new ScanResult(v, residentId);
	}

	/**
	 * What a counter learns from a static card number typed in (no scanner):
	 * {@code STATIC_CARD} with the holder for the card in force (the number identifies a
	 * card, it does not authenticate the person: the clerk checks an ID document),
	 * {@code MALFORMED} for a number whose check digits fail, {@code REVOKED} for a lost
	 * or reissued card and for a number no card has. Logged like a scan.
	 */
	public record StaticCardResult(String outcome, String residentId) {
	}

	public StaticCardResult verifyCardNumber(String digits, String institutionCode, String username, String purpose) {
		String outcome;
		Long serial = null;
		String residentId = null;
		if (!HealthCardNumber.isValid(digits)) {
			outcome = "MALFORMED";
		}
		else {
			serial = HealthCardNumber.parse(digits).serial();
			residentId = mpi.residentByActiveCard(serial).orElse(null);
			outcome = residentId == null ? "REVOKED" : "STATIC_CARD";
		}
		logScan("HEALTH_CARD_NO", serial, residentId, institutionCode, username, purpose, outcome);
		return new StaticCardResult(outcome, residentId);
	}

	/**
	 * Every scan or typed card number is logged: which institution, when, why, with what
	 * outcome.
	 */
	private void logScan(String kind, Long serial, String residentId, String institutionCode, String username,
			String purpose, String outcome) {
		cards.logScan(kind, serial, residentId, institutionCode, username, purpose, outcome);
	}

	public record ScanRow(OffsetDateTime at, String institutionCode, String purpose, String outcome) {
	}

	public List<ScanRow> scans(String residentId, int limit) {
		return cards.scans(residentId, limit);
	}

}
