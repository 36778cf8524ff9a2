package org.sanyi.identity.card;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.sanyi.identity.card.QrVerification.Accepted;
import org.sanyi.identity.card.QrVerification.Rejected;

import static org.assertj.core.api.Assertions.assertThat;

class QrVerifierTest {

	static final SecureRandom RANDOM = new SecureRandom();

	static final Instant NOW = Instant.parse("2026-11-22T08:00:00Z");

	static final HealthCardNumber CARD = HealthCardNumber.ofSerial(35990200001234L);

	static final int LIFETIME = 120;

	static final int SKEW = 30;

	@ParameterizedTest
	@EnumSource(QrAlgorithm.class)
	void issuedCodeVerifiesAndSaysWhichCard(QrAlgorithm algorithm) {
		var f = Fixture.of(algorithm);
		String text = f.issuer.issue(CARD, NOW);
		assertThat(text).startsWith("SYH1:").hasSize(121);
		QrVerification result = f.verifier().verify(text, CodeKind.HEALTH_CARD, NOW.plusSeconds(5));
		assertThat(result).isInstanceOfSatisfying(Accepted.class, ok -> {
			assertThat(ok.card()).isEqualTo(CARD);
			assertThat(ok.issuedAt()).isEqualTo(NOW);
			assertThat(ok.expiresAt()).isEqualTo(NOW.plusSeconds(LIFETIME));
			assertThat(ok.algorithm()).isEqualTo(algorithm);
			assertThat(ok.keyId()).isEqualTo(7);
		});
		assertThat(result.reason()).isEqualTo(VerificationReason.OK);
	}

	@ParameterizedTest
	@EnumSource(QrAlgorithm.class)
	void expiryBoundaryIncludesTheSkewAllowance(QrAlgorithm algorithm) {
		var f = Fixture.of(algorithm);
		Instant lastValid = NOW.plusSeconds(LIFETIME + SKEW - 1);
		assertThat(f.verifier().verify(f.issuer.issue(CARD, NOW), CodeKind.HEALTH_CARD, lastValid).reason())
			.isEqualTo(VerificationReason.OK);
		assertThat(
				f.verifier().verify(f.issuer.issue(CARD, NOW), CodeKind.HEALTH_CARD, lastValid.plusSeconds(1)).reason())
			.isEqualTo(VerificationReason.EXPIRED);
	}

	@ParameterizedTest
	@EnumSource(QrAlgorithm.class)
	void aTerminalClockBehindByMoreThanTheSkewSeesNotYetValid(QrAlgorithm algorithm) {
		var f = Fixture.of(algorithm);
		assertThat(
				f.verifier().verify(f.issuer.issue(CARD, NOW), CodeKind.HEALTH_CARD, NOW.minusSeconds(SKEW)).reason())
			.isEqualTo(VerificationReason.OK);
		assertThat(f.verifier()
			.verify(f.issuer.issue(CARD, NOW), CodeKind.HEALTH_CARD, NOW.minusSeconds(SKEW + 1))
			.reason()).isEqualTo(VerificationReason.NOT_YET_VALID);
	}

	@ParameterizedTest
	@EnumSource(QrAlgorithm.class)
	void theSameCodeScannedTwiceIsReplayedButAFreshCodeIsNot(QrAlgorithm algorithm) {
		var f = Fixture.of(algorithm);
		QrVerifier verifier = f.verifier();
		String text = f.issuer.issue(CARD, NOW);
		assertThat(verifier.verify(text, CodeKind.HEALTH_CARD, NOW).reason()).isEqualTo(VerificationReason.OK);
		assertThat(verifier.verify(text, CodeKind.HEALTH_CARD, NOW.plusSeconds(10)).reason())
			.isEqualTo(VerificationReason.REPLAYED);
		assertThat(verifier.verify(f.issuer.issue(CARD, NOW), CodeKind.HEALTH_CARD, NOW.plusSeconds(10)).reason())
			.isEqualTo(VerificationReason.OK);
	}

