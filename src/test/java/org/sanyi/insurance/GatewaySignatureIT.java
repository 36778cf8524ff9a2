package org.sanyi.insurance;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sanyi.IntegrationTest;
import org.sanyi.insurance.InsuranceAdmin.NewPerson;
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
import static org.sanyi.insurance.GatewayFixtures.line;
import static org.sanyi.insurance.GatewayOutpatientIT.ok;

/**
 * Requests are authenticated by the x-tif signature before anything else, outside the
 * pages' session and CSRF chain; and an institution sees and changes only its own visits
 * and settlements.
 */
@IntegrationTest
class GatewaySignatureIT {

	@LocalServerPort
	int port;

	@Autowired
	InsuranceAdmin admin;

	@Autowired
	JdbcClient jdbc;

	HsaClient his;

	byte[] body;

	@BeforeEach
	void setUp() {
		his = GatewayFixtures.client(port, CITY_HOSPITAL, CITY_HOSPITAL_NAME).signIn();
		body = his.body("5201", Map.of("data", Map.of("psn_no", "NOBODY")), his.nextMsgid(), "359900");
	}

	@Test
	void aCorrectlySignedRequestPassesWithoutSessionOrCsrfAndSm3IsAccepted() {
		assertThat(ok(Json.MAPPER.readTree(his.post("5201", body).body())).get("mdtrtinfo")).isEmpty();
		String ts = now();
		HttpResponse<String> sm3 = his.post("5201",
				his.body("5201", Map.of("data", Map.of("psn_no", "NOBODY")), his.nextMsgid(), "359900"), CITY_HOSPITAL,
				ts, "nonce-sm3-1", null, null);
		assertThat(sm3.statusCode()).isEqualTo(401);
		byte[] sm3Body = his.body("5201", Map.of("data", Map.of("psn_no", "NOBODY")), his.nextMsgid(), "359900");
		HttpResponse<String> signed = his.post("5201", sm3Body, CITY_HOSPITAL, ts, "nonce-sm3-2",
				HsaSignatures.sign(HsaSignatures.SM3, his.secret(), ts, "nonce-sm3-2", sm3Body), "HMAC-SM3");
		assertThat(signed.statusCode()).isEqualTo(200);
		assertThat(Json.MAPPER.readTree(signed.body()).get("infcode").asInt()).isZero();
	}

	@Test
	void missingHeadersBadSignaturesStaleTimestampsReplayedNoncesAndUnknownAccountsGet401() {
		String ts = now();
		assertRefused(his.post("5201", body, CITY_HOSPITAL, ts, "abcdef123", null, null), "缺少请求头");
		assertRefused(his.post("5201", body, CITY_HOSPITAL, ts, "abcdef124", "00ff", null), "签名不一致");
		String old = String.valueOf(Long.parseLong(ts) - 301);
		assertRefused(his.post("5201", body, CITY_HOSPITAL, old, "abcdef125", sign(old, "abcdef125", body), null),
				"300 秒");
		assertRefused(his.post("5201", body, "H99999999999", ts, "abcdef126", sign(ts, "abcdef126", body), null),
				"接入账号");
		byte[] tampered = new String(body, java.nio.charset.StandardCharsets.UTF_8).replace("NOBODY", "SOMEBODY")
			.getBytes(java.nio.charset.StandardCharsets.UTF_8);
		assertRefused(his.post("5201", tampered, CITY_HOSPITAL, ts, "abcdef127", sign(ts, "abcdef127", body), null),
				"签名不一致");

		HttpResponse<String> first = his.post("5201", body, CITY_HOSPITAL, ts, "abcdef128", sign(ts, "abcdef128", body),
				null);
		assertThat(first.statusCode()).isEqualTo(200);
		assertRefused(his.post("5201", body, CITY_HOSPITAL, ts, "abcdef128", sign(ts, "abcdef128", body), null), "重放");
	}

	@Test
	void anInstitutionCannotSeeOrChangeAnotherInstitutionsVisitsAndSettlements() {
		GatewayFixtures.addExampleItems(admin);
		NewPerson person = GatewayFixtures.resident("359900");
		admin.enrol(List.of(person));
		String visitId = ok(his.call("2201",
				Map.of("data",
						Map.of("psn_no", person.psnNo(), "insutype", "390", "begntime", "2026-11-02 10:00:00",
								"mdtrt_cert_type", "02", "mdtrt_cert_no", person.certNo(), "ipt_otp_no", "MZ-ISO-1"))))
			.at("/data/mdtrt_id")
			.asString();
		ok(his.call("2204",
				Map.of("feedetail", List.of(line(visitId, person.psnNo(), "1", "T-A-SURGERY", "1", "80", "80.00")))));
		Map<String, Object> settle = Map.of("data",
				Map.of("psn_no", person.psnNo(), "mdtrt_cert_type", "02", "mdtrt_cert_no", person.certNo(), "med_type",
						"11", "medfee_sumamt", new BigDecimal("80.00"), "mdtrt_id", visitId, "acct_used_flag", "0",
						"insutype", "390"));
		String setlId = ok(his.call("2207", settle)).at("/setlinfo/setl_id").asString();

		HsaClient other = GatewayFixtures.client(port, COUNTY_HOSPITAL, "云岫县总医院").signIn();
		assertCode(other.call("5203", Map.of("data", Map.of("psn_no", person.psnNo(), "setl_id", setlId))), "INS-0039");
		assertCode(other.call("5204", Map.of("data", Map.of("psn_no", person.psnNo(), "mdtrt_id", visitId))),
				"INS-0036");
		assertCode(
				other.call("2208",
						Map.of("data", Map.of("setl_id", setlId, "mdtrt_id", visitId, "psn_no", person.psnNo()))),
				"INS-0039");
		assertCode(
				other.call("2204",
						Map.of("feedetail",
								List.of(line(visitId, person.psnNo(), "9", "T-A-SURGERY", "1", "1", "1.00")))),
				"INS-0036");
		assertThat(other.call("5201", Map.of("data", Map.of("psn_no", person.psnNo()))).at("/output/mdtrtinfo"))
			.isEmpty();
		Map<String, Object> borrowed = other.envelope("5203",
				Map.of("data", Map.of("psn_no", person.psnNo(), "setl_id", setlId)), his.nextMsgid(), "359900");
		assertCode(Json.MAPPER.readTree(
				other.post("5203", Json.write(borrowed).getBytes(java.nio.charset.StandardCharsets.UTF_8)).body()),
				"INS-0023");
		assertThat(jdbc.sql("select status from ins_settlement where setl_id = :s")
			.param("s", setlId)
			.query(String.class)
			.single()).isEqualTo("SETTLED");
	}

	private static void assertCode(JsonNode answer, String code) {
		assertThat(answer.get("infcode").asInt()).isNotZero();
		assertThat(answer.get("err_msg").asString()).startsWith(code);
	}

	private static void assertRefused(HttpResponse<String> response, String reason) {
		assertThat(response.statusCode()).isEqualTo(401);
		JsonNode answer = Json.MAPPER.readTree(response.body());
		assertThat(answer.get("infcode").asInt()).isEqualTo(-1);
		assertThat(answer.get("err_msg").asString()).startsWith("INS-0027").contains(reason);
	}

	private String sign(String ts, String nonce, byte[] payload) {
		return HsaSignatures.sign(HsaSignatures.SHA256, his.secret(), ts, nonce, payload);
	}

	private static String now() {
		return String.valueOf(System.currentTimeMillis() / 1000);
	}

}
