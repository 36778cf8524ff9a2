package org.sanyi.insurance;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sanyi.IntegrationTest;
import org.sanyi.insurance.InsuranceAdmin.NewPerson;
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
 * Inpatient visits end to end: admission, daily fee upload, discharge, pre-settlement and
 * settlement of worked example A (insurance.md §2.6) with the city's 2026 resident
 * policy, reversal, undoing discharge and admission; and a cross-region (异地就医) admission
 * settled with the insured region's policy and kept for clearing.
 */
@IntegrationTest
class GatewayInpatientIT {

	@LocalServerPort
	int port;

	@Autowired
	InsuranceAdmin admin;

	@Autowired
	JdbcClient jdbc;

	HsaClient his;

	@BeforeEach
	void setUp() {
		GatewayFixtures.addExampleItems(admin);
		his = GatewayFixtures.client(port, CITY_HOSPITAL, CITY_HOSPITAL_NAME).signIn();
	}

	@Test
	void residentOnSubsistenceAllowanceSettlesWorkedExampleAToTheFenThenReversesAndCancels() {
		NewPerson person = GatewayFixtures.resident("359900", "DIBAO");
		admin.enrol(List.of(person));
		String visitId = admit(person, "359900");
		ok(his.call("2301",
				Map.of("feedetail",
						List.of(line(visitId, person.psnNo(), "1", "NOT-IN-CATALOGUE-C", "2", "4000", "8000.00"),
								line(visitId, person.psnNo(), "2", "T-A-CONSUMABLE", "2", "6000", "12000.00"),
								line(visitId, person.psnNo(), "3", "T-A-SURGERY", "1", "60000", "60000.00")))));
		JsonNode second = ok(his.call("2301",
				Map.of("feedetail", List.of(line(visitId, person.psnNo(), "4", "T-A-WARD", "20", "2000", "40000.00"),
						line(visitId, person.psnNo(), "5", "T-B-DRUG", "100", "300", "30000.00")))));
		assertThat(second.at("/result/1/preselfpay_amt").decimalValue()).isEqualByComparingTo("3000.00");

		JsonNode tooEarly = his.call("2303", settleInput(person, visitId, "150000.00"));
		assertThat(tooEarly.get("infcode").asInt()).isEqualTo(-2);
		assertThat(tooEarly.get("err_msg").asString()).startsWith("INS-0037").contains("在院");

		ok(his.call("2402",
				Map.of("dscginfo",
						Map.of("mdtrt_id", visitId, "psn_no", person.psnNo(), "insutype", "390", "endtime",
								"2026-11-20 10:00:00", "dise_codg", "K80.200", "dise_name", "胆囊结石", "dscg_way", "1"),
						"diseinfo", List.of(Map.of("diag_type", "1", "maindiag_flag", "1", "diag_srt_no", "1",
								"diag_code", "K80.200", "diag_name", "胆囊结石")))));
		JsonNode pre = ok(his.call("2303", settleInput(person, visitId, "150000.00"))).get("setlinfo");
		assertExampleA(pre);

		JsonNode settled = ok(his.call("2304", settleInput(person, visitId, "150000.00")));
		assertExampleA(settled.get("setlinfo"));
		assertThat(settled.at("/setlinfo/clr_type").asString()).isEqualTo("21");
		assertThat(settled.get("setldetail").findValuesAsString("fund_pay_type")).containsExactly("390100", "390200",
				"610100");
		assertThat(settled.at("/setldetail/0/setl_proc_info").asString()).contains("起付线600.00");
		String setlId = settled.at("/setlinfo/setl_id").asString();
		assertThat(jdbc.sql("select policy_code from ins_settlement where setl_id = :s")
			.param("s", setlId)
			.query(String.class)
			.single()).isEqualTo("359900-390-2026");
		assertThat(jdbc.sql("select diag_codes from ins_settlement where setl_id = :s")
			.param("s", setlId)
			.query(String.class)
			.single()).isEqualTo("K80.200");

		JsonNode reversed = ok(his.call("2305",
				Map.of("data", Map.of("mdtrt_id", visitId, "setl_id", setlId, "psn_no", person.psnNo()))));
		assertThat(reversed.at("/setlinfo/fund_pay_sumamt").decimalValue()).isEqualByComparingTo("-134134.40");
		assertThat(jdbc.sql("select count(*) from ins_ledger_entry where txn_id = :s")
			.param("s", reversed.at("/setlinfo/setl_id").asString())
			.query(Long.class)
			.single()).isEqualTo(5);
		ok(his.call("2405", Map.of("data", Map.of("mdtrt_id", visitId, "psn_no", person.psnNo()))));
		ok(his.call("2302",
				Map.of("data", Map.of("mdtrt_id", visitId, "feedetl_sn", "0000", "psn_no", person.psnNo()))));
		ok(his.call("2404", Map.of("data", Map.of("mdtrt_id", visitId, "psn_no", person.psnNo()))));
		assertThat(jdbc.sql("select status from ins_visit where mdtrt_id = :v")
			.param("v", visitId)
			.query(String.class)
			.single()).isEqualTo("CANCELLED");
	}

