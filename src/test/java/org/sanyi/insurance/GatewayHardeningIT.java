package org.sanyi.insurance;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

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
import static org.sanyi.insurance.GatewayFixtures.COUNTY_HOSPITAL;
import static org.sanyi.insurance.GatewayFixtures.line;
import static org.sanyi.insurance.GatewayOutpatientIT.ok;

/**
 * The gateway's answers to input that used to be mispriced, stored wrongly or answered as
 * a system error: each is refused with {@code infcode -2}, a stable code and a Chinese
 * text naming the field, and changes nothing (business tables and message log as before),
 * or, where the input is valid, settles correctly.
 */
@IntegrationTest
class GatewayHardeningIT {

	private static final String[] TABLES = { "ins_message", "ins_visit", "ins_diagnosis", "ins_fee_line",
			"ins_settlement", "ins_ledger_entry", "ins_accumulator", "ins_clearing", "ins_sign_in" };

	@LocalServerPort
	int port;

	@Autowired
	InsuranceAdmin admin;

	@Autowired
	JdbcClient jdbc;

	HsaClient his;

	NewPerson resident;

	@BeforeEach
	void setUp() {
		GatewayFixtures.addExampleItems(admin);
		his = GatewayFixtures.client(port, CITY_HOSPITAL, CITY_HOSPITAL_NAME).signIn();
		resident = GatewayFixtures.resident("359900");
		admin.enrol(List.of(resident));
	}

	// --- 1. a visit's kind is fixed by how it was opened
	// --------------------------------------------------------------

	@Test
	void anOutpatientVisitIsNeverPricedAsAnAdmission() {
		String visitId = register(resident);
		ok(his.call("2204", Map.of("feedetail",
				List.of(line(visitId, resident.psnNo(), "1", "T-A-SURGERY", "1", "10000", "10000.00")))));

		refused("INS-0100", () -> his.call("2207", settle(resident, visitId, "21", "10000.00")), "med_type=21");
		refused("INS-0100", () -> his.call("2206", settle(resident, visitId, "28", "10000.00")), "med_type=28");
		refused("INS-0100", () -> his.call("2203", describe(visitId, "21")), "住院");

		JsonNode settled = ok(his.call("2207", settle(resident, visitId, "11", "10000.00"))).get("setlinfo");
		// 2026 residents' outpatient pooling: deductible 100, 50 %, at most 800.00 a year
		// (not 8,460.00 as an admission)
		assertThat(settled.get("hifp_pay").decimalValue()).isEqualByComparingTo("800.00");
		assertThat(settled.get("clr_type").asString()).isEqualTo("11");
		assertThat(settled.get("med_type").asString()).isEqualTo("11");
		assertThat(jdbc.sql("select totals::text from ins_accumulator where psn_no = :p")
			.param("p", resident.psnNo())
			.query(String.class)
			.single()).doesNotContain("admissions");
	}

	@Test
	void anInpatientMedTypeStoredOnAnOutpatientVisitBeforeTheCheckIsRefusedAtSettlement() {
		String visitId = register(resident);
		ok(his.call("2204", Map.of("feedetail",
				List.of(line(visitId, resident.psnNo(), "1", "T-A-SURGERY", "1", "10000", "10000.00")))));
		jdbc.sql("update ins_visit set med_type = '21' where mdtrt_id = :v").param("v", visitId).update();
		Map<String, Object> withoutMedType = settle(resident, visitId, null, "10000.00");

		refused("INS-0100", () -> his.call("2207", withoutMedType), "med_type=21");
	}

