package org.sanyi.insurance;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sanyi.IntegrationTest;
import org.sanyi.insurance.InsuranceAdmin.NewPerson;
import org.sanyi.insurance.support.Json;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sanyi.insurance.GatewayFixtures.CITY_HOSPITAL;
import static org.sanyi.insurance.GatewayFixtures.CITY_HOSPITAL_NAME;
import static org.sanyi.insurance.GatewayFixtures.line;
import static org.sanyi.insurance.GatewayOutpatientIT.ok;

/**
 * Every kind of bad message is answered with infcode ≠ 0, a stable code and a Chinese
 * text, and leaves no trace in the business tables or the message log (only in the log of
 * refused messages).
 */
@IntegrationTest
class GatewayRejectionIT {

	private static final String[] TABLES = { "ins_message", "ins_visit", "ins_fee_line", "ins_settlement",
			"ins_ledger_entry", "ins_accumulator", "ins_clearing" };

	@LocalServerPort
	int port;

	@Autowired
	InsuranceAdmin admin;

	@Autowired
	JdbcClient jdbc;

	HsaClient his;

	NewPerson person;

	@BeforeEach
	void setUp() {
		GatewayFixtures.addExampleItems(admin);
		his = GatewayFixtures.client(port, CITY_HOSPITAL, CITY_HOSPITAL_NAME).signIn();
		person = GatewayFixtures.employee("800.00");
		admin.enrol(List.of(person));
	}

	@Test
	void envelopeErrorsNameTheFieldAndChangeNothing() {
		refused("INS-0024", () -> his.call("9999", Map.of()), "9999");
		refused("INS-0021", () -> his.call("2201", registration(person, Map.of("psn_no", ""))), "input.data.psn_no");
		refused("INS-0022", () -> his.call("2201", registration(person, Map.of("ipt_otp_no", "X".repeat(31)))),
				"input.data.ipt_otp_no");
		refused("INS-0023", () -> his.call("2201", registration(person, Map.of("begntime", "2026/11/01 09:00"))),
				"input.data.begntime");
		refused("INS-0023", () -> his.call("2201", registration(person, Map.of("insutype", "330"))), "insutype");
		refused("INS-0023", () -> his.call("2201", Map.of("data", List.of("not an object"))), "input.data");
		refused("INS-0026", () -> raw("2201", "{\"infno\": \"2201\", "), "");
		refused("INS-0023",
				() -> his.call("2201", registration(person, Map.of()), his.nextMsgid().substring(1), "359900"),
				"msgid");
		refused("INS-0034", () -> his.call("2201", registration(person, Map.of()), his.nextMsgid(), "359800"),
				"359800");
		refused("INS-0031", () -> his.call("2201", registration(person, Map.of("psn_no", "NOBODY"))), "NOBODY");
	}

	@Test
	void institutionRegionAndSignInAreChecked() {
		Map<String, Object> wrongInstitution = his.envelope("2201", registration(person, Map.of()), his.nextMsgid(),
				"359900");
		wrongInstitution.put("fixmedins_code", GatewayFixtures.COUNTY_HOSPITAL);
		wrongInstitution.put("msgid", GatewayFixtures.COUNTY_HOSPITAL + his.nextMsgid().substring(12));
		refused("INS-0028", () -> send("2201", wrongInstitution), GatewayFixtures.COUNTY_HOSPITAL);

		Map<String, Object> wrongRegion = his.envelope("2201", registration(person, Map.of()), his.nextMsgid(),
				"359900");
		wrongRegion.put("mdtrtarea_admvs", "359800");
		refused("INS-0035", () -> send("2201", wrongRegion), "359900");

		Map<String, Object> notSignedIn = his.envelope("2201", registration(person, Map.of()), his.nextMsgid(),
				"359900");
		notSignedIn.put("sign_no", "SN-NOT-VALID");
		refused("INS-0030", () -> send("2201", notSignedIn), "9001");
	}

