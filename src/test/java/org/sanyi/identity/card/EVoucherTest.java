package org.sanyi.identity.card;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.sanyi.identity.card.EVoucherDecoder.Decoded;
import org.sanyi.identity.card.EVoucherDecoder.Decoding;
import org.sanyi.identity.card.EVoucherDecoder.Rejected;
import org.sanyi.identity.card.EcTokenLifecycle.Allowed;
import org.sanyi.identity.card.EcTokenLifecycle.Refused;
import org.sanyi.identity.card.EcTokenLifecycle.Use;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The counter flow: decode the voucher QR, then 1101 → 2201 → 2206 → 2207 with the token,
 * which is then used up.
 */
class EVoucherTest {

	static final SecureRandom RANDOM = new SecureRandom();

	static final Instant NOW = Instant.parse("2026-11-22T08:00:00Z");

	static final String HOSPITAL = "H35990000001";

	static final long VOUCHER_ACCOUNT = 77_000_000_000_123L;

	static final QrSigningKey KEY = QrSigningKey.generate(QrAlgorithm.SM2_SM3, 3, RANDOM);

	static final TrustedKeys TRUSTED = new TrustedKeys(List.of(KEY.publicKey()));

	final QrIssuer app = new QrIssuer(KEY, Duration.ofSeconds(60), RANDOM);

	final EcTokenCodec codec = new EcTokenCodec("0123456789abcdef0123456789abcdef".getBytes());

	final EVoucherDecoder decoder = new EVoucherDecoder(
			new QrVerifier(TRUSTED, Duration.ofSeconds(30), new InMemoryReplayCache(), RevocationCheck.NONE), codec,
			EVoucherDecoder.DEFAULT_TOKEN_LIFETIME, RANDOM);

	@Test
	void aDecodedVoucherCarriesAFreshTokenBoundToTheInstitution() {
		Decoding decoding = decoder.decode(voucherQr(), HOSPITAL, BusinessType.OUTPATIENT_REGISTRATION, NOW);
		assertThat(decoding).isInstanceOfSatisfying(Decoded.class, d -> {
			assertThat(d.ecToken()).hasSize(32).isEqualTo(d.state().token());
			assertThat(d.state().voucherSubject()).isEqualTo(VOUCHER_ACCOUNT);
			assertThat(d.state().institutionCode()).isEqualTo(HOSPITAL);
			assertThat(d.state().status()).isEqualTo(EcTokenStatus.ISSUED);
			assertThat(d.state().expiresAt()).isEqualTo(NOW.plus(Duration.ofMinutes(30)));
			assertThat(codec.read(d.ecToken()))
				.isEqualTo(new EcTokenCodec.TokenReference(d.ecToken(), d.state().expiresAt()));
		});
	}

	@Test
	void aVoucherQrDecodesOnlyOnceAndAHealthCodeIsNoVoucher() {
		String qr = voucherQr();
		assertThat(decoder.decode(qr, HOSPITAL, BusinessType.OUTPATIENT_REGISTRATION, NOW)).isInstanceOf(Decoded.class);
		assertThat(decoder.decode(qr, HOSPITAL, BusinessType.OUTPATIENT_REGISTRATION, NOW))
			.isEqualTo(new Rejected(VerificationReason.REPLAYED));
		String healthCode = app.issue(HealthCardNumber.ofSerial(1), NOW);
		assertThat(decoder.decode(healthCode, HOSPITAL, BusinessType.OUTPATIENT_REGISTRATION, NOW))
			.isEqualTo(new Rejected(VerificationReason.MALFORMED));
	}

	@Test
	void outpatientFlowUsesTheTokenUpAtSettlement() {
		EcTokenState state = decoded();
		state = allowed(EcTokenLifecycle.use(state, InsuranceTransaction.PERSON_QUERY, HOSPITAL, NOW.plusSeconds(5)));
		assertThat(state.status()).isEqualTo(EcTokenStatus.IDENTIFIED);
		state = allowed(EcTokenLifecycle.use(state, InsuranceTransaction.OUTPATIENT_REGISTRATION, HOSPITAL,
				NOW.plusSeconds(10)));
		assertThat(state.status()).isEqualTo(EcTokenStatus.IN_VISIT);
		state = allowed(EcTokenLifecycle.use(state, InsuranceTransaction.PERSON_QUERY, HOSPITAL, NOW.plusSeconds(15)));
		assertThat(state.status()).isEqualTo(EcTokenStatus.IN_VISIT);
		state = allowed(EcTokenLifecycle.use(state, InsuranceTransaction.OUTPATIENT_PRE_SETTLEMENT, HOSPITAL,
				NOW.plusSeconds(20)));
		state = allowed(
				EcTokenLifecycle.use(state, InsuranceTransaction.OUTPATIENT_SETTLEMENT, HOSPITAL, NOW.plusSeconds(30)));
		assertThat(state.status()).isEqualTo(EcTokenStatus.SETTLED);
		assertThat(state.version()).isEqualTo(5);
		for (InsuranceTransaction any : InsuranceTransaction.values()) {
			assertThat(EcTokenLifecycle.use(state, any, HOSPITAL, NOW.plusSeconds(40)))
				.isEqualTo(new Refused(EcTokenRefusal.ALREADY_USED));
		}
	}

