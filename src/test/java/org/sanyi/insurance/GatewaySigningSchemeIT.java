package org.sanyi.insurance;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sanyi.HttpSession;
import org.sanyi.IntegrationTest;
import org.sanyi.insurance.gateway.HsaSignatures;
import org.sanyi.insurance.support.Json;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sanyi.insurance.GatewayFixtures.CITY_HOSPITAL;
import static org.sanyi.insurance.GatewayFixtures.CITY_HOSPITAL_NAME;
import static org.sanyi.insurance.GatewayFixtures.COUNTY_HOSPITAL;

/**
 * A HIS built to the provincial gateways' published convention connects: a new account
 * signs with {@code hex(SHA-256(timestamp + secret + nonce + timestamp))}, with the same
 * timestamp window and nonce replay check as the HMAC accounts; the bureau switches an
 * account to the body-covering HMAC (and back), audited, within its region only.
 */
@IntegrationTest
class GatewaySigningSchemeIT {

	private static final String PASSWORD = "Sanyi@2026";

	@LocalServerPort
	int port;

	@Autowired
	InsuranceAdmin admin;

	@Autowired
	JdbcClient jdbc;

	String paasid;

	String secret;

	@BeforeEach
	void setUp() {
		paasid = "TIF" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
		secret = "tif-secret-" + UUID.randomUUID();
		admin.issueCredential(paasid, CITY_HOSPITAL, secret);
	}

	@Test
	void aNewAccountSignsWithThePublishedSchemeWithTheSameWindowAndReplayChecks() {
		assertThat(scheme(paasid)).isEqualTo("TIF-SHA256");
		HsaClient his = GatewayFixtures.client(port, CITY_HOSPITAL, CITY_HOSPITAL_NAME)
			.signingAs(paasid, secret, SigningScheme.TIF_SHA256)
			.signIn();
		byte[] body = his.body("5201", Map.of("data", Map.of("psn_no", "NOBODY")), his.nextMsgid(), "359900");
		String ts = now();
		HttpResponse<String> first = his.post("5201", body, paasid, ts, "tifnonce1",
				HsaSignatures.published(secret, ts, "tifnonce1"), null);
		assertThat(first.statusCode()).isEqualTo(200);
		assertThat(Json.MAPPER.readTree(first.body()).get("infcode").asInt()).isZero();

		assertRefused(
				his.post("5201", body, paasid, ts, "tifnonce1", HsaSignatures.published(secret, ts, "tifnonce1"), null),
				"重放");
		String old = String.valueOf(Long.parseLong(ts) - 301);
		assertRefused(his.post("5201", body, paasid, old, "tifnonce2",
				HsaSignatures.published(secret, old, "tifnonce2"), null), "300 秒");
		assertRefused(his.post("5201", body, paasid, ts, "tifnonce3",
				HsaSignatures.sign(HsaSignatures.SHA256, secret, ts, "tifnonce3", body), null), "TIF-SHA256");
		assertRefused(his.post("5201", body, paasid, ts, "tifnonce4",
				HsaSignatures.published("another-secret-0123", ts, "tifnonce4"), null), "签名不一致");
	}

