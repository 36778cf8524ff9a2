package org.sanyi.supervision;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sanyi.IntegrationTest;
import org.sanyi.insurance.GatewayFixtures;
import org.sanyi.insurance.HsaClient;
import org.sanyi.insurance.InsuranceAdmin;
import org.sanyi.insurance.InsuranceAdmin.NewPerson;
import org.sanyi.security.DataScope;
import org.sanyi.supervision.rules.RuleRow;
import org.sanyi.supervision.rules.RuleService;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sanyi.insurance.GatewayFixtures.CITY_HOSPITAL;
import static org.sanyi.insurance.GatewayFixtures.CITY_HOSPITAL_NAME;
import static org.sanyi.insurance.GatewayFixtures.COUNTY_HOSPITAL;
import static org.sanyi.insurance.GatewayFixtures.line;

/**
 * 3101/3102 through the signed national gateway with the demo city's rules and knowledge
 * base: a violation is answered with the national output fields; a malformed input is
 * refused naming the field; at the county, whose reviewed rules make 限性别 blocking, a
 * definite violation at 3102 holds the visit's 2207 back until a 3102 of the corrected
 * lines finds nothing; in the city, where the rule only warns, 2207 goes through. The
 * encounter's drug orders are reviewed for rational use (pharma's review rules through
 * insurance's DrugUseReview) in the same result.
 */
@IntegrationTest
class SupervisionGatewayIT {

	static final String COUNTY = "359921";

	@LocalServerPort
	int port;

	@Autowired
	InsuranceAdmin admin;

	@Autowired
	RuleService rules;

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void setUp() {
		GatewayFixtures.addExampleItems(admin);
	}

	@Test
	void preEventAnalysisAnswersEachViolationWithTheNationalFields() {
		HsaClient his = GatewayFixtures.client(port, CITY_HOSPITAL, CITY_HOSPITAL_NAME).signIn();
		JsonNode answer = ok(his.call("3101", input("3", CITY_HOSPITAL, "V3101-1", "1",
				order("RX1", "311201002", "05", "1", "20.00"), order("RX2", "110200001", "02", "1", "10.00"))));
		JsonNode result = answer.at("/output/result");
		assertThat(result).hasSize(1);
		JsonNode v = result.get(0);
		assertThat(v.get("rule_id").asString()).isEqualTo("JG001");
		assertThat(v.get("mdtrt_id").asString()).isEqualTo("V3101-1");
		assertThat(v.get("vola_cont").asString()).contains("限女性使用", "男性");
		assertThat(v.get("vola_amt").decimalValue()).isEqualByComparingTo("20.00");
		assertThat(v.get("sev_deg").asString()).isEqualTo("3");
		assertThat(v.get("vola_bhvr_type").asString()).isEqualTo("1");
		assertThat(v.at("/judge_result_detail_dtos/0/rx_id").asString()).isEqualTo("RX1");
		// the same woman's order passes
		JsonNode woman = ok(his.call("3101",
				input("3", CITY_HOSPITAL, "V3101-2", "2", order("RX1", "311201002", "05", "1", "20.00"))));
		assertThat(woman.at("/output/result")).isEmpty();
	}