	@Test
	void anAdmissionTakesInpatientMedTypesOnlyAtAdmissionChangeAndSettlement() {
		refused("INS-0100", () -> his.call("2401", admission(resident, "11")), "med_type=11");
		String visitId = ok(his.call("2401", admission(resident, "21"))).at("/result/mdtrt_id").asString();
		ok(his.call("2301", Map.of("feedetail",
				List.of(line(visitId, resident.psnNo(), "1", "T-A-WARD", "5", "2000", "10000.00")))));
		refused("INS-0100",
				() -> his.call("2403", Map.of("adminfo",
						Map.of("mdtrt_id", visitId, "psn_no", resident.psnNo(), "med_type", "14", "dise_codg", "I10"))),
				"med_type=14");
		ok(his.call("2403", Map.of("adminfo",
				Map.of("mdtrt_id", visitId, "psn_no", resident.psnNo(), "med_type", "24", "adm_bed", "15"))));
		assertThat(jdbc.sql("select med_type || ' ' || adm_bed from ins_visit where mdtrt_id = :v")
			.param("v", visitId)
			.query(String.class)
			.single()).isEqualTo("24 15");
		ok(his.call("2402", Map.of("dscginfo",
				Map.of("mdtrt_id", visitId, "psn_no", resident.psnNo(), "endtime", "2026-11-05 10:00:00"))));

		refused("INS-0100", () -> his.call("2304", settle(resident, visitId, "11", "10000.00")), "门诊");
		JsonNode settled = ok(his.call("2304", settle(resident, visitId, null, "10000.00"))).get("setlinfo");
		assertThat(settled.get("clr_type").asString()).isEqualTo("21");
		assertThat(settled.get("med_type").asString()).isEqualTo("24");
		// 600 deductible, 90 % less 10 points: the admission's rules for a 云岫县 resident
		// at the city hospital without a 转院备案 (2501)
		assertThat(settled.get("hifp_pay").decimalValue()).isEqualByComparingTo("7520.00");
	}

	// --- 3. a reversal names the sender's own messages only
	// ------------------------------------------------------------

	@Test
	void anotherInstitutionCannotReserveOrReverseAMessage() {
		HsaClient county = GatewayFixtures.client(port, COUNTY_HOSPITAL, "云岫县总医院").signIn();
		String notYetSent = his.nextMsgid();
		refused("INS-0102",
				() -> county.call("2601",
						Map.of("data", Map.of("psn_no", resident.psnNo(), "omsgid", notYetSent, "oinfno", "2201"))),
				notYetSent);
		JsonNode registered = his.call("2201", registration(resident), notYetSent, "359900");
		String visitId = ok(registered).at("/data/mdtrt_id").asString();

		refused("INS-0102",
				() -> county.call("2601",
						Map.of("data", Map.of("psn_no", resident.psnNo(), "omsgid", notYetSent, "oinfno", "2201"))),
				COUNTY_HOSPITAL);
		assertThat(jdbc.sql("select status from ins_visit where mdtrt_id = :v")
			.param("v", visitId)
			.query(String.class)
			.single()).isEqualTo("REGISTERED");
	}

	@Test
	void aReversalNamingItselfIsBadInput() {
		String msgid = his.nextMsgid();
		refused("INS-0023", () -> his.call("2601",
				Map.of("data", Map.of("psn_no", resident.psnNo(), "omsgid", msgid, "oinfno", "2601")), msgid, "359900"),
				"input.data.omsgid");
	}

	// --- 4. numbers are read with the field's bounds, and every err_msg is short
	// ---------------------------------------

	@Test
	void hugeNumbersAreRefusedWithAShortTextNamingTheField() {
		String visitId = register(resident);
		Map<String, Object> line = line(visitId, resident.psnNo(), "1", "T-A-SURGERY", "1", "10", "10.00");
		String body = Json.write(his.envelope("2204", Map.of("feedetail", List.of(line)), his.nextMsgid(), "359900"))
			.replace("\"pric\":10", "\"pric\":1E+1000000");
		JsonNode answer = refusedRaw("2204", body);
		assertThat(answer.get("err_msg").asString()).startsWith("INS-0023")
			.contains("input.feedetail[0].pric")
			.contains("1E+1000000")
			.hasSizeLessThanOrEqualTo(200);

		refused("INS-0023", () -> his.call("2207", settle(resident, visitId, "11", "1E+1000000")),
				"input.data.medfee_sumamt");
		Map<String, Object> tooPrecise = line(visitId, resident.psnNo(), "1", "T-A-SURGERY", "1", "10", "10.00");
		tooPrecise.put("cnt", "1.00001");
		refused("INS-0023", () -> his.call("2204", Map.of("feedetail", List.of(tooPrecise))), "4 位小数");
		Map<String, Object> priceOfSevenDecimals = line(visitId, resident.psnNo(), "1", "T-A-SURGERY", "1", "10",
				"10.00");
		priceOfSevenDecimals.put("pric", "10.0000001");
		refused("INS-0023", () -> his.call("2204", Map.of("feedetail", List.of(priceOfSevenDecimals))), "6 位小数");
	}

