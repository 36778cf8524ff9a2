package org.sanyi.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.sanyi.IntegrationTest;
import org.sanyi.identity.card.CodeKind;
import org.sanyi.identity.card.InMemoryReplayCache;
import org.sanyi.identity.card.OfflineRevocations;
import org.sanyi.identity.card.QrAlgorithm;
import org.sanyi.identity.card.QrIssuer;
import org.sanyi.identity.card.QrPublicKey;
import org.sanyi.identity.card.QrSigningKey;
import org.sanyi.identity.card.QrVerifier;
import org.sanyi.identity.card.RevocationCheck;
import org.sanyi.identity.card.TrustedKeys;
import org.sanyi.identity.card.VerificationReason;
import org.sanyi.identity.healthcode.CardService;
import org.sanyi.identity.healthcode.PgReplayCache;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * The replay cache shared by several verifying nodes on PostgreSQL, and the signed
 * revocation list an offline terminal fetches as deltas and verifies with the platform's
 * published key.
 */
@IntegrationTest
class SharedReplayAndRevocationIT {

	static final SecureRandom RANDOM = new SecureRandom();

	@LocalServerPort
	int port;

	@Autowired
	DataSource dataSource;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	CardService cards;

	@Test
	void twoNodesOnOneDatabaseRefuseAReplayAndExpiredRowsArePurged() {
		// two "nodes": separate cache instances with their own JdbcClient on the one
		// database
		var nodeA = new PgReplayCache(JdbcClient.create(dataSource));
		var nodeB = new PgReplayCache(JdbcClient.create(dataSource));
		long now = Instant.now().getEpochSecond();
		long nonce = RANDOM.nextLong();
		assertThat(nodeA.firstUse(CodeKind.HEALTH_CARD, 11111111111111L, nonce, now + 90, now)).isTrue();
		assertThat(nodeB.firstUse(CodeKind.HEALTH_CARD, 11111111111111L, nonce, now + 90, now + 1)).isFalse();
		assertThat(nodeA.firstUse(CodeKind.HEALTH_CARD, 11111111111111L, nonce, now + 90, now + 2)).isFalse();
		assertThat(nodeB.firstUse(CodeKind.INSURANCE_VOUCHER, 11111111111111L, nonce, now + 90, now + 2))
			.as("another kind is another code")
			.isTrue();

		// the real verifier on two nodes: same platform key, each with its own
		// PgReplayCache
		QrSigningKey key = QrSigningKey.generate(QrAlgorithm.SM2_SM3, 9, RANDOM);
		TrustedKeys trusted = new TrustedKeys(List.of(key.publicKey()));
		var verifierA = new QrVerifier(trusted, QrVerifier.DEFAULT_CLOCK_SKEW, nodeA, RevocationCheck.NONE);
		var verifierB = new QrVerifier(trusted, QrVerifier.DEFAULT_CLOCK_SKEW, nodeB, RevocationCheck.NONE);
		Instant issued = Instant.now();
		String code = new QrIssuer(key, Duration.ofSeconds(60), RANDOM).issue(CodeKind.HEALTH_CARD, 22222222222222L,
				issued);
		assertThat(verifierA.verify(code, CodeKind.HEALTH_CARD, issued.plusSeconds(1)).reason())
			.isEqualTo(VerificationReason.OK);
		assertThat(verifierB.verify(code, CodeKind.HEALTH_CARD, issued.plusSeconds(2)).reason())
			.isEqualTo(VerificationReason.REPLAYED);
		// an in-memory cache per node would have let the replay through: what the shared
		// cache is for
		var memoryB = new QrVerifier(trusted, QrVerifier.DEFAULT_CLOCK_SKEW, new InMemoryReplayCache(),
				RevocationCheck.NONE);
		assertThat(memoryB.verify(code, CodeKind.HEALTH_CARD, issued.plusSeconds(2)).reason())
			.isEqualTo(VerificationReason.OK);

		// an expired row not yet purged is taken over by a new use; the purge deletes
		// expired rows only
		long stale = RANDOM.nextLong();
		assertThat(nodeA.firstUse(CodeKind.HEALTH_CARD, 33333333333333L, stale, now - 10, now - 100)).isTrue();
		assertThat(nodeB.firstUse(CodeKind.HEALTH_CARD, 33333333333333L, stale, now + 60, now)).isTrue();
		assertThat(nodeA.firstUse(CodeKind.HEALTH_CARD, 44444444444444L, RANDOM.nextLong(), now - 5, now - 60))
			.isTrue();
		int purged = nodeA.purge(now);
		assertThat(purged).isGreaterThanOrEqualTo(1);
		assertThat(
				jdbc.sql("select count(*) from idn_replay where subject = 44444444444444").query(Long.class).single())
			.isZero();
		assertThat(jdbc.sql("select count(*) from idn_replay where subject in (11111111111111, 33333333333333)")
			.query(Long.class)
			.single()).isEqualTo(3);
	}