	@Test
	void personLookupsRefuseUnknownCertificatesAndForgedEVoucherTokens() {
		refused("INS-0045",
				() -> his.call("1101",
						Map.of("data", Map.of("mdtrt_cert_type", "01", "mdtrt_cert_no", "ecToken-0123456789"))),
				"令牌无效");
		refused("SH-0001", () -> his.call("1101",
				Map.of("data", Map.of("mdtrt_cert_type", "02", "mdtrt_cert_no", "359921199001011235"))), "");
		refused("INS-0032",
				() -> his.call("1101",
						Map.of("data",
								Map.of("mdtrt_cert_type", "03", "mdtrt_cert_no", "C99999999", "card_sn", "SN1"))),
				"C99999999");
	}

	@Test
	void amountsThatDoNotAddUpAreRefused() {
		String visitId = register();
		refused("INS-0001",
				() -> his.call("2204",
						Map.of("feedetail",
								List.of(line(visitId, person.psnNo(), "1", "T-A-SURGERY", "3", "10.01", "30.00")))),
				"");
		refused("INS-0023",
				() -> his.call("2204",
						Map.of("feedetail",
								List.of(line(visitId, person.psnNo(), "1", "T-A-SURGERY", "1.12345", "10", "11.23")))),
				"cnt");
		Map<String, Object> notANumber = line(visitId, person.psnNo(), "1", "T-A-SURGERY", "1", "10", "10.00");
		notANumber.put("pric", "ten");
		refused("INS-0023", () -> his.call("2204", Map.of("feedetail", List.of(notANumber))), "pric");
		refused("INS-0011",
				() -> his
					.call("2204",
							Map.of("feedetail",
									List.of(line(visitId, person.psnNo(), "1", "T-A-SURGERY", "1", "10", "10.00"),
											line(visitId, person.psnNo(), "1", "T-A-SURGERY", "1", "10", "10.00")))),
				"");

		ok(his.call("2204",
				Map.of("feedetail", List.of(line(visitId, person.psnNo(), "1", "T-A-SURGERY", "1", "10", "10.00")))));
		refused("INS-0042", () -> his.call("2204",
				Map.of("feedetail", List.of(line(visitId, person.psnNo(), "1", "T-A-SURGERY", "1", "10", "10.00")))),
				"");
		refused("INS-0041", () -> his.call("2207", settle(visitId, "12.00")), "12.00");
	}

	@Test
	void settlingTwiceCancellingUnknownSettlementsAndUnknownVisitsAreRefused() {
		String visitId = register();
		ok(his.call("2204",
				Map.of("feedetail", List.of(line(visitId, person.psnNo(), "1", "T-A-SURGERY", "1", "10", "10.00")))));
		String setlId = ok(his.call("2207", settle(visitId, "10.00"))).at("/setlinfo/setl_id").asString();

		refused("INS-0037", () -> his.call("2207", settle(visitId, "10.00")), "已结算");
		refused("INS-0039",
				() -> his.call("2208", Map.of("data",
						Map.of("setl_id", "S359900NOSUCHSETTLEMENT", "mdtrt_id", visitId, "psn_no", person.psnNo()))),
				"S359900NOSUCHSETTLEMENT");
		refused("INS-0036", () -> his.call("2207", settle("M359900NOSUCHVISIT", "10.00")), "M359900NOSUCHVISIT");
		ok(his.call("2208", Map.of("data", Map.of("setl_id", setlId, "mdtrt_id", visitId, "psn_no", person.psnNo()))));
		refused("INS-0040",
				() -> his.call("2208",
						Map.of("data", Map.of("setl_id", setlId, "mdtrt_id", visitId, "psn_no", person.psnNo()))),
				setlId);
	}