	// --- 5. what a registration accepts, a settlement can store
	// ---------------------------------------------------------

	@Test
	void aVisitWithTwentySixDiagnosesSettlesAndMoreThanFortyAreRefused() {
		String visitId = register(resident);
		ok(his.call("2203", describe(visitId, "11", diagnoses(26))));
		ok(his.call("2204",
				Map.of("feedetail", List.of(line(visitId, resident.psnNo(), "1", "T-A-SURGERY", "1", "50", "50.00")))));
		String setlId = ok(his.call("2207", settle(resident, visitId, "11", "50.00"))).at("/setlinfo/setl_id")
			.asString();
		String codes = jdbc.sql("select diag_codes from ins_settlement where setl_id = :s")
			.param("s", setlId)
			.query(String.class)
			.single();
		assertThat(codes.split(",")).hasSize(26).startsWith("A01.000x001");
		assertThat(codes.length()).isGreaterThan(300);

		String other = register(resident);
		refused("INS-0103", () -> his.call("2203", describe(other, "11", diagnoses(41))), "41");
	}

	// --- 6. malformed input is -2 with the field named, not -1
	// ----------------------------------------------------------

	@Test
	void duplicateDiagnosisNumbersNulAndWrongJsonTypesAreBadInput() {
		String visitId = register(resident);
		List<Map<String, Object>> twice = new ArrayList<>(diagnoses(2));
		twice.get(1).put("diag_srt_no", "1");
		refused("INS-0023", () -> his.call("2203", describe(visitId, "11", twice)), "input.diseinfo[1].diag_srt_no");

		Map<String, Object> withNul = new LinkedHashMap<>(registrationData(resident));
		withNul.put("dept_name", "内科\u0000");
		refused("INS-0023", () -> his.call("2201", Map.of("data", withNul)), "input.data.dept_name");

		Map<String, Object> amountAsObject = line(visitId, resident.psnNo(), "1", "T-A-SURGERY", "1", "10", "10.00");
		amountAsObject.put("det_item_fee_sumamt", Map.of("value", 10));
		refused("INS-0023", () -> his.call("2204", Map.of("feedetail", List.of(amountAsObject))), "应为数字");

		JsonNode utf16 = Json.MAPPER.readTree(his
			.post("2201",
					Json.write(his.envelope("2201", registration(resident), his.nextMsgid(), "359900"))
						.getBytes(StandardCharsets.UTF_16LE))
			.body());
		assertThat(utf16.get("infcode").asInt()).isEqualTo(-2);
		assertThat(utf16.get("err_msg").asString()).startsWith("INS-0026").contains("UTF-8");
	}

	// --- 7. the certificate is the person's own
	// ------------------------------------------------------------------------

	@Test
	void aCertificateOfAnotherPersonOrNoCertificateAtAllIsRefused() {
		NewPerson other = GatewayFixtures.resident("359900");
		admin.enrol(List.of(other));

		refused("INS-0101",
				() -> his.call("2201",
						Map.of("data", with(registrationData(resident), "mdtrt_cert_no", other.certNo()))),
				resident.psnNo());
		refused("INS-0023",
				() -> his.call("2201", Map.of("data", with(registrationData(resident), "mdtrt_cert_no", "abc"))),
				"input.data.mdtrt_cert_no");
		refused("INS-0101", () -> his.call("2201", Map.of("data",
				with(with(registrationData(resident), "mdtrt_cert_type", "03"), "mdtrt_cert_no", other.cardNo()))),
				"03");
		refused("INS-0101",
				() -> his.call("2401",
						Map.of("mdtrtinfo", with(admissionData(resident, "21"), "mdtrt_cert_no", other.certNo()))),
				resident.psnNo());
		ok(his.call("2201", Map.of("data",
				with(with(registrationData(resident), "mdtrt_cert_type", "03"), "mdtrt_cert_no", resident.cardNo()))));

		String visitId = register(resident);
		ok(his.call("2204",
				Map.of("feedetail", List.of(line(visitId, resident.psnNo(), "1", "T-A-SURGERY", "1", "50", "50.00")))));
		Map<String, Object> data = new LinkedHashMap<>(settleData(resident, visitId, "11", "50.00"));
		data.put("mdtrt_cert_no", other.certNo());
		refused("INS-0101", () -> his.call("2206", Map.of("data", data)), resident.psnNo());
		refused("INS-0101", () -> his.call("2207", Map.of("data", data)), resident.psnNo());
		refused("INS-0101",
				() -> his.call("1101", Map.of("data",
						Map.of("mdtrt_cert_type", "02", "mdtrt_cert_no", resident.certNo(), "certno", other.certNo()))),
				resident.psnNo());
	}