	@Test
	void inpatientDischargeSettlesWithAFreshTokenAfterOnly1101() {
		EcTokenState state = decoded();
		state = allowed(EcTokenLifecycle.use(state, InsuranceTransaction.PERSON_QUERY, HOSPITAL, NOW));
		state = allowed(EcTokenLifecycle.use(state, InsuranceTransaction.INPATIENT_PRE_SETTLEMENT, HOSPITAL, NOW));
		state = allowed(EcTokenLifecycle.use(state, InsuranceTransaction.INPATIENT_SETTLEMENT, HOSPITAL, NOW));
		assertThat(state.status()).isEqualTo(EcTokenStatus.SETTLED);
	}

	@Test
	void outOfOrderForeignAndStaleUsesAreRefused() {
		EcTokenState issued = decoded();
		assertThat(EcTokenLifecycle.use(issued, InsuranceTransaction.OUTPATIENT_SETTLEMENT, HOSPITAL, NOW))
			.isEqualTo(new Refused(EcTokenRefusal.OUT_OF_ORDER));
		assertThat(EcTokenLifecycle.use(issued, InsuranceTransaction.OUTPATIENT_REGISTRATION, HOSPITAL, NOW))
			.isEqualTo(new Refused(EcTokenRefusal.OUT_OF_ORDER));
		assertThat(EcTokenLifecycle.use(issued, InsuranceTransaction.PERSON_QUERY, "H35990000002", NOW))
			.isEqualTo(new Refused(EcTokenRefusal.WRONG_INSTITUTION));
		assertThat(EcTokenLifecycle.use(issued, InsuranceTransaction.PERSON_QUERY, HOSPITAL, issued.expiresAt()))
			.isEqualTo(new Refused(EcTokenRefusal.EXPIRED));
		EcTokenState inVisit = allowed(EcTokenLifecycle.use(
				allowed(EcTokenLifecycle.use(issued, InsuranceTransaction.PERSON_QUERY, HOSPITAL, NOW)),
				InsuranceTransaction.OUTPATIENT_REGISTRATION, HOSPITAL, NOW));
		assertThat(EcTokenLifecycle.use(inVisit, InsuranceTransaction.ADMISSION, HOSPITAL, NOW))
			.isEqualTo(new Refused(EcTokenRefusal.OUT_OF_ORDER));
	}

	@Test
	void tokensFromElsewhereOrAlteredAreNotAuthentic() {
		String token = codec.newToken(NOW.plusSeconds(600), RANDOM);
		assertThat(codec.read(token)).isNotNull();
		char last = token.charAt(31);
		assertThat(codec.read(token.substring(0, 31) + (last == 'A' ? 'B' : 'A'))).isNull();
		assertThat(codec.read(token.substring(0, 5) + (token.charAt(5) == 'A' ? 'B' : 'A') + token.substring(6)))
			.isNull();
		assertThat(new EcTokenCodec("another-platform-key-16".getBytes()).read(token)).isNull();
		assertThat(codec.read("not a token")).isNull();
		assertThat(codec.read(null)).isNull();
		assertThat(InsuranceTransaction.ofInfno("2207")).isEqualTo(InsuranceTransaction.OUTPATIENT_SETTLEMENT);
		assertThat(MedicalCertificateType.ofCode("01")).isEqualTo(MedicalCertificateType.E_VOUCHER);
		assertThat(BusinessType.ofCode("01301")).isEqualTo(BusinessType.OUTPATIENT_SETTLEMENT);
	}

	String voucherQr() {
		return app.issue(CodeKind.INSURANCE_VOUCHER, VOUCHER_ACCOUNT, NOW);
	}

	EcTokenState decoded() {
		return ((Decoded) decoder.decode(voucherQr(), HOSPITAL, BusinessType.OUTPATIENT_REGISTRATION, NOW)).state();
	}

	static EcTokenState allowed(Use use) {
		assertThat(use).isInstanceOf(Allowed.class);
		return ((Allowed) use).next();
	}

}
