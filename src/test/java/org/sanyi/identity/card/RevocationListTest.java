package org.sanyi.identity.card;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

/**
 * Signed revocation lists: round trip, tampering, deltas, and an offline terminal
 * refusing a revoked card.
 */
class RevocationListTest {

	static final SecureRandom RANDOM = new SecureRandom();

	static final Instant NOW = Instant.parse("2026-11-22T08:00:00Z");

	static final HealthCardNumber REVOKED = HealthCardNumber.ofSerial(35990200001234L);

	static final HealthCardNumber GOOD = HealthCardNumber.ofSerial(35990200005678L);

	@ParameterizedTest
	@EnumSource(QrAlgorithm.class)
	void revokedCardIsRefusedOfflineWithTheListAndAcceptedWithout(QrAlgorithm algorithm) {
		QrSigningKey key = QrSigningKey.generate(algorithm, 3, RANDOM);
		TrustedKeys trusted = new TrustedKeys(List.of(key.publicKey()));
		QrIssuer issuer = new QrIssuer(key, Duration.ofSeconds(60), RANDOM);
		String revokedCode = issuer.issue(REVOKED, NOW);
		String goodCode = issuer.issue(GOOD, NOW);

		var without = new QrVerifier(trusted, QrVerifier.DEFAULT_CLOCK_SKEW, new InMemoryReplayCache(),
				new OfflineRevocations(trusted));
		assertThat(without.verify(issuer.issue(REVOKED, NOW), CodeKind.HEALTH_CARD, NOW).reason())
			.isEqualTo(VerificationReason.OK);

		var list = new RevocationList(0, 2, 2, NOW,
				List.of(new RevocationList.Entry(CodeKind.HEALTH_CARD, REVOKED.serial(), NOW.minusSeconds(3600)),
						new RevocationList.Entry(CodeKind.INSURANCE_VOUCHER, 20000000000001L, NOW.minusSeconds(60))));
		var offline = new OfflineRevocations(trusted);
		assertThat(offline.stale(NOW, Duration.ofHours(24))).isTrue();
		assertThat(offline.apply(list.sign(key, RANDOM))).isEqualTo(OfflineRevocations.Applied.APPLIED);
		assertThat(offline.through()).isEqualTo(2);
		assertThat(offline.complete()).isTrue();
		assertThat(offline.stale(NOW.plusSeconds(60), Duration.ofHours(24))).isFalse();

		var verifier = new QrVerifier(trusted, QrVerifier.DEFAULT_CLOCK_SKEW, new InMemoryReplayCache(), offline);
		assertThat(verifier.verify(revokedCode, CodeKind.HEALTH_CARD, NOW.plusSeconds(5)).reason())
			.isEqualTo(VerificationReason.REVOKED);
		assertThat(verifier.verify(goodCode, CodeKind.HEALTH_CARD, NOW.plusSeconds(5)).reason())
			.isEqualTo(VerificationReason.OK);
	}

	@Test
	void readGivesBackWhatWasSigned() {
		QrSigningKey key = QrSigningKey.generate(QrAlgorithm.SM2_SM3, 1, RANDOM);
		var entries = List.of(new RevocationList.Entry(CodeKind.HEALTH_CARD, 12345678901234L, NOW));
		var list = new RevocationList(10, 11, 15, NOW, entries);
		var read = RevocationList.read(list.sign(key, RANDOM), new TrustedKeys(List.of(key.publicKey())));
		assertThat(read.reason()).isEqualTo(VerificationReason.OK);
		assertThat(read.list()).isEqualTo(list);
		assertThat(read.list().hasMore()).isTrue();
		var empty = new RevocationList(15, 15, 15, NOW, List.of());
		assertThat(RevocationList.read(empty.sign(key, RANDOM), new TrustedKeys(List.of(key.publicKey()))).list())
			.isEqualTo(empty);
	}