	@Test
	void aMsgidUsedAgainWithAnotherBodyIsRefusedAndTheFirstAnswerStands() {
		String msgid = his.nextMsgid();
		JsonNode first = his.call("2201", registration(person, Map.of()), msgid, "359900");
		ok(first);
		refused("INS-0025",
				() -> his.call("2201", registration(person, Map.of("ipt_otp_no", "OTHER")), msgid, "359900"), msgid);
		assertThat(jdbc.sql("select count(*) from ins_visit where created_msgid = :m")
			.param("m", msgid)
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void reversalByMsgidUndoesASettlementAndReservesAMsgidThatNeverArrived() {
		String visitId = register();
		ok(his.call("2204",
				Map.of("feedetail", List.of(line(visitId, person.psnNo(), "1", "T-A-SURGERY", "1", "10", "10.00")))));
		String settleMsgid = his.nextMsgid();
		String setlId = ok(his.call("2207", settle(visitId, "10.00"), settleMsgid, "359900")).at("/setlinfo/setl_id")
			.asString();

		JsonNode undone = ok(his.call("2601",
				Map.of("data", Map.of("psn_no", person.psnNo(), "omsgid", settleMsgid, "oinfno", "2207"))));
		assertThat(undone.at("/data/rever_rslt").asString()).isEqualTo("REVERSED");
		assertThat(jdbc.sql("select status from ins_settlement where setl_id = :s")
			.param("s", setlId)
			.query(String.class)
			.single()).isEqualTo("REVERSED");
		refused("INS-0047",
				() -> his.call("2601",
						Map.of("data", Map.of("psn_no", person.psnNo(), "omsgid", settleMsgid, "oinfno", "2207"))),
				settleMsgid);

		String lostMsgid = his.nextMsgid();
		JsonNode reserved = ok(his.call("2601",
				Map.of("data", Map.of("psn_no", person.psnNo(), "omsgid", lostMsgid, "oinfno", "2207"))));
		assertThat(reserved.at("/data/rever_rslt").asString()).isEqualTo("RESERVED");
		JsonNode late = his.call("2207", settle(visitId, "10.00"), lostMsgid, "359900");
		assertThat(late.get("infcode").asInt()).isEqualTo(-2);
		assertThat(late.get("err_msg").asString()).startsWith("INS-0047");
		assertThat(jdbc.sql("select count(*) from ins_settlement where mdtrt_id = :v and status = 'SETTLED'")
			.param("v", visitId)
			.query(Long.class)
			.single()).isZero();
	}

	private void refused(String code, java.util.function.Supplier<JsonNode> call, String mentioned) {
		Map<String, Long> before = counts();
		JsonNode answer = call.get();
		assertThat(answer.get("infcode").asInt()).as(answer.toString()).isNotZero();
		assertThat(answer.get("err_msg").asString()).startsWith(code).contains(mentioned);
		assertThat(answer.get("err_msg").asString().codePoints().anyMatch(c -> c >= 0x4E00 && c <= 0x9FFF)).isTrue();
		assertThat(counts()).as("nothing persisted by a refused " + code).isEqualTo(before);
	}

	private Map<String, Long> counts() {
		Map<String, Long> counts = new LinkedHashMap<>();
		for (String table : TABLES) {
			counts.put(table, jdbc.sql("select count(*) from " + table).query(Long.class).single());
		}
		return counts;
	}

	private String register() {
		return ok(his.call("2201", registration(person, Map.of()))).at("/data/mdtrt_id").asString();
	}

	private static Map<String, Object> registration(NewPerson person, Map<String, Object> changes) {
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("psn_no", person.psnNo());
		data.put("insutype", "310");
		data.put("begntime", "2026-11-01 09:00:00");
		data.put("mdtrt_cert_type", "02");
		data.put("mdtrt_cert_no", person.certNo());
		data.put("ipt_otp_no", "MZ" + System.nanoTime() % 1_000_000_000L);
		data.put("dept_code", "03");
		data.put("dept_name", "内科");
		data.putAll(changes);
		return Map.of("data", data);
	}

	private Map<String, Object> settle(String visitId, String total) {
		return Map.of("data",
				Map.of("psn_no", person.psnNo(), "mdtrt_cert_type", "02", "mdtrt_cert_no", person.certNo(), "med_type",
						"11", "medfee_sumamt", new BigDecimal(total), "psn_setlway", "01", "mdtrt_id", visitId,
						"acct_used_flag", "1", "insutype", "310"));
	}

	private JsonNode raw(String infno, String body) {
		return Json.MAPPER.readTree(his.post(infno, body.getBytes(StandardCharsets.UTF_8)).body());
	}

	private JsonNode send(String infno, Map<String, Object> envelope) {
		return Json.MAPPER.readTree(his.post(infno, Json.write(envelope).getBytes(StandardCharsets.UTF_8)).body());
	}

}
