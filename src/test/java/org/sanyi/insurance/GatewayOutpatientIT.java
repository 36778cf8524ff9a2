package org.sanyi.insurance;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
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

/**
 * An outpatient visit end to end over the national interface: sign-in, person,
 * eligibility, registration, visit information, fee lines, pre-settlement, settlement
 * (worked example B of insurance.md §2.7), replay, queries, reversal and settling again.
 */
@IntegrationTest
class GatewayOutpatientIT {

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
	void employeeOutpatientSettlesLikeWorkedExampleBAndAReplayedMsgidReturnsTheStoredAnswer() {
		NewPerson person = GatewayFixtures.employee("1000.00");
		admin.enrol(List.of(person));

		JsonNode info = ok(
				his.call("1101", Map.of("data", Map.of("mdtrt_cert_type", "02", "mdtrt_cert_no", person.certNo()))));
		assertThat(info.at("/baseinfo/psn_no").asString()).isEqualTo(person.psnNo());
		assertThat(info.at("/insuinfo/0/balc").decimalValue()).isEqualByComparingTo("1000.00");
		assertThat(info.at("/insuinfo/0/insuplc_admdvs").asString()).isEqualTo("359900");
		JsonNode eligible = ok(his.call("2001", Map.of("data", Map.of("psn_no", person.psnNo(), "insutype", "310"))));
		assertThat(eligible.at("/trtinfo/0/trt_enjymnt_flag").asString()).isEqualTo("1");

		String visitId = register(person);
		ok(his
			.call("2203",
					Map.of("mdtrtinfo", Map.of("mdtrt_id", visitId, "psn_no", person.psnNo(), "med_type", "11",
							"begntime", "2026-11-01 09:00:00", "dise_codg", "J06.900", "dise_name", "急性上呼吸道感染"),
							"diseinfo",
							List.of(Map.of("diag_type", "1", "diag_srt_no", "1", "diag_code", "J06.900", "diag_name",
									"急性上呼吸道感染", "diag_dept", "内科", "dise_dor_no", "D001", "dise_dor_name", "王医生",
									"diag_time", "2026-11-01 09:10:00")))));

		JsonNode uploaded = ok(his.call("2204",
				Map.of("feedetail",
						List.of(line(visitId, person.psnNo(), "1", "T-A-SURGERY", "1", "300", "300.00"),
								line(visitId, person.psnNo(), "2", "T-B-DRUG", "1", "150", "150.00"),
								line(visitId, person.psnNo(), "3", "NOT-IN-CATALOGUE", "1", "50", "50.00")))));
		JsonNode result = uploaded.get("result");
		assertThat(result.get(0).get("chrgitm_lv").asString()).isEqualTo("01");
		assertThat(result.get(0).get("inscp_scp_amt").decimalValue()).isEqualByComparingTo("300.00");
		assertThat(result.get(1).get("preselfpay_amt").decimalValue()).isEqualByComparingTo("15.00");
		assertThat(result.get(1).get("inscp_scp_amt").decimalValue()).isEqualByComparingTo("135.00");
		assertThat(result.get(2).get("chrgitm_lv").asString()).isEqualTo("03");
		assertThat(result.get(2).get("fulamt_ownpay_amt").decimalValue()).isEqualByComparingTo("50.00");

		Map<String, Object> settle = settleInput(person, visitId);
		JsonNode pre = ok(his.call("2206", settle));
		assertThat(pre.at("/setlinfo/setl_id").isNull()).isTrue();
		assertExampleB(pre.get("setlinfo"));
		assertThat(count("select count(*) from ins_settlement where mdtrt_id = '" + visitId + "'")).isZero();

		String msgid = his.nextMsgid();
		byte[] body = his.body("2207", settle, msgid, "359900");
		HttpResponse<String> first = his.post("2207", body);
		JsonNode settled = ok(read(first)).get("setlinfo");
		assertExampleB(settled);
		String setlId = settled.get("setl_id").asString();
		assertThat(settled.get("medins_setl_id").asString()).isEqualTo(msgid);
		assertThat(balance(person.psnNo())).isEqualByComparingTo("641.00");

		HttpResponse<String> replay = his.post("2207", body);
		assertThat(replay.body()).isEqualTo(first.body());
		assertThat(count("select count(*) from ins_settlement where mdtrt_id = '" + visitId + "'")).isEqualTo(1);
		assertThat(balance(person.psnNo())).isEqualByComparingTo("641.00");
		assertThat(sum("select sum(amount) from ins_ledger_entry where txn_id = '" + setlId + "'"))
			.isEqualByComparingTo("0");

		JsonNode queried = ok(his.call("5203",
				Map.of("data", Map.of("psn_no", person.psnNo(), "setl_id", setlId, "mdtrt_id", visitId))));
		assertThat(queried.at("/setlinfo/fund_pay_sumamt").decimalValue()).isEqualByComparingTo("141.00");
		assertThat(queried.get("setldetail").get(0).get("fund_pay_type").asString()).isEqualTo("310100");
		JsonNode lines = ok(his.call("5204",
				Map.of("data", Map.of("psn_no", person.psnNo(), "setl_id", setlId, "mdtrt_id", visitId))));
		assertThat(lines.get("output")).hasSize(3);
		JsonNode visits = ok(his.call("5201", Map.of("data", Map.of("psn_no", person.psnNo()))));
		assertThat(visits.at("/mdtrtinfo/0/mdtrt_id").asString()).isEqualTo(visitId);

		JsonNode reversal = ok(his.call("2208",
				Map.of("data", Map.of("setl_id", setlId, "mdtrt_id", visitId, "psn_no", person.psnNo()))))
			.get("setlinfo");
		assertThat(reversal.get("fund_pay_sumamt").decimalValue()).isEqualByComparingTo("-141.00");
		assertThat(reversal.get("acct_pay").decimalValue()).isEqualByComparingTo("-359.00");
		assertThat(reversal.get("balc").decimalValue()).isEqualByComparingTo("1000.00");
		assertThat(reversal.get("init_setl_id").asString()).isEqualTo(setlId);
		assertThat(balance(person.psnNo())).isEqualByComparingTo("1000.00");
		assertThat(jdbc.sql("select totals::text from ins_accumulator where psn_no = :p")
			.param("p", person.psnNo())
			.query(String.class)
			.single()).isEqualTo("{}");
		assertThat(sum("select sum(amount) from ins_ledger_entry where account_kind = 'PERSONAL' and account_key = '"
				+ person.psnNo() + "'"))
			.isEqualByComparingTo("1000.00");

		JsonNode again = ok(his.call("2207", settleInput(person, visitId))).get("setlinfo");
		assertExampleB(again);
		assertThat(again.get("setl_id").asString()).isNotEqualTo(setlId);
	}

