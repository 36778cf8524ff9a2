package org.sanyi.insurance;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sanyi.IntegrationTest;
import org.sanyi.insurance.InsuranceAdmin.NewPerson;
import org.sanyi.insurance.support.Json;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.util.RawValue;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sanyi.insurance.GatewayFixtures.CITY_HOSPITAL;
import static org.sanyi.insurance.GatewayFixtures.CITY_HOSPITAL_NAME;
import static org.sanyi.insurance.GatewayFixtures.line;
import static org.sanyi.insurance.GatewayOutpatientIT.ok;

/**
 * Malformed input is the sender's error, never a system error: in the national convention
 * {@code infcode -1} tells the HIS to reverse (2601) and retry, which for bad input loops
 * forever. Every field of every transaction the gateway offers is sent with the wrong
 * JSON type, huge and unbounded numbers, NUL characters, lone surrogates, impossible
 * dates, overlong text and missing, and every answer must be HTTP 200 with
 * {@code infcode 0} or {@code -2}, an {@code err_msg} of at most 200 characters that
 * names no Java or Jackson class.
 */
@IntegrationTest
class GatewayMalformedInputIT {

	private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

	@LocalServerPort
	int port;

	@Autowired
	InsuranceAdmin admin;

	HsaClient his;

	NewPerson person;