	@ParameterizedTest
	@EnumSource(QrAlgorithm.class)
	void aCardRevokedAfterIssueIsRefused(QrAlgorithm algorithm) {
		var f = Fixture.of(algorithm);
		RevocationCheck revokedAtNine = (kind, subject, issuedAt) -> subject == CARD.serial()
				&& issuedAt.isBefore(Instant.parse("2026-11-22T09:00:00Z"));
		var verifier = new QrVerifier(f.trusted, Duration.ofSeconds(SKEW), new InMemoryReplayCache(), revokedAtNine);
		assertThat(verifier.verify(f.issuer.issue(CARD, NOW), CodeKind.HEALTH_CARD, NOW).reason())
			.isEqualTo(VerificationReason.REVOKED);
		Instant later = Instant.parse("2026-11-22T09:00:00Z");
		assertThat(verifier.verify(f.issuer.issue(CARD, later), CodeKind.HEALTH_CARD, later).reason())
			.isEqualTo(VerificationReason.OK);
	}

	@ParameterizedTest
	@EnumSource(QrAlgorithm.class)
	void aKeyTheVerifierDoesNotHoldIsUnknown(QrAlgorithm algorithm) {
		var f = Fixture.of(algorithm);
		var rotated = new QrIssuer(QrSigningKey.generate(algorithm, 8, RANDOM), Duration.ofSeconds(LIFETIME), RANDOM);
		assertThat(f.verifier().verify(rotated.issue(CARD, NOW), CodeKind.HEALTH_CARD, NOW).reason())
			.isEqualTo(VerificationReason.UNKNOWN_KEY);
	}

	@ParameterizedTest
	@EnumSource(QrAlgorithm.class)
	void aForeignKeyWithOurKeyIdIsABadSignature(QrAlgorithm algorithm) {
		var f = Fixture.of(algorithm);
		var forger = new QrIssuer(QrSigningKey.generate(algorithm, 7, RANDOM), Duration.ofSeconds(LIFETIME), RANDOM);
		assertThat(f.verifier().verify(forger.issue(CARD, NOW), CodeKind.HEALTH_CARD, NOW).reason())
			.isEqualTo(VerificationReason.BAD_SIGNATURE);
	}

	@ParameterizedTest
	@EnumSource(QrAlgorithm.class)
	void flippingAnyBitOfThePayloadIsCaught(QrAlgorithm algorithm) {
		var f = Fixture.of(algorithm);
		QrVerifier verifier = f.verifier();
		String text = f.issuer.issue(CARD, NOW);
		byte[] binary = Base64.getUrlDecoder().decode(text.substring(5));
		Set<VerificationReason> seen = EnumSet.noneOf(VerificationReason.class);
		for (int i = 0; i < binary.length; i++) {
			for (int bit = 0; bit < 8; bit++) {
				byte[] tampered = binary.clone();
				tampered[i] ^= (byte) (1 << bit);
				String forged = text.substring(0, 5) + Base64.getUrlEncoder().withoutPadding().encodeToString(tampered);
				VerificationReason reason = verifier.verify(forged, CodeKind.HEALTH_CARD, NOW).reason();
				// a changed key id names a key the terminal does not hold: nothing more
				// can be said without it
				boolean keyIdByte = i == 2;
				assertThat(reason).as("byte %d bit %d", i, bit)
					.isIn(keyIdByte ? Set.of(VerificationReason.UNKNOWN_KEY)
							: Set.of(VerificationReason.BAD_SIGNATURE, VerificationReason.MALFORMED));
				seen.add(reason);
			}
		}
		assertThat(seen).contains(VerificationReason.BAD_SIGNATURE, VerificationReason.MALFORMED);
		assertThat(verifier.verify(text, CodeKind.HEALTH_CARD, NOW).reason()).isEqualTo(VerificationReason.OK);
	}