	@Test
	void drugOrdersAreReviewedForRationalUseNextToTheFundRules() {
		HsaClient his = GatewayFixtures.client(port, CITY_HOSPITAL, CITY_HOSPITAL_NAME).signIn();
		Map<String, Object> levofloxacin = order("RX3", "XJ01MAA001A001010100222", "09", "1", "30.00");
		// 医师 (GB/T 8561 234): no right to a 限制使用级 antimicrobial
		levofloxacin.put("drord_dr_profttl", "234");
		JsonNode answer = ok(his.call("3101",
				input("3", CITY_HOSPITAL, "V3101-DU1", "1", order("RX1", "XB01ACA002A001010101036", "09", "1", "3.70"),
						order("RX2", "XA02BCA001A003010101739", "09", "1", "4.90"), levofloxacin)));
		JsonNode result = answer.at("/output/result");
		JsonNode ddi = row(result, "R-DDI");
		assertThat(ddi.get("rule_name").asString()).isEqualTo("合理用药：有配伍禁忌或者不良相互作用的");
		assertThat(ddi.get("vola_cont").asString()).contains("本市拦截");
		// the demo city's table makes the pair blocking: a definite finding
		assertThat(ddi.get("vola_bhvr_type").asString()).isEqualTo("1");
		assertThat(ddi.get("vola_amt").decimalValue()).isEqualByComparingTo("0");
		assertThat(ddi.at("/judge_result_detail_dtos").findValuesAsString("rx_id")).containsExactlyInAnyOrder("RX1",
				"RX2");
		JsonNode title = row(result, "R-AMS-TITLE");
		assertThat(title.at("/judge_result_detail_dtos/0/rx_id").asString()).isEqualTo("RX3");
		assertThat(title.get("vola_cont").asString()).contains("左氧氟沙星");

		// from an attending (233) no title finding; clopidogrel ordered on two days is
		// one
		// drug, not a duplicate of itself
		levofloxacin.put("drord_dr_profttl", "233");
		JsonNode attending = ok(his.call("3101",
				input("3", CITY_HOSPITAL, "V3101-DU2", "1", order("RX1", "XB01ACA002A001010101036", "09", "1", "3.70"),
						order("RX4", "XB01ACA002A001010101036", "09", "1", "3.70"), levofloxacin)));
		assertThat(attending.at("/output/result").findValuesAsString("rule_id")).doesNotContain("R-AMS-TITLE", "R-DDI",
				"R-DUP");

		// the HIS names the rules it wants (no trigger scene): only those run
		Map<String, Object> named = new LinkedHashMap<>(
				input("3", CITY_HOSPITAL, "V3101-DU3", "1", order("RX1", "XB01ACA002A001010101036", "09", "1", "3.70"),
						order("RX2", "XA02BCA001A003010101739", "09", "1", "4.90")));
		@SuppressWarnings("unchecked")
		Map<String, Object> data = new LinkedHashMap<>((Map<String, Object>) named.get("data"));
		data.remove("trig_scen");
		data.put("rule_ids", "JG001");
		named.put("data", data);
		assertThat(ok(his.call("3101", named)).at("/output/result").findValuesAsString("rule_id"))
			.doesNotContain("R-DDI");
		data.put("rule_ids", "JG001,R-DDI");
		assertThat(ok(his.call("3101", named)).at("/output/result").findValuesAsString("rule_id")).contains("R-DDI");
	}

	private static JsonNode row(JsonNode result, String ruleId) {
		for (JsonNode r : result) {
			if (ruleId.equals(r.get("rule_id").asString())) {
				return r;
			}
		}
		throw new AssertionError(ruleId + " not in " + result);
	}