	@BeforeEach
	void setUp() {
		GatewayFixtures.addExampleItems(admin);
		his = GatewayFixtures.client(port, CITY_HOSPITAL, CITY_HOSPITAL_NAME).signIn();
		person = GatewayFixtures.employee("500.00");
		admin.enrol(List.of(person));
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "9001", "1101", "2001", "2201", "2202", "2203", "2204", "2205", "2206", "2207", "2208",
			"2401", "2402", "2403", "2404", "2405", "2301", "2302", "2303", "2304", "2305", "2601", "3201", "3202",
			"5201", "5203", "5204", "9101", "9102", "4101", "4101A", "2501", "2502", "5304" })
	void noMalformedFieldOfATransactionIsASystemError(String infno) {
		ObjectNode input = Json.MAPPER.valueToTree(validInput(infno));
		List<String> failures = new ArrayList<>();
		for (List<Object> path : leaves(input, new ArrayList<>())) {
			for (Map.Entry<String, Supplier<JsonNode>> mutation : mutations().entrySet()) {
				ObjectNode changed = input.deepCopy();
				set(changed, path, mutation.getValue().get());
				check(infno, changed, path + " ← " + mutation.getKey(), failures);
			}
		}
		assertThat(failures).as("answers to malformed input of " + infno).isEmpty();
	}

	@Test
	void noMalformedEnvelopeFieldIsASystemError() {
		Map<String, Object> valid = his.envelope("5201", Map.of("data", Map.of("psn_no", person.psnNo())),
				his.nextMsgid(), "359900");
		List<String> failures = new ArrayList<>();
		for (String field : valid.keySet()) {
			for (Map.Entry<String, Supplier<JsonNode>> mutation : mutations().entrySet()) {
				ObjectNode envelope = Json.MAPPER.valueToTree(valid);
				envelope.put("msgid", his.nextMsgid());
				if (mutation.getValue().get() == null) {
					envelope.remove(field);
				}
				else {
					envelope.set(field, mutation.getValue().get());
				}
				expectNoSystemError(send("5201", Json.write(envelope).getBytes(StandardCharsets.UTF_8)),
						field + " ← " + mutation.getKey(), failures);
			}
		}
		assertThat(failures).isEmpty();
	}

	@Test
	void bodiesInOtherEncodingsOrWithBrokenBytesAreRefusedAsBadInput() {
		String json = Json
			.write(his.envelope("5201", Map.of("data", Map.of("psn_no", person.psnNo())), his.nextMsgid(), "359900"));
		List<String> failures = new ArrayList<>();
		expectRefused(send("5201", json.getBytes(StandardCharsets.UTF_16BE)), "UTF-16BE", failures);
		expectRefused(send("5201", json.getBytes(StandardCharsets.UTF_16LE)), "UTF-16LE", failures);
		expectRefused(send("5201", json.getBytes(StandardCharsets.UTF_16)), "UTF-16 with BOM", failures);
		expectRefused(
				send("5201", json.replace(person.psnNo(), person.psnNo() + "\0").getBytes(StandardCharsets.UTF_8)),
				"raw NUL byte", failures);
		expectRefused(send("5201", splice(json, person.psnNo(), new byte[] { (byte) 0xC3, 0x28 })), "invalid UTF-8",
				failures);
		expectRefused(send("5201", splice(json, person.psnNo(), new byte[] { (byte) 0xED, (byte) 0xA0, (byte) 0x80 })),
				"UTF-8 encoded surrogate", failures);
		expectRefused(send("5201", "[]".getBytes(StandardCharsets.UTF_8)), "array body", failures);
		expectRefused(send("5201", new byte[0]), "empty body", failures);
		expectRefused(send("5201", ("[".repeat(5000) + "]".repeat(5000)).getBytes(StandardCharsets.UTF_8)),
				"deep nesting", failures);
		expectRefused(send("5201", json.substring(0, json.length() / 2).getBytes(StandardCharsets.UTF_8)), "truncated",
				failures);
		assertThat(failures).isEmpty();
	}

	/**
	 * The wrong things a HIS may send in a field; {@code null} from the supplier means
	 * "leave the field out".
	 */
	static Map<String, Supplier<JsonNode>> mutations() {
		Map<String, Supplier<JsonNode>> m = new LinkedHashMap<>();
		m.put("missing", () -> null);
		m.put("null", NODES::nullNode);
		m.put("blank", () -> NODES.stringNode(" "));
		m.put("object", () -> NODES.objectNode().put("a", 1));
		m.put("array", () -> NODES.arrayNode().add(1).add("x"));
		m.put("boolean", () -> NODES.booleanNode(true));
		m.put("1E+1000000", () -> raw("1E+1000000"));
		m.put("1E+2147483647", () -> raw("1E+2147483647"));
		m.put("\"1E+2147483647\"", () -> NODES.stringNode("1E+2147483647"));
		m.put("-1E-2147483647", () -> raw("-1E-2147483647"));
		m.put("1E+9999999999", () -> raw("1E+9999999999"));
		m.put("-0E-2147483647", () -> raw("-0E-2147483647"));
		m.put("\"-0E-2147483647\"", () -> NODES.stringNode("-0E-2147483647"));
		m.put("40 digits", () -> raw("1234567890123456789012345678901234567890"));
		m.put("NUL", () -> NODES.stringNode("A\u0000B"));
		m.put("lone surrogate", () -> raw("\"A\\ud800B\""));
		m.put("2026-02-30", () -> NODES.stringNode("2026-02-30 10:00:00"));
		m.put("comma", () -> NODES.stringNode("A01,B02"));
		m.put("5000 characters", () -> NODES.stringNode("长".repeat(5000)));
		return m;
	}

	private void check(String infno, ObjectNode input, String what, List<String> failures) {
		byte[] body = Json.write(envelopeWith(infno, input)).getBytes(StandardCharsets.UTF_8);
		expectNoSystemError(send(infno, body), what, failures);
	}

	private Map<String, Object> envelopeWith(String infno, JsonNode input) {
		Map<String, Object> envelope = his.envelope(infno, Map.of(), his.nextMsgid(), "359900");
		envelope.put("input", input);
		return envelope;
	}

	private HttpResponse<String> send(String infno, byte[] body) {
		return his.post(infno, body);
	}

	private static void expectNoSystemError(HttpResponse<String> response, String what, List<String> failures) {
		String problem = problem(response);
		if (problem != null) {
			failures.add(what + ": " + problem);
		}
	}

	private static void expectRefused(HttpResponse<String> response, String what, List<String> failures) {
		String problem = problem(response);
		if (problem == null && Json.MAPPER.readTree(response.body()).path("infcode").asInt() != -2) {
			problem = "not refused: " + abbreviate(response.body());
		}
		if (problem != null) {
			failures.add(what + ": " + problem);
		}
	}

	/** What is wrong with an answer to malformed input, or {@code null}. */
	private static String problem(HttpResponse<String> response) {
		if (response.statusCode() != 200) {
			return "HTTP " + response.statusCode() + " " + abbreviate(response.body());
		}
		JsonNode answer = Json.MAPPER.readTree(response.body());
		int infcode = answer.path("infcode").asInt(-99);
		String errMsg = answer.path("err_msg").asString("");
		if (infcode != 0 && infcode != -2) {
			return "infcode " + infcode + " " + abbreviate(errMsg);
		}
		if (errMsg.length() > 200) {
			return "err_msg of " + errMsg.length() + " characters";
		}
		if (errMsg.matches("(?s).*(jackson|java\\.|Exception|\\bat \\[Source|tools\\.).*")) {
			return "err_msg names internals: " + abbreviate(errMsg);
		}
		return null;
	}

	private static String abbreviate(String s) {
		return s.length() > 300 ? s.substring(0, 300) + "…" : s;
	}

	private static JsonNode raw(String json) {
		return NODES.rawValueNode(new RawValue(json));
	}

	private static byte[] splice(String json, String after, byte[] bytes) {
		int at = json.indexOf(after) + after.length();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.writeBytes(json.substring(0, at).getBytes(StandardCharsets.UTF_8));
		out.writeBytes(bytes);
		out.writeBytes(json.substring(at).getBytes(StandardCharsets.UTF_8));
		return out.toByteArray();
	}

	/**
	 * Paths to every value in the input (object fields, the first element of arrays),
	 * containers included.
	 */
	private static List<List<Object>> leaves(JsonNode node, List<Object> prefix) {
		List<List<Object>> out = new ArrayList<>();
		if (node.isObject()) {
			for (String name : node.propertyNames()) {
				List<Object> path = new ArrayList<>(prefix);
				path.add(name);
				out.add(path);
				out.addAll(leaves(node.get(name), path));
			}
		}
		else if (node.isArray() && !node.isEmpty()) {
			List<Object> path = new ArrayList<>(prefix);
			path.add(0);
			out.add(path);
			out.addAll(leaves(node.get(0), path));
		}
		return out;
	}

	private static void set(JsonNode root, List<Object> path, JsonNode value) {
		JsonNode parent = root;
		for (Object step : path.subList(0, path.size() - 1)) {
			parent = step instanceof Integer i ? parent.get(i) : parent.get((String) step);
		}
		Object last = path.getLast();
		if (parent instanceof ObjectNode object) {
			if (value == null) {
				object.remove((String) last);
			}
			else {
				object.set((String) last, value);
			}
		}
		else if (parent instanceof ArrayNode array) {
			if (value == null) {
				array.remove((Integer) last);
			}
			else {
				array.set((Integer) last, value);
			}
		}
	}

	// --- a valid input of each transaction, with the state it needs
	// --------------------------------------------------

	private Map<String, Object> validInput(String infno) {
		return switch (infno) {
			case "9001" -> Map.of("signIn", Map.of("opter_no", "T001", "mac", "00-11-22-33-44-55", "ip", "10.0.0.8"));
			case "1101" -> Map.of("data",
					Map.of("mdtrt_cert_type", "02", "mdtrt_cert_no", person.certNo(), "card_sn", "SN1", "begntime",
							"2026-11-01 09:00:00", "psn_cert_type", "01", "certno", person.certNo(), "psn_name",
							person.name()));
			case "2001" -> Map.of("data", Map.of("psn_no", person.psnNo(), "insutype", "310", "med_type", "11",
					"begntime", "2026-11-01 09:00:00", "fixmedins_code", CITY_HOSPITAL));
			case "2201" -> registrationInput();
			case "2202" -> Map.of("data",
					Map.of("psn_no", person.psnNo(), "mdtrt_id", outpatientVisit(false), "ipt_otp_no", "MZ1"));
			case "2203" -> Map.of("mdtrtinfo",
					Map.of("mdtrt_id", outpatientVisit(false), "psn_no", person.psnNo(), "med_type", "11", "begntime",
							"2026-11-01 09:00:00", "main_cond_dscr", "咳嗽", "dise_codg", "J06.900", "dise_name",
							"急性上呼吸道感染"),
					"diseinfo", List.of(diagnosis("1", "J06.900")));
			case "2204" -> Map.of("feedetail", List.of(feeLine(outpatientVisit(false), "9")));
			case "2205" ->
				Map.of("data", Map.of("mdtrt_id", outpatientVisit(true), "chrg_bchno", "B1", "psn_no", person.psnNo()));
			case "2206", "2207" -> outpatientSettlement(outpatientVisit(true));
			case "2208" -> {
				String visitId = outpatientVisit(true);
				String setlId = ok(his.call("2207", outpatientSettlement(visitId))).at("/setlinfo/setl_id").asString();
				yield Map.of("data", Map.of("setl_id", setlId, "mdtrt_id", visitId, "psn_no", person.psnNo()));
			}
			case "2401" -> admissionInput();
			case "2402" -> discharge(admission(true));
			case "2403" -> Map.of("adminfo", adminfo(admission(false)), "diseinfo", List.of(diagnosis("1", "K80.200")));
			case "2404", "2405" -> Map.of("data", Map.of("mdtrt_id",
					"2405".equals(infno) ? discharged() : admission(false), "psn_no", person.psnNo()));
			case "2301" -> Map.of("feedetail", List.of(feeLine(admission(false), "9")));
			case "2302" ->
				Map.of("data", Map.of("feedetl_sn", "1", "mdtrt_id", admission(true), "psn_no", person.psnNo()));
			case "2303", "2304" -> inpatientSettlement(discharged());
			case "2305" -> {
				String visitId = discharged();
				String setlId = ok(his.call("2304", inpatientSettlement(visitId))).at("/setlinfo/setl_id").asString();
				yield Map.of("data", Map.of("setl_id", setlId, "mdtrt_id", visitId, "psn_no", person.psnNo()));
			}
			case "2601" -> {
				String msgid = his.nextMsgid();
				ok(his.call("2201", registrationInput(), msgid, "359900"));
				yield Map.of("data", Map.of("psn_no", person.psnNo(), "omsgid", msgid, "oinfno", "2201"));
			}
			case "3201", "3202" -> {
				Map<String, Object> data = new LinkedHashMap<>(Map.of("insutype", "310", "clr_type", "11",
						"setl_optins", "359900", "stmt_begndate", "2026-11-01", "stmt_enddate", "2026-11-30",
						"medfee_sumamt", new BigDecimal("0.00"), "fund_pay_sumamt", new BigDecimal("0.00"), "acct_pay",
						new BigDecimal("0.00"), "fixmedins_setl_cnt", 0, "refd_setl_flag", "1"));
				yield "3201".equals(infno) ? Map.of("data", data)
						: Map.of("data", data, "detail", List.of(Map.of("setl_id", "S1", "mdtrt_id", "M1", "psn_no",
								person.psnNo(), "medfee_sumamt", new BigDecimal("1.00"), "fund_pay_sumamt",
								new BigDecimal("0.50"), "acct_pay", new BigDecimal("0.00"), "refd_setl_flag", "0")));
			}
			case "5201" -> Map.of("data", Map.of("psn_no", person.psnNo(), "begntime", "2026-01-01 00:00:00", "endtime",
					"2026-12-31 23:59:59", "med_type", "11", "mdtrt_id", "M1"));
			case "5203" -> Map.of("data", Map.of("psn_no", person.psnNo(), "setl_id", "S1", "mdtrt_id", "M1"));
			case "5204" -> Map.of("data", Map.of("psn_no", person.psnNo(), "mdtrt_id", outpatientVisit(true)));
			case "9101" -> Map.of("fsUploadIn", Map.of("in", "UEsFBgAAAAAAAAAAAAAAAAAAAAAAAA==", "filename", "a.zip",
					"fixmedins_code", CITY_HOSPITAL));
			case "9102" -> Map.of("fsDownloadIn",
					Map.of("file_qury_no", "F1", "filename", "a.zip", "fixmedins_code", CITY_HOSPITAL));
			case "4101", "4101A" -> settlementList();
			case "2501" -> referralRegistration();
			case "2502" -> {
				String serial = ok(his.call("2501", referralRegistration())).at("/result/trt_dcla_detl_sn").asString();
				yield Map.of("data", Map.of("psn_no", person.psnNo(), "trt_dcla_detl_sn", serial, "memo", "患者放弃"));
			}
			case "5304" -> Map.of("data", Map.of("psn_no", person.psnNo(), "begntime", "2026-01-01 00:00:00", "endtime",
					"2026-12-31 23:59:59"));
			default -> throw new IllegalArgumentException(infno);
		};
	}

	/**
	 * A 2501 of the city hospital referring the person to the county hospital (a fresh
	 * term each time).
	 */
	private Map<String, Object> referralRegistration() {
		java.time.LocalDate from = java.time.LocalDate.now().plusDays(REFERRALS.getAndAdd(2));
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("psn_no", person.psnNo());
		m.put("insutype", "310");
		m.put("tel", "13859001234");
		m.put("diag_code", "I63.900");
		m.put("diag_name", "脑梗死");
		m.put("reflin_medins_no", GatewayFixtures.COUNTY_HOSPITAL);
		m.put("reflin_medins_name", "云岫县总医院");
		m.put("mdtrtarea_admdvs", "359900");
		m.put("hosp_agre_refl_flag", "1");
		m.put("refl_type", "1");
		m.put("refl_date", from.toString());
		m.put("refl_rea", "康复期下转");
		m.put("refl_opnn", "同意");
		m.put("begndate", from.toString());
		m.put("enddate", from.plusDays(1).toString());
		return Map.of("refmedin", m);
	}

	private static final java.util.concurrent.atomic.AtomicInteger REFERRALS = new java.util.concurrent.atomic.AtomicInteger();

	private Map<String, Object> registrationInput() {
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("psn_no", person.psnNo());
		data.put("insutype", "310");
		data.put("begntime", "2026-11-01 09:00:00");
		data.put("mdtrt_cert_type", "02");
		data.put("mdtrt_cert_no", person.certNo());
		data.put("ipt_otp_no", "MZ" + System.nanoTime() % 1_000_000_000L);
		data.put("atddr_no", "D001");
		data.put("dr_name", "王医生");
		data.put("dept_code", "03");
		data.put("dept_name", "内科");
		data.put("caty", "A03");
		return Map.of("data", data);
	}

	private String outpatientVisit(boolean withLines) {
		String visitId = ok(his.call("2201", registrationInput())).at("/data/mdtrt_id").asString();
		if (withLines) {
			ok(his.call("2204", Map.of("feedetail", List.of(feeLine(visitId, "1")))));
		}
		return visitId;
	}

	private Map<String, Object> feeLine(String visitId, String sn) {
		Map<String, Object> l = line(visitId, person.psnNo(), sn, "T-A-SURGERY", "1", "10", "10.00");
		l.put("medins_list_name", "测试手术");
		l.put("bilg_dept_codg", "03");
		l.put("bilg_dr_codg", "D001");
		return l;
	}

	private Map<String, Object> outpatientSettlement(String visitId) {
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("psn_no", person.psnNo());
		data.put("mdtrt_cert_type", "02");
		data.put("mdtrt_cert_no", person.certNo());
		data.put("med_type", "11");
		data.put("medfee_sumamt", new BigDecimal("10.00"));
		data.put("psn_setlway", "01");
		data.put("mdtrt_id", visitId);
		data.put("chrg_bchno", "0000");
		data.put("acct_used_flag", "1");
		data.put("insutype", "310");
		data.put("invono", "INV1");
		return Map.of("data", data);
	}

	private Map<String, Object> admissionInput() {
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("psn_no", person.psnNo());
		m.put("insutype", "310");
		m.put("begntime", "2026-11-01 08:30:00");
		m.put("mdtrt_cert_type", "02");
		m.put("mdtrt_cert_no", person.certNo());
		m.put("med_type", "21");
		m.put("ipt_no", "ZY" + System.nanoTime() % 1_000_000_000L);
		m.put("atddr_no", "D002");
		m.put("chfpdr_name", "李主任");
		m.put("adm_dept_codg", "04");
		m.put("adm_dept_name", "外科");
		m.put("adm_bed", "12");
		m.put("dise_codg", "K80.200");
		m.put("dise_name", "胆囊结石");
		return Map.of("mdtrtinfo", m, "diseinfo", List.of(diagnosis("1", "K80.200")));
	}

	private String admission(boolean withLines) {
		String visitId = ok(his.call("2401", admissionInput())).at("/result/mdtrt_id").asString();
		if (withLines) {
			ok(his.call("2301", Map.of("feedetail", List.of(feeLine(visitId, "1")))));
		}
		return visitId;
	}

	private Map<String, Object> discharge(String visitId) {
		return Map.of("dscginfo",
				Map.of("mdtrt_id", visitId, "psn_no", person.psnNo(), "insutype", "310", "endtime",
						"2026-11-05 10:00:00", "dise_codg", "K80.200", "dise_name", "胆囊结石", "dscg_way", "1"),
				"diseinfo", List.of(diagnosis("1", "K80.200")));
	}

	private Map<String, Object> adminfo(String visitId) {
		Map<String, Object> m = new LinkedHashMap<>(admissionInput());
		@SuppressWarnings("unchecked")
		Map<String, Object> info = new LinkedHashMap<>((Map<String, Object>) m.get("mdtrtinfo"));
		info.put("mdtrt_id", visitId);
		return info;
	}

	private String discharged() {
		String visitId = admission(true);
		ok(his.call("2402", discharge(visitId)));
		return visitId;
	}

	private Map<String, Object> inpatientSettlement(String visitId) {
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("psn_no", person.psnNo());
		data.put("mdtrt_cert_type", "02");
		data.put("mdtrt_cert_no", person.certNo());
		data.put("med_type", "21");
		data.put("medfee_sumamt", new BigDecimal("10.00"));
		data.put("psn_setlway", "01");
		data.put("mdtrt_id", visitId);
		data.put("acct_used_flag", "0");
		data.put("insutype", "310");
		data.put("mid_setl_flag", "0");
		data.put("invono", "INV2");
		return Map.of("data", data);
	}

	private Map<String, Object> diagnosis(String order, String code) {
		Map<String, Object> d = new LinkedHashMap<>();
		d.put("psn_no", person.psnNo());
		d.put("diag_type", "1");
		d.put("maindiag_flag", "1");
		d.put("diag_srt_no", order);
		d.put("diag_code", code);
		d.put("diag_name", "诊断");
		d.put("diag_dept", "外科");
		d.put("dise_dor_no", "D002");
		d.put("dise_dor_name", "李主任");
		d.put("diag_time", "2026-11-01 09:10:00");
		return d;
	}

	private Map<String, Object> settlementList() {
		String visitId = discharged();
		JsonNode setlinfo = ok(his.call("2304", inpatientSettlement(visitId))).get("setlinfo");
		Map<String, Object> info = new LinkedHashMap<>();
		info.put("setl_id", setlinfo.get("setl_id").asString());
		info.put("mdtrt_id", visitId);
		info.put("psn_no", person.psnNo());
		info.put("psn_name", person.name());
		info.put("gend", person.sex());
		info.put("brdy", person.birthDate().toString());
		info.put("age", "36");
		info.put("adm_time", "2026-11-01 08:30:00");
		info.put("dscg_time", "2026-11-05 10:00:00");
		info.put("act_ipt_days", "4");
		info.put("adm_caty", "A04.01");
		info.put("dscg_caty", "A04.01");
		info.put("dscg_way", "1");
		info.put("acct_pay", setlinfo.get("acct_pay").decimalValue());
		info.put("psn_cashpay", setlinfo.get("psn_cash_pay").decimalValue());
		return Map.of("setlinfo", info, "diseinfo",
				List.of(Map.of("diag_type", "1", "diag_code", "K80.200", "diag_name", "胆囊结石", "maindiag_flag", "1")),
				"oprninfo", List.of(Map.of("oprn_oprt_type", "1", "oprn_oprt_code", "51.2201", "oprn_oprt_name",
						"胆囊切除术", "oprn_oprt_date", "2026-11-02")));
	}

}