	// --- 8. acct_used_flag permits the account, it does not demand one
	// --------------------------------------------------

	@Test
	void aResidentWithAcctUsedFlagOneSettlesAndPaysNothingFromAnAccount() {
		String visitId = register(resident);
		ok(his.call("2204", Map.of("feedetail",
				List.of(line(visitId, resident.psnNo(), "1", "T-A-SURGERY", "1", "300", "300.00")))));
		Map<String, Object> data = new LinkedHashMap<>(settleData(resident, visitId, "11", "300.00"));
		data.put("acct_used_flag", "1");
		JsonNode settled = ok(his.call("2207", Map.of("data", data))).get("setlinfo");
		assertThat(settled.get("acct_pay").decimalValue()).isEqualByComparingTo("0.00");
		assertThat(settled.get("psn_cash_pay").decimalValue())
			.isEqualByComparingTo(settled.get("psn_part_amt").decimalValue());
	}

	// --- 9. impossible dates, invalid Unicode, codes with separators, internals in texts
	// -------------------------------

	@Test
	void impossibleDatesLoneSurrogatesAndCodesWithCommasAreRefused() {
		refused("INS-0023",
				() -> his.call("2201",
						Map.of("data", with(registrationData(resident), "begntime", "2026-02-30 09:00:00"))),
				"input.data.begntime");
		String impossibleMsgid = CITY_HOSPITAL + "20260230090000" + "0001";
		refused("INS-0023", () -> his.call("2201", registration(resident), impossibleMsgid, "359900"), "msgid");

		String visitId = register(resident);
		String loneSurrogate = Json.write(his.envelope("2203", describe(visitId, "11"), his.nextMsgid(), "359900"))
			.replace("急性上呼吸道感染", "急性\\ud800感染");
		JsonNode answer = refusedRaw("2203", loneSurrogate);
		assertThat(answer.get("err_msg").asString()).contains("Unicode");

		List<Map<String, Object>> comma = new ArrayList<>(diagnoses(1));
		comma.getFirst().put("diag_code", "J06.900,I10");
		refused("INS-0023", () -> his.call("2203", describe(visitId, "11", comma)), "input.diseinfo[0].diag_code");
		refused("INS-0023", () -> his.call("2203", with2203Disease(visitId, "J06.9,I10")), "input.mdtrtinfo.dise_codg");

		JsonNode broken = refusedRaw("2201", "{\"infno\": \"2201\", \"msgid\": {");
		assertThat(broken.get("err_msg").asString()).startsWith("INS-0026")
			.doesNotContain("jackson")
			.doesNotContain("Exception")
			.doesNotContain("Source");
	}

	// --- helpers
	// -------------------------------------------------------------------------------------------------------

	private void refused(String code, Supplier<JsonNode> call, String mentioned) {
		Map<String, Long> before = counts();
		JsonNode answer = call.get();
		assertThat(answer.get("infcode").asInt()).as(answer.toString()).isEqualTo(-2);
		assertThat(answer.get("err_msg").asString()).startsWith(code).contains(mentioned).hasSizeLessThanOrEqualTo(200);
		assertThat(answer.get("err_msg").asString().codePoints().anyMatch(c -> c >= 0x4E00 && c <= 0x9FFF)).isTrue();
		assertThat(counts()).as("nothing stored by a refused " + code).isEqualTo(before);
	}

	private JsonNode refusedRaw(String infno, String body) {
		Map<String, Long> before = counts();
		JsonNode answer = Json.MAPPER.readTree(his.post(infno, body.getBytes(StandardCharsets.UTF_8)).body());
		assertThat(answer.get("infcode").asInt()).as(answer.toString()).isEqualTo(-2);
		assertThat(answer.get("err_msg").asString()).hasSizeLessThanOrEqualTo(200);
		assertThat(counts()).isEqualTo(before);
		return answer;
	}

	private Map<String, Long> counts() {
		Map<String, Long> counts = new LinkedHashMap<>();
		for (String table : TABLES) {
			counts.put(table, jdbc.sql("select count(*) from " + table).query(Long.class).single());
		}
		return counts;
	}