	@Test
	void malformedOrdersAreRefusedNamingTheField() {
		HsaClient his = GatewayFixtures.client(port, CITY_HOSPITAL, CITY_HOSPITAL_NAME).signIn();
		Map<String, Object> bad = input("3", CITY_HOSPITAL, "V3101-3", "1", order("RX1", "311201002", "05", "x", "20"));
		JsonNode answer = his.call("3101", bad);
		assertThat(answer.get("infcode").asInt()).isEqualTo(-2);
		assertThat(answer.get("err_msg").asString()).startsWith("SUP-0001")
			.contains("data.patient_dtos[0].fsi_encounter_dtos[0].fsi_order_dtos[0].cnt");
		JsonNode wrongScene = his.call("3101", input("8", CITY_HOSPITAL, "V3101-4", "1"));
		assertThat(wrongScene.get("err_msg").asString()).contains("data.trig_scen");
		Map<String, Object> wrongScheme = input("3", CITY_HOSPITAL, "V3101-5", "1");
		encounter(wrongScheme).put("insutype", "31A");
		assertThat(his.call("3101", wrongScheme).get("err_msg").asString())
			.contains("data.patient_dtos[0].fsi_encounter_dtos[0].insutype");
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> encounter(Map<String, Object> input) {
		Map<String, Object> data = (Map<String, Object>) input.get("data");
		Map<String, Object> patient = ((List<Map<String, Object>>) data.get("patient_dtos")).getFirst();
		return ((List<Map<String, Object>>) patient.get("fsi_encounter_dtos")).getFirst();
	}

	@Test
	void aDefiniteViolationOfABlockingRuleAt3102HoldsTheSettlementUntilACleanAnalysis() {
		LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
		RuleRow blocking = new RuleRow("JG001", "限性别用药及诊疗项目（县：事中拦截）", "SEX", "POLICY", "DEFINITE", "VISIT", "", "",
				"PRE,IN,POST", "HIGH", true, true, Map.of());
		long version = rules.proposeRule(COUNTY, today, blocking, "县级：限性别事中拦截", "ybj_county", DataScope.region(COUNTY));
		rules.approve(version, "ybj", "同意", DataScope.region("359900"));

		HsaClient county = GatewayFixtures.client(port, COUNTY_HOSPITAL, "云岫县总医院").signIn();
		NewPerson person = GatewayFixtures.employee("0.00");
		admin.enrol(List.of(person));
		String visitId = ok(county.call("2201", GatewayFixtures.registration(person))).at("/output/data/mdtrt_id")
			.asString();
		ok(county.call("2204",
				Map.of("feedetail", List.of(line(visitId, person.psnNo(), "1", "311201002", "1", "20", "20.00"),
						line(visitId, person.psnNo(), "2", "110200001", "1", "10", "10.00")))));

		JsonNode analysed = ok(county.call("3102", input("6", COUNTY_HOSPITAL, visitId, "1",
				order("1", "311201002", "05", "1", "20.00"), order("2", "110200001", "02", "1", "10.00"))));
		assertThat(analysed.at("/output/result/0/rule_id").asString()).isEqualTo("JG001");
		JsonNode held = county.call("2207", settle(person, visitId, "30.00"));
		assertThat(held.get("infcode").asInt()).isEqualTo(-2);
		assertThat(held.get("err_msg").asString()).startsWith("SUP-0010").contains(visitId, "JG001");
		assertThat(jdbc.sql("select count(*) from ins_settlement where mdtrt_id = :v")
			.param("v", visitId)
			.query(Integer.class)
			.single()).isZero();

		// the HIS cancels the lines, uploads the corrected one and analyses again: the
		// hold is lifted
		ok(county.call("2205",
				Map.of("data", Map.of("mdtrt_id", visitId, "chrg_bchno", "0000", "psn_no", person.psnNo()))));
		ok(county.call("2204",
				Map.of("feedetail", List.of(line(visitId, person.psnNo(), "3", "110200001", "1", "10", "10.00")))));
		JsonNode clean = ok(county.call("3102",
				input("6", COUNTY_HOSPITAL, visitId, "1", order("3", "110200001", "02", "1", "10.00"))));
		assertThat(clean.at("/output/result")).isEmpty();
		JsonNode settled = ok(county.call("2207", settle(person, visitId, "10.00")));
		assertThat(settled.at("/output/setlinfo/medfee_sumamt").decimalValue()).isEqualByComparingTo("10.00");
	}

	@Test
	void aDefiniteViolationOfAWarningRuleAt3102LetsTheSettlementThrough() {
		HsaClient city = GatewayFixtures.client(port, CITY_HOSPITAL, CITY_HOSPITAL_NAME).signIn();
		NewPerson person = GatewayFixtures.employee("0.00");
		admin.enrol(List.of(person));
		String visitId = ok(city.call("2201", GatewayFixtures.registration(person))).at("/output/data/mdtrt_id")
			.asString();
		ok(city.call("2204",
				Map.of("feedetail", List.of(line(visitId, person.psnNo(), "1", "311201002", "1", "20", "20.00")))));
		JsonNode analysed = ok(city.call("3102",
				input("6", CITY_HOSPITAL, visitId, "1", order("1", "311201002", "05", "1", "20.00"))));
		assertThat(analysed.at("/output/result/0/rule_id").asString()).isEqualTo("JG001");
		ok(city.call("2207", settle(person, visitId, "20.00")));
	}

	static Map<String, Object> input(String trigScene, String institution, String visitId, String gend,
			Map<String, Object>... orders) {
		Map<String, Object> encounter = new LinkedHashMap<>();
		encounter.put("mdtrt_id", visitId);
		encounter.put("medins_id", institution);
		encounter.put("medins_lv", "1".equals(trigScene) || institution.equals(CITY_HOSPITAL) ? "02" : "05");
		encounter.put("adm_date", "2026-11-01");
		encounter.put("med_type", "11");
		encounter.put("insutype", "310");
		encounter.put("fsi_diagnose_dtos", List.of(Map.of("dise_codg", "R10.400", "maindise_flag", "1")));
		encounter.put("fsi_order_dtos", List.of(orders));
		Map<String, Object> patient = new LinkedHashMap<>();
		patient.put("patn_id", "P-" + visitId);
		patient.put("gend", gend);
		patient.put("brdy", "1980-05-01");
		patient.put("curr_mdtrt_id", visitId);
		patient.put("fsi_encounter_dtos", List.of(encounter));
		return Map.of("data", Map.of("task_id", "T1", "trig_scen", trigScene, "patient_dtos", List.of(patient)));
	}

	static Map<String, Object> order(String rxId, String code, String chargeType, String cnt, String price) {
		Map<String, Object> o = new LinkedHashMap<>();
		o.put("rx_id", rxId);
		o.put("hilist_code", code);
		o.put("hilist_name", "项目" + code);
		o.put("chrg_type", chargeType);
		o.put("cnt", cnt);
		o.put("pric", price);
		o.put("drord_begn_date", "2026-11-01");
		return o;
	}

	static Map<String, Object> settle(NewPerson person, String visitId, String total) {
		return Map.of("data",
				Map.of("psn_no", person.psnNo(), "mdtrt_cert_type", "02", "mdtrt_cert_no", person.certNo(), "med_type",
						"11", "medfee_sumamt", new BigDecimal(total), "psn_setlway", "01", "mdtrt_id", visitId,
						"chrg_bchno", "0000", "acct_used_flag", "0", "insutype", "310"));
	}

	static JsonNode ok(JsonNode answer) {
		assertThat(answer.get("infcode").asInt()).as(answer.path("err_msg").asString()).isZero();
		return answer;
	}

}