	@Test
	void cancellingARegistrationCancelsItsUnsettledLines() {
		NewPerson person = GatewayFixtures.employee("500.00");
		admin.enrol(List.of(person));
		String visitId = register(person);
		ok(his.call("2204",
				Map.of("feedetail", List.of(line(visitId, person.psnNo(), "1", "T-A-SURGERY", "2", "10", "20.00")))));
		ok(his.call("2205",
				Map.of("data", Map.of("mdtrt_id", visitId, "chrg_bchno", "0000", "psn_no", person.psnNo()))));
		assertThat(count("select count(*) from ins_fee_line where mdtrt_id = '" + visitId + "' and status = 'ACTIVE'"))
			.isZero();
		ok(his.call("2204",
				Map.of("feedetail", List.of(line(visitId, person.psnNo(), "1", "T-A-SURGERY", "2", "10", "20.00")))));
		ok(his.call("2202", Map.of("data", Map.of("mdtrt_id", visitId, "psn_no", person.psnNo(), "ipt_otp_no", "X"))));
		assertThat(jdbc.sql("select status from ins_visit where mdtrt_id = :v")
			.param("v", visitId)
			.query(String.class)
			.single()).isEqualTo("CANCELLED");
		assertThat(count("select count(*) from ins_fee_line where mdtrt_id = '" + visitId + "' and status = 'ACTIVE'"))
			.isZero();
	}

	private String register(NewPerson person) {
		JsonNode registered = ok(his.call("2201",
				Map.of("data",
						Map.of("psn_no", person.psnNo(), "insutype", person.enrolments().getFirst().insutype(),
								"begntime", "2026-11-01 09:00:00", "mdtrt_cert_type", "02", "mdtrt_cert_no",
								person.certNo(), "ipt_otp_no", "MZ" + System.nanoTime() % 1_000_000_000L, "atddr_no",
								"D001", "dr_name", "王医生", "dept_code", "03", "dept_name", "内科"))));
		return registered.at("/data/mdtrt_id").asString();
	}

	private static Map<String, Object> settleInput(NewPerson person, String visitId) {
		return Map.of("data",
				Map.of("psn_no", person.psnNo(), "mdtrt_cert_type", "02", "mdtrt_cert_no", person.certNo(), "med_type",
						"11", "medfee_sumamt", new BigDecimal("500.00"), "psn_setlway", "01", "mdtrt_id", visitId,
						"chrg_bchno", "0000", "acct_used_flag", "1", "insutype", "310"));
	}

	private static void assertExampleB(JsonNode s) {
		assertThat(s.get("medfee_sumamt").decimalValue()).isEqualByComparingTo("500.00");
		assertThat(s.get("fulamt_ownpay_amt").decimalValue()).isEqualByComparingTo("50.00");
		assertThat(s.get("preselfpay_amt").decimalValue()).isEqualByComparingTo("15.00");
		assertThat(s.get("inscp_scp_amt").decimalValue()).isEqualByComparingTo("435.00");
		assertThat(s.get("act_pay_dedc").decimalValue()).isEqualByComparingTo("200.00");
		assertThat(s.get("hifp_pay").decimalValue()).isEqualByComparingTo("141.00");
		assertThat(s.get("pool_prop_selfpay").decimalValue()).isEqualByComparingTo("0.60");
		assertThat(s.get("fund_pay_sumamt").decimalValue()).isEqualByComparingTo("141.00");
		assertThat(s.get("psn_part_amt").decimalValue()).isEqualByComparingTo("359.00");
		assertThat(s.get("acct_pay").decimalValue()).isEqualByComparingTo("359.00");
		assertThat(s.get("psn_cash_pay").decimalValue()).isEqualByComparingTo("0.00");
		assertThat(s.get("balc").decimalValue()).isEqualByComparingTo("641.00");
	}

	static JsonNode ok(JsonNode answer) {
		assertThat(answer.get("infcode").asInt()).as(answer.path("err_msg").asString()).isZero();
		return answer.get("output");
	}

	private static JsonNode read(HttpResponse<String> response) {
		return org.sanyi.insurance.support.Json.MAPPER.readTree(response.body());
	}

	private long count(String sql) {
		return jdbc.sql(sql).query(Long.class).single();
	}

	private BigDecimal sum(String sql) {
		return jdbc.sql(sql).query(BigDecimal.class).single();
	}

	private BigDecimal balance(String psnNo) {
		return jdbc.sql("select balance from ins_personal_account where psn_no = :p")
			.param("p", psnNo)
			.query(BigDecimal.class)
			.single();
	}

}