	@Test
	void onlineVerifyUsesTheSharedCache() {
		String code = cards.healthCode("demo-resident-1", Instant.now()).orElseThrow().text();
		var doctor = new IdentityApiClient(port, "doctor");
		String body = "{\"code\":\"%s\",\"purpose\":\"门诊\"}".formatted(code);
		assertThat(doctor.postJson("/api/identity/codes/verify", body).body().path("accepted").asBoolean()).isTrue();
		assertThat(jdbc.sql("select count(*) from idn_replay where kind = 1").query(Long.class).single()).isPositive();
		// another node (a second verifier on the same database) sees the code as used
		var otherNode = new QrVerifier(new TrustedKeys(cards.verificationKeys()), QrVerifier.DEFAULT_CLOCK_SKEW,
				new PgReplayCache(JdbcClient.create(dataSource)), RevocationCheck.NONE);
		assertThat(otherNode.verify(code, CodeKind.HEALTH_CARD, Instant.now()).reason())
			.isEqualTo(VerificationReason.REPLAYED);
	}

	@Test
	void offlineTerminalFetchesSignedDeltasAndRefusesARevokedCard() {
		var clerk = new IdentityApiClient(port, "ybb");
		String rid = clerk.postJson("/api/identity/patients", """
				{"patientNo":"RL-1","name":"欧阳离线","sex":"2","birthDate":"1981-03-04","phone":"13900007777"}""")
			.body()
			.path("residentId")
			.asString();
		cards.issueCard(rid);
		var doctor = new IdentityApiClient(port, "doctor");

		// the terminal gets the platform key and a full list first
		JsonNode keys = doctor.get("/api/identity/codes/keys").body();
		List<QrPublicKey> published = new ArrayList<>();
		keys.forEach(k -> published.add(QrPublicKey.fromSpki(QrAlgorithm.valueOf(k.path("algorithm").asString()),
				k.path("keyId").asInt(), Base64.getDecoder().decode(k.path("spki").asString()))));
		TrustedKeys trusted = new TrustedKeys(published);
		var offline = new OfflineRevocations(trusted);
		JsonNode full = doctor.get("/api/identity/codes/revocations?since=0").body();
		assertThat(full.path("since").asLong()).isZero();
		assertThat(offline.apply(full.path("signed").asString())).isEqualTo(OfflineRevocations.Applied.APPLIED);
		assertThat(offline.through()).isEqualTo(full.path("through").asLong());
		var terminal = new QrVerifier(trusted, QrVerifier.DEFAULT_CLOCK_SKEW, new InMemoryReplayCache(), offline);

		String before = cards.healthCode(rid, Instant.now()).orElseThrow().text();
		assertThat(terminal.verify(before, CodeKind.HEALTH_CARD, Instant.now()).reason())
			.isEqualTo(VerificationReason.OK);

		// the card is lost and revoked; the terminal's next delta carries it
		long serial = jdbc.sql("select serial from idn_card where resident_id = :r and status = 'ACTIVE'")
			.param("r", rid)
			.query(Long.class)
			.single();
		String stolen = cards.healthCode(rid, Instant.now()).orElseThrow().text();
		var admin = new IdentityApiClient(port, "admin");
		assertThat(admin.postJson("/api/identity/residents/" + rid + "/card/revoke", "{}").status()).isEqualTo(200);
		JsonNode delta = doctor.get("/api/identity/codes/revocations?since=" + offline.through()).body();
		assertThat(delta.path("entries").toString()).contains(String.valueOf(serial)).contains("HEALTH_CARD");
		assertThat(delta.path("hasMore").asBoolean()).isFalse();
		assertThat(offline.apply(delta.path("signed").asString())).isEqualTo(OfflineRevocations.Applied.APPLIED);
		assertThat(terminal.verify(stolen, CodeKind.HEALTH_CARD, Instant.now()).reason())
			.isEqualTo(VerificationReason.REVOKED);

		// nothing new: an empty delta keeps the terminal where it is; tampered text is
		// refused
		JsonNode none = doctor.get("/api/identity/codes/revocations?since=" + offline.through()).body();
		assertThat(none.path("entries").size()).isZero();
		assertThat(none.path("through").asLong()).isEqualTo(offline.through());
		String signed = none.path("signed").asString();
		String tampered = signed.substring(0, 10) + (signed.charAt(10) == 'A' ? 'B' : 'A') + signed.substring(11);
		assertThat(offline.apply(tampered)).isEqualTo(OfflineRevocations.Applied.REFUSED);

		// paging: one entry per list, hasMore until the end
		JsonNode page = doctor.get("/api/identity/codes/revocations?since=0&limit=1").body();
		assertThat(page.path("entries").size()).isEqualTo(1);
		assertThat(page.path("hasMore").asBoolean()).isEqualTo(page.path("latest").asLong() > 1);

		var bad = doctor.get("/api/identity/codes/revocations?since=-1");
		assertThat(bad.status()).isEqualTo(400);
		assertThat(bad.code()).isEqualTo("IDN-0015");
		assertThat(doctor.get("/api/identity/codes/revocations?since=" + (offline.through() + 1000)).code())
			.isEqualTo("IDN-0015");
		assertThat(new IdentityApiClient(port, "resident").get("/api/identity/codes/revocations").status())
			.isEqualTo(403);
	}

}
