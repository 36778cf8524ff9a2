package org.sanyi.insurance;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sanyi.IntegrationTest;
import org.sanyi.insurance.InsuranceAdmin.NewPerson;
import org.sanyi.insurance.reconciliation.ReconciliationService;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sanyi.insurance.GatewayFixtures.CITY_HOSPITAL;
import static org.sanyi.insurance.GatewayFixtures.CITY_HOSPITAL_NAME;
import static org.sanyi.insurance.GatewayFixtures.line;

/**
 * Interim settlement of a long stay (2304 with {@code mid_setl_flag 1}) and the refund of
 * a settled fee line the national way (2305 reverse, 2302 withdraw the line, 2304 settle
 * again), to the fen, with the year-to-date totals, the ledger and the reconciliation's
 * invariants consistent afterwards. Resident of the city, 2026 policy, grade-3 hospital:
 * deductible 600 for the first admission, the pool pays 90 %.
 */
@IntegrationTest
class GatewayInterimAndRefundIT {

	@LocalServerPort
	int port;

	@Autowired
	InsuranceAdmin admin;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ReconciliationService reconciliation;

	HsaClient his;

	@BeforeEach
	void setUp() {
		GatewayFixtures.addExampleItems(admin);
		his = GatewayFixtures.client(port, CITY_HOSPITAL, CITY_HOSPITAL_NAME).signIn();
	}

	@Test
	void aLongStaySettledInTwoPartsBearsTheDeductibleOnceAndPaysWhatOneSettlementPays() {
		NewPerson person = GatewayFixtures.resident("359900");
		admin.enrol(List.of(person));
		String visitId = admit(person);
		ok(his.call("2301", Map.of("feedetail",
				List.of(line(visitId, person.psnNo(), "1", "T-A-WARD", "15", "2000", "30000.00")))));

		JsonNode interim = ok(his.call("2304", settleInput(person, visitId, "30000.00", "1"))).get("setlinfo");

		assertThat(interim.get("act_pay_dedc").decimalValue()).isEqualByComparingTo("600.00");
		// 80 %: a 云岫县 resident at the city hospital without a 转院备案 (2501) loses the
		// 2026 resident rules' ten points
		assertThat(interim.get("hifp_pay").decimalValue()).isEqualByComparingTo("23520.00");
		assertThat(interim.get("psn_cash_pay").decimalValue()).isEqualByComparingTo("6480.00");
		assertThat(status(visitId)).isEqualTo("ADMITTED");
		JsonNode cancel = his.call("2404", Map.of("data", Map.of("mdtrt_id", visitId, "psn_no", person.psnNo())));
		assertThat(cancel.get("err_msg").asString()).startsWith("INS-0062").contains(interim.get("setl_id").asString());

		ok(his.call("2301", Map.of("feedetail",
				List.of(line(visitId, person.psnNo(), "2", "T-A-WARD", "10", "2000", "20000.00")))));
		discharge(person, visitId);
		JsonNode rest = ok(his.call("2304", settleInput(person, visitId, "20000.00", "0"))).get("setlinfo");

		assertThat(rest.get("act_pay_dedc").decimalValue()).isEqualByComparingTo("0.00");
		assertThat(rest.get("hifp_pay").decimalValue()).isEqualByComparingTo("16000.00");
		assertThat(rest.get("psn_cash_pay").decimalValue()).isEqualByComparingTo("4000.00");
		assertThat(status(visitId)).isEqualTo("SETTLED");
		assertThat(totals(person)).contains("\"admissions\": 1")
			.contains("\"pool.BASIC\": 39520.00")
			.contains("\"dedc.INPATIENT\": 600.00");

		JsonNode outOfOrder = his.call("2305", Map.of("data",
				Map.of("mdtrt_id", visitId, "setl_id", interim.get("setl_id").asString(), "psn_no", person.psnNo())));
		assertThat(outOfOrder.get("err_msg").asString()).startsWith("INS-0061");
		ok(his.call("2305", Map.of("data",
				Map.of("mdtrt_id", visitId, "setl_id", rest.get("setl_id").asString(), "psn_no", person.psnNo()))));
		assertThat(status(visitId)).isEqualTo("DISCHARGED");
		ok(his.call("2305", Map.of("data",
				Map.of("mdtrt_id", visitId, "setl_id", interim.get("setl_id").asString(), "psn_no", person.psnNo()))));
		assertThat(status(visitId)).isEqualTo("DISCHARGED");
		assertThat(totals(person)).isEqualTo("{}");
		assertThat(reconciliation.run("MANUAL", "test").ok()).isTrue();
	}