	@Test
	void theBureauSwitchesAnAccountToTheBodyCoveringHmacAndBackAuditedAndOnlyInItsRegion() {
		HttpSession officer = page(HttpSession.loggedIn(port, "ybj", PASSWORD));
		HttpResponse<String> switched = officer
			.postForm("/api/insurance/gateway-accounts/" + paasid + "/signing-scheme?scheme=HMAC", Map.of());
		assertThat(switched.statusCode()).as(switched.body()).isEqualTo(200);
		assertThat(Json.MAPPER.readTree(switched.body()).get("scheme").asString()).isEqualTo("HMAC");
		assertThat(scheme(paasid)).isEqualTo("HMAC");
		assertThat(jdbc.sql("""
				select count(*) from sec_audit_log where resource = 'insurance:gateway-account' and target = :p
				  and detail like 'signing scheme TIF-SHA256 -> HMAC%' and username = 'ybj'""")
			.param("p", paasid)
			.query(Long.class)
			.single()).isEqualTo(1);

		HsaClient tif = GatewayFixtures.client(port, CITY_HOSPITAL, CITY_HOSPITAL_NAME)
			.signingAs(paasid, secret, SigningScheme.TIF_SHA256);
		assertThat(tif
			.post("9001", tif.body("9001", Map.of("signIn", Map.of("opter_no", "T001")), tif.nextMsgid(), "359900"))
			.statusCode()).isEqualTo(401);
		HsaClient hmac = GatewayFixtures.client(port, CITY_HOSPITAL, CITY_HOSPITAL_NAME)
			.signingAs(paasid, secret, SigningScheme.HMAC)
			.signIn();
		JsonNode answer = hmac.call("5201", Map.of("data", Map.of("psn_no", "NOBODY")));
		assertThat(answer.get("infcode").asInt()).isZero();
		byte[] body = hmac.body("5201", Map.of("data", Map.of("psn_no", "NOBODY")), hmac.nextMsgid(), "359900");
		String ts = now();
		byte[] tampered = new String(body, java.nio.charset.StandardCharsets.UTF_8).replace("NOBODY", "SOMEBODY")
			.getBytes(java.nio.charset.StandardCharsets.UTF_8);
		assertRefused(
				hmac.post("5201", tampered, paasid, ts, "hmacnonce1", hmac.signature(ts, "hmacnonce1", body), null),
				"签名不一致");

		HttpSession admin = page(HttpSession.loggedIn(port, "admin", PASSWORD));
		assertThat(admin
			.postForm("/api/insurance/gateway-accounts/" + paasid + "/signing-scheme?scheme=TIF-SHA256", Map.of())
			.statusCode()).isEqualTo(200);
		assertThat(scheme(paasid)).isEqualTo("TIF-SHA256");
		assertThat(admin.postForm("/api/insurance/gateway-accounts/" + paasid + "/signing-scheme?scheme=MD5", Map.of())
			.body()).contains("INS-0104");
		assertThat(scheme(paasid)).isEqualTo("TIF-SHA256");

		HttpSession county = page(HttpSession.loggedIn(port, "ybj_county", PASSWORD));
		assertThat(county.get("/api/insurance/gateway-accounts/" + paasid).statusCode()).isEqualTo(404);
		assertThat(county.get("/api/insurance/gateway-accounts/" + COUNTY_HOSPITAL).statusCode()).isEqualTo(200);
		assertThat(
				county.postForm("/api/insurance/gateway-accounts/" + paasid + "/signing-scheme?scheme=HMAC", Map.of())
					.statusCode())
			.isEqualTo(404);
		HttpSession clerk = HttpSession.loggedIn(port, "ybb", PASSWORD);
		assertThat(clerk.get("/api/insurance/gateway-accounts/" + paasid).statusCode()).isEqualTo(403);
		assertThat(scheme(paasid)).isEqualTo("TIF-SHA256");
	}

	@Test
	void theDemoAccountsKeepTheHmacTheirClientsSignWith() {
		assertThat(scheme(CITY_HOSPITAL)).isEqualTo("HMAC");
		assertThat(scheme(COUNTY_HOSPITAL)).isEqualTo("HMAC");
	}

	/**
	 * A page view after login: the session's CSRF token changes at login, a form post
	 * needs the new one.
	 */
	private static HttpSession page(HttpSession session) {
		session.get("/");
		return session;
	}

	private String scheme(String account) {
		return jdbc.sql("select sign_scheme from ins_gateway_credential where paasid = :p")
			.param("p", account)
			.query(String.class)
			.single();
	}

	private static void assertRefused(HttpResponse<String> response, String reason) {
		assertThat(response.statusCode()).isEqualTo(401);
		JsonNode answer = Json.MAPPER.readTree(response.body());
		assertThat(answer.get("infcode").asInt()).isEqualTo(-1);
		assertThat(answer.get("err_msg").asString()).startsWith("INS-0027").contains(reason);
	}

	private static String now() {
		return String.valueOf(System.currentTimeMillis() / 1000);
	}

}