	@Test
	void everyFlippedBitAnotherKeyOrGarbageIsRefused() {
		QrSigningKey key = QrSigningKey.generate(QrAlgorithm.SM2_SM3, 1, RANDOM);
		TrustedKeys trusted = new TrustedKeys(List.of(key.publicKey()));
		var list = new RevocationList(0, 1, 1, NOW,
				List.of(new RevocationList.Entry(CodeKind.HEALTH_CARD, REVOKED.serial(), NOW)));
		byte[] bytes = Base64.getUrlDecoder().decode(list.sign(key, RANDOM));
		for (int bit = 0; bit < bytes.length * 8; bit++) {
			byte[] t = bytes.clone();
			t[bit / 8] ^= (byte) (1 << (bit % 8));
			var read = RevocationList.read(Base64.getUrlEncoder().withoutPadding().encodeToString(t), trusted);
			assertThat(read.reason()).as("bit %d", bit)
				.isIn(VerificationReason.BAD_SIGNATURE, VerificationReason.MALFORMED, VerificationReason.UNKNOWN_KEY);
			assertThat(read.list()).isNull();
		}
		QrSigningKey other = QrSigningKey.generate(QrAlgorithm.SM2_SM3, 1, RANDOM);
		var offline = new OfflineRevocations(trusted);
		assertThat(offline.apply(list.sign(other, RANDOM))).isEqualTo(OfflineRevocations.Applied.REFUSED);
		assertThat(offline.apply("not a list")).isEqualTo(OfflineRevocations.Applied.REFUSED);
		assertThat(offline.size()).isZero();
		assertThat(offline.isRevoked(CodeKind.HEALTH_CARD, REVOKED.serial(), NOW)).isFalse();
	}

	@Test
	void deltasContinueTheCopyAndAGapIsRefused() {
		QrSigningKey key = QrSigningKey.generate(QrAlgorithm.ECDSA_P256_SHA256, 2, RANDOM);
		var offline = new OfflineRevocations(new TrustedKeys(List.of(key.publicKey())));
		var first = new RevocationList(0, 1, 3, NOW, List.of(new RevocationList.Entry(CodeKind.HEALTH_CARD, 1L, NOW)));
		var gap = new RevocationList(2, 3, 3, NOW, List.of(new RevocationList.Entry(CodeKind.HEALTH_CARD, 3L, NOW)));
		var next = new RevocationList(1, 3, 3, NOW.plusSeconds(60),
				List.of(new RevocationList.Entry(CodeKind.HEALTH_CARD, 2L, NOW),
						new RevocationList.Entry(CodeKind.HEALTH_CARD, 3L, NOW)));
		assertThat(offline.apply(first.sign(key, RANDOM))).isEqualTo(OfflineRevocations.Applied.APPLIED);
		assertThat(offline.complete()).isFalse();
		assertThat(offline.apply(gap.sign(key, RANDOM))).isEqualTo(OfflineRevocations.Applied.GAP);
		assertThat(offline.isRevoked(CodeKind.HEALTH_CARD, 3L, NOW)).isFalse();
		assertThat(offline.apply(next.sign(key, RANDOM))).isEqualTo(OfflineRevocations.Applied.APPLIED);
		assertThat(offline.through()).isEqualTo(3);
		assertThat(offline.complete()).isTrue();
		assertThat(offline.size()).isEqualTo(3);
		assertThat(offline.apply(first.sign(key, RANDOM))).as("an old list again adds nothing")
			.isEqualTo(OfflineRevocations.Applied.APPLIED);
		assertThat(offline.through()).isEqualTo(3);
	}

	@Test
	void sequenceRangeMustHoldTheEntries() {
		var e = new RevocationList.Entry(CodeKind.HEALTH_CARD, 1L, NOW);
		assertThatThrownBy(() -> new RevocationList(5, 4, 5, NOW, List.of()))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new RevocationList(5, 5, 5, NOW, List.of(e)))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new RevocationList(0, 2, 1, NOW, List.of(e)))
			.isInstanceOf(IllegalArgumentException.class);
	}

}