	@Test
	void crossRegionAdmissionIsSettledWithTheInsuredRegionsPolicyAndKeptForClearing() {
		NewPerson person = GatewayFixtures.resident("359800");
		admin.enrol(List.of(person));
		String visitId = admit(person, "359800");
		ok(his.call("2301", Map.of("feedetail",
				List.of(line(visitId, person.psnNo(), "1", "T-A-WARD", "10", "2000", "20000.00")))));
		ok(his.call("2402", Map.of("dscginfo",
				Map.of("mdtrt_id", visitId, "psn_no", person.psnNo(), "endtime", "2026-11-12 10:00:00"))));

		JsonNode settled = ok(his.call("2304", settleInput(person, visitId, "20000.00"), his.nextMsgid(), "359800"));

		JsonNode s = settled.get("setlinfo");
		// 359800's policy: deductible 1,000, ratio 75% (the city's own would give 600 and
		// 90%)
		assertThat(s.get("act_pay_dedc").decimalValue()).isEqualByComparingTo("1000.00");
		assertThat(s.get("hifp_pay").decimalValue()).isEqualByComparingTo("14250.00");
		assertThat(s.get("psn_cash_pay").decimalValue()).isEqualByComparingTo("5750.00");
		assertThat(s.get("insuplc_admdvs").asString()).isEqualTo("359800");
		assertThat(s.get("mdtrtarea_admvs").asString()).isEqualTo("359900");
		String setlId = s.get("setl_id").asString();
		Map<String, Object> clearing = jdbc
			.sql("select insuplc_admdvs, mdtrtarea_admvs, fund_pay_sumamt from ins_clearing " + "where setl_id = :s")
			.param("s", setlId)
			.query()
			.singleRow();
		assertThat(clearing).containsEntry("insuplc_admdvs", "359800").containsEntry("mdtrtarea_admvs", "359900");
		assertThat((BigDecimal) clearing.get("fund_pay_sumamt")).isEqualByComparingTo("14250.00");
		assertThat(jdbc.sql("select amount from ins_ledger_entry where txn_id = :s and account_kind = 'FUND'")
			.param("s", setlId)
			.query(BigDecimal.class)
			.single()).isEqualByComparingTo("-14250.00");
		assertThat(jdbc.sql("select account_key from ins_ledger_entry where txn_id = :s and account_kind = 'FUND'")
			.param("s", setlId)
			.query(String.class)
			.single()).isEqualTo("390100:359800");
	}

	private String admit(NewPerson person, String insuredRegion) {
		JsonNode admitted = ok(
				his.call("2401", GatewayFixtures.admission(person, "2026-11-01 08:30:00", "外科", "K80.200", "胆囊结石"),
						his.nextMsgid(), insuredRegion));
		return admitted.at("/result/mdtrt_id").asString();
	}

	private static Map<String, Object> settleInput(NewPerson person, String visitId, String total) {
		return Map.of("data",
				Map.of("psn_no", person.psnNo(), "mdtrt_cert_type", "02", "mdtrt_cert_no", person.certNo(),
						"medfee_sumamt", new BigDecimal(total), "psn_setlway", "01", "mdtrt_id", visitId,
						"acct_used_flag", "0", "insutype", "390", "mid_setl_flag", "0"));
	}

	private static void assertExampleA(JsonNode s) {
		assertThat(s.get("medfee_sumamt").decimalValue()).isEqualByComparingTo("150000.00");
		assertThat(s.get("fulamt_ownpay_amt").decimalValue()).isEqualByComparingTo("8000.00");
		assertThat(s.get("overlmt_selfpay").decimalValue()).isEqualByComparingTo("2000.00");
		assertThat(s.get("preselfpay_amt").decimalValue()).isEqualByComparingTo("3000.00");
		assertThat(s.get("inscp_scp_amt").decimalValue()).isEqualByComparingTo("137000.00");
		assertThat(s.get("act_pay_dedc").decimalValue()).isEqualByComparingTo("600.00");
		// worked example A out of the person's county (云岫县) without a 转院备案 (2501): the
		// 2026 resident rules take ten points off the pool's 90 %, the critical-illness
		// and assistance layers take up more of a larger self-paid part
		assertThat(s.get("hifp_pay").decimalValue()).isEqualByComparingTo("109120.00");
		assertThat(s.get("pool_prop_selfpay").decimalValue()).isEqualByComparingTo("0.8");
		assertThat(s.get("hifmi_pay").decimalValue()).isEqualByComparingTo("11328.00");
		assertThat(s.get("maf_pay").decimalValue()).isEqualByComparingTo("13686.40");
		assertThat(s.get("fund_pay_sumamt").decimalValue()).isEqualByComparingTo("134134.40");
		assertThat(s.get("psn_part_amt").decimalValue()).isEqualByComparingTo("15865.60");
		assertThat(s.get("psn_cash_pay").decimalValue()).isEqualByComparingTo("15865.60");
	}

}