	private String register(NewPerson person) {
		return ok(his.call("2201", registration(person))).at("/data/mdtrt_id").asString();
	}

	private static Map<String, Object> registration(NewPerson person) {
		return Map.of("data", registrationData(person));
	}

	private static Map<String, Object> registrationData(NewPerson person) {
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("psn_no", person.psnNo());
		data.put("insutype", person.enrolments().getFirst().insutype());
		data.put("begntime", "2026-11-01 09:00:00");
		data.put("mdtrt_cert_type", "02");
		data.put("mdtrt_cert_no", person.certNo());
		data.put("ipt_otp_no", "MZ" + System.nanoTime() % 1_000_000_000L);
		data.put("dept_code", "03");
		data.put("dept_name", "内科");
		return data;
	}

	private static Map<String, Object> with(Map<String, Object> data, String field, Object value) {
		Map<String, Object> changed = new LinkedHashMap<>(data);
		changed.put(field, value);
		return changed;
	}

	private Map<String, Object> describe(String visitId, String medType) {
		return describe(visitId, medType, diagnoses(1));
	}

	private Map<String, Object> describe(String visitId, String medType, List<Map<String, Object>> diagnoses) {
		return Map
			.of("mdtrtinfo",
					Map.of("mdtrt_id", visitId, "psn_no", resident.psnNo(), "med_type", medType, "begntime",
							"2026-11-01 09:00:00", "dise_codg", "J06.900", "dise_name", "急性上呼吸道感染"),
					"diseinfo", diagnoses);
	}

	private Map<String, Object> with2203Disease(String visitId, String diseaseCode) {
		return Map.of("mdtrtinfo", Map.of("mdtrt_id", visitId, "psn_no", resident.psnNo(), "med_type", "11",
				"dise_codg", diseaseCode, "dise_name", "急性上呼吸道感染"));
	}

	/**
	 * {@code n} diagnoses A01.000x001, A01.000x002 ... (11 characters each, as 医保版
	 * extension codes are).
	 */
	private static List<Map<String, Object>> diagnoses(int n) {
		List<Map<String, Object>> out = new ArrayList<>();
		for (int i = 1; i <= n; i++) {
			Map<String, Object> d = new LinkedHashMap<>();
			d.put("diag_type", "1");
			d.put("diag_srt_no", String.valueOf(i));
			d.put("diag_code", "A01.000x%03d".formatted(i));
			d.put("diag_name", "诊断" + i);
			d.put("maindiag_flag", i == 1 ? "1" : "0");
			out.add(d);
		}
		return out;
	}

	private static Map<String, Object> settle(NewPerson person, String visitId, String medType, String total) {
		return Map.of("data", settleData(person, visitId, medType, total));
	}

	private static Map<String, Object> settleData(NewPerson person, String visitId, String medType, String total) {
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("psn_no", person.psnNo());
		data.put("mdtrt_cert_type", "02");
		data.put("mdtrt_cert_no", person.certNo());
		if (medType != null) {
			data.put("med_type", medType);
		}
		data.put("medfee_sumamt", total.startsWith("1E") ? total : new BigDecimal(total));
		data.put("psn_setlway", "01");
		data.put("mdtrt_id", visitId);
		data.put("acct_used_flag", "0");
		data.put("insutype", person.enrolments().getFirst().insutype());
		return data;
	}

	private static Map<String, Object> admission(NewPerson person, String medType) {
		return Map.of("mdtrtinfo", admissionData(person, medType), "diseinfo", List.of(Map.of("diag_type", "1",
				"diag_srt_no", "1", "diag_code", "K80.200", "diag_name", "胆囊结石", "maindiag_flag", "1")));
	}

	private static Map<String, Object> admissionData(NewPerson person, String medType) {
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("psn_no", person.psnNo());
		m.put("insutype", person.enrolments().getFirst().insutype());
		m.put("begntime", "2026-11-01 08:30:00");
		m.put("mdtrt_cert_type", "02");
		m.put("mdtrt_cert_no", person.certNo());
		m.put("med_type", medType);
		m.put("ipt_no", "ZY" + System.nanoTime() % 1_000_000_000L);
		m.put("dise_codg", "K80.200");
		m.put("dise_name", "胆囊结石");
		return m;
	}

}