	@Test
	void aRefundedLineIsTakenOutByReversingWithdrawingAndSettlingAgainToTheFen() {
		NewPerson person = GatewayFixtures.resident("359900");
		admin.enrol(List.of(person));
		String visitId = admit(person);
		ok(his.call("2301",
				Map.of("feedetail",
						List.of(line(visitId, person.psnNo(), "1", "T-A-WARD", "5", "2000", "10000.00"),
								line(visitId, person.psnNo(), "2", "T-A-WARD", "2", "2000", "4000.00"),
								line(visitId, person.psnNo(), "3", "T-A-WARD", "1", "2000", "2000.00")))));
		discharge(person, visitId);
		JsonNode first = ok(his.call("2304", settleInput(person, visitId, "16000.00", "0"))).get("setlinfo");
		assertThat(first.get("hifp_pay").decimalValue()).isEqualByComparingTo("12320.00");

		// 退费 of line 3 after settlement: 2305, 2302 of that line, 2304 of the rest
		ok(his.call("2305", Map.of("data",
				Map.of("mdtrt_id", visitId, "setl_id", first.get("setl_id").asString(), "psn_no", person.psnNo()))));
		ok(his.call("2302", Map.of("data", Map.of("mdtrt_id", visitId, "feedetl_sn", "3", "psn_no", person.psnNo()))));
		JsonNode mismatch = his.call("2304", settleInput(person, visitId, "16000.00", "0"));
		assertThat(mismatch.get("err_msg").asString()).startsWith("INS-0041");
		JsonNode again = ok(his.call("2304", settleInput(person, visitId, "14000.00", "0"))).get("setlinfo");

		assertThat(again.get("medfee_sumamt").decimalValue()).isEqualByComparingTo("14000.00");
		assertThat(again.get("act_pay_dedc").decimalValue()).isEqualByComparingTo("600.00");
		assertThat(again.get("hifp_pay").decimalValue()).isEqualByComparingTo("10720.00");
		assertThat(again.get("psn_cash_pay").decimalValue()).isEqualByComparingTo("3280.00");
		assertThat(totals(person)).contains("\"admissions\": 1").contains("\"pool.BASIC\": 10720.00");
		assertThat(jdbc
			.sql("select sum(amount) from ins_ledger_entry e join ins_settlement s on s.setl_id = e.txn_id "
					+ "where s.mdtrt_id = :v and e.account_kind = 'FUND'")
			.param("v", visitId)
			.query(BigDecimal.class)
			.single()).isEqualByComparingTo("-10720.00");
		assertThat(jdbc.sql("select status from ins_fee_line where mdtrt_id = :v and feedetl_sn = '3'")
			.param("v", visitId)
			.query(String.class)
			.single()).isEqualTo("CANCELLED");
		assertThat(reconciliation.run("MANUAL", "test").ok()).isTrue();
	}

	@Test
	void settlementByFixedAmountIsStillRefusedWithAReason() {
		NewPerson person = GatewayFixtures.resident("359900");
		admin.enrol(List.of(person));
		String visitId = admit(person);
		Map<String, Object> input = new java.util.HashMap<>(settleInput(person, visitId, "0.00", "1"));
		@SuppressWarnings("unchecked")
		Map<String, Object> data = new java.util.HashMap<>((Map<String, Object>) input.get("data"));
		data.put("psn_setlway", "02");

		JsonNode refused = his.call("2304", Map.of("data", data));

		assertThat(refused.get("err_msg").asString()).startsWith("INS-0048").contains("按定额");
	}

	private String admit(NewPerson person) {
		return ok(his.call("2401", GatewayFixtures.admission(person, "2026-09-01 08:30:00", "内科", "I63.900", "脑梗死")))
			.at("/result/mdtrt_id")
			.asString();
	}

	private void discharge(NewPerson person, String visitId) {
		ok(his.call("2402", Map.of("dscginfo", Map.of("mdtrt_id", visitId, "psn_no", person.psnNo(), "insutype", "390",
				"endtime", "2026-11-20 10:00:00", "dise_codg", "I63.900", "dise_name", "脑梗死", "dscg_way", "1"))));
	}

	private static Map<String, Object> settleInput(NewPerson person, String visitId, String total, String mid) {
		return Map.of("data",
				Map.of("psn_no", person.psnNo(), "mdtrt_cert_type", "02", "mdtrt_cert_no", person.certNo(),
						"medfee_sumamt", new BigDecimal(total), "psn_setlway", "01", "mdtrt_id", visitId,
						"acct_used_flag", "0", "insutype", "390", "mid_setl_flag", mid));
	}

	private String status(String visitId) {
		return jdbc.sql("select status from ins_visit where mdtrt_id = :v")
			.param("v", visitId)
			.query(String.class)
			.single();
	}

	private String totals(NewPerson person) {
		return jdbc.sql("select totals::text from ins_accumulator where psn_no = :p and year = 2026")
			.param("p", person.psnNo())
			.query(String.class)
			.single();
	}

	private static JsonNode ok(JsonNode answer) {
		assertThat(answer.get("infcode").asInt()).as(answer.path("err_msg").asString()).isZero();
		return answer.get("output");
	}

}