	@ParameterizedTest
	@EnumSource(QrAlgorithm.class)
	void changingAnyCharacterOfTheTextIsCaught(QrAlgorithm algorithm) {
		var f = Fixture.of(algorithm);
		QrVerifier verifier = f.verifier();
		String text = f.issuer.issue(CARD, NOW);
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			char replacement = c == 'A' ? 'B' : 'A';
			String forged = text.substring(0, i) + replacement + text.substring(i + 1);
			VerificationReason reason = verifier.verify(forged, CodeKind.HEALTH_CARD, NOW).reason();
			assertThat(reason).as("character %d", i)
				.isIn(VerificationReason.BAD_SIGNATURE, VerificationReason.MALFORMED, VerificationReason.UNKNOWN_KEY);
		}
	}

	@ParameterizedTest
	@EnumSource(QrAlgorithm.class)
	void malformedTextsAreMalformed(QrAlgorithm algorithm) {
		var f = Fixture.of(algorithm);
		QrVerifier verifier = f.verifier();
		String text = f.issuer.issue(CARD, NOW);
		for (String bad : new String[] { null, "", "hello", text.substring(0, 120), text + "A",
				"SYH2" + text.substring(4), "SYX1" + text.substring(4),
				text.substring(0, 10) + "!" + text.substring(11) }) {
			assertThat(verifier.verify(bad, CodeKind.HEALTH_CARD, NOW).reason()).as(String.valueOf(bad))
				.isEqualTo(VerificationReason.MALFORMED);
		}
		// a scanner's trailing newline is harmless
		assertThat(verifier.verify(text + "\r\n", CodeKind.HEALTH_CARD, NOW).reason()).isEqualTo(VerificationReason.OK);
	}

	@ParameterizedTest
	@EnumSource(QrAlgorithm.class)
	void aHealthCodeIsNotAnInsuranceVoucher(QrAlgorithm algorithm) {
		var f = Fixture.of(algorithm);
		String health = f.issuer.issue(CARD, NOW);
		assertThat(f.verifier().verify(health, CodeKind.INSURANCE_VOUCHER, NOW).reason())
			.isEqualTo(VerificationReason.MALFORMED);
		// relabelling the prefix does not help: the kind is signed
		assertThat(f.verifier().verify("SYE1" + health.substring(4), CodeKind.INSURANCE_VOUCHER, NOW).reason())
			.isEqualTo(VerificationReason.MALFORMED);
	}

	@ParameterizedTest
	@EnumSource(QrAlgorithm.class)
	void rejectionsNameNoCard(QrAlgorithm algorithm) {
		var f = Fixture.of(algorithm);
		QrVerifier verifier = f.verifier();
		String text = f.issuer.issue(CARD, NOW);
		verifier.verify(text, CodeKind.HEALTH_CARD, NOW);
		QrVerification replayed = verifier.verify(text, CodeKind.HEALTH_CARD, NOW);
		assertThat(replayed).isInstanceOf(Rejected.class);
		assertThat(Rejected.class.getRecordComponents()).extracting(c -> c.getName()).containsExactly("reason");
		assertThat(replayed.toString()).doesNotContain(Long.toString(CARD.serial())).doesNotContain(CARD.value());
	}

	@ParameterizedTest
	@EnumSource(QrAlgorithm.class)
	void keysSurviveTheirStandardEncodings(QrAlgorithm algorithm) {
		var f = Fixture.of(algorithm);
		var restoredPrivate = QrSigningKey.fromPkcs8(algorithm, 7, f.key.pkcs8());
		var restoredPublic = QrPublicKey.fromSpki(algorithm, 7, f.key.publicKey().spki());
		var issuer = new QrIssuer(restoredPrivate, Duration.ofSeconds(LIFETIME), RANDOM);
		var verifier = QrVerifier.of(List.of(restoredPublic), Duration.ofSeconds(SKEW), new InMemoryReplayCache(),
				RevocationCheck.NONE);
		assertThat(verifier.verify(issuer.issue(CARD, NOW), CodeKind.HEALTH_CARD, NOW).reason())
			.isEqualTo(VerificationReason.OK);
	}

	/**
	 * One key per algorithm for the whole class: preparing a key for verification takes a
	 * tenth of a second.
	 */
	static final class Fixture {

		static final Map<QrAlgorithm, Fixture> FIXTURES = new ConcurrentHashMap<>();

		final QrSigningKey key;

		final TrustedKeys trusted;

		final QrIssuer issuer;

		private Fixture(QrAlgorithm algorithm) {
			key = QrSigningKey.generate(algorithm, 7, RANDOM);
			trusted = new TrustedKeys(List.of(key.publicKey()));
			issuer = new QrIssuer(key, Duration.ofSeconds(LIFETIME), RANDOM);
		}

		static Fixture of(QrAlgorithm algorithm) {
			return FIXTURES.computeIfAbsent(algorithm, Fixture::new);
		}

		/** A verifier with its own, empty replay cache. */
		QrVerifier verifier() {
			return new QrVerifier(trusted, Duration.ofSeconds(SKEW), new InMemoryReplayCache(), RevocationCheck.NONE);
		}

	}

}
