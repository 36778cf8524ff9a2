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
import static org.sanyi.insurance.GatewayFixtures.refund;

/**
 * Refund lines (退费明细) over the national interface: a new line with
 * {@code init_feedetl_sn}, negative cnt and amount, uploaded with 2204/2301 before
 * settlement. The split answered for it, the settlement of the net quantities (to the fen
 * the same as uploading the net quantities directly), the refusals that store nothing,
 * and what cancelling (2302) does with refunds.
 */
@IntegrationTest
class GatewayRefundLinesIT {

	private static final String[] SPLIT = { "medfee_sumamt", "fulamt_ownpay_amt", "overlmt_selfpay", "preselfpay_amt",
			"inscp_scp_amt", "act_pay_dedc", "hifp_pay", "pool_prop_selfpay", "fund_pay_sumamt", "psn_part_amt",
			"acct_pay", "psn_cash_pay", "balc" };

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
	void refundsOfOneUnitOfAClassBLineAndAllOfAClassALineSettleLikeTheNetQuantitiesUploadedDirectly() {
		NewPerson refunded = GatewayFixtures.employee("1000.00");
		NewPerson direct = GatewayFixtures.employee("1000.00");
		admin.enrol(List.of(refunded, direct));

		// visit A: 3 lines, then 1 of the 3 乙类 units and both 甲类 ward days refunded
		String a = register(refunded);
		ok(his.call("2204",
				Map.of("feedetail",
						List.of(line(a, refunded.psnNo(), "1", "T-A-WARD", "2", "45.5", "91.00"),
								line(a, refunded.psnNo(), "2", "T-B-DRUG", "3", "33.335", "100.01"),
								line(a, refunded.psnNo(), "3", "T-A-SURGERY", "1", "300", "300.00")))));
		JsonNode answer = ok(his.call("2204",
				Map.of("feedetail",
						List.of(refund(a, refunded.psnNo(), "4", "2", "T-B-DRUG", "-1", "33.335", "-33.34"),
								refund(a, refunded.psnNo(), "5", "1", "T-A-WARD", "-2", "45.5", "-91.00")))))
			.get("result");

		// 乙类 100.01: 先行自付 10.00 (10.001), in scope 90.01; net 66.67: 6.67 (6.667) and
		// 60.00
		JsonNode drug = answer.get(0);
		assertThat(drug.get("feedetl_sn").asString()).isEqualTo("4");
		assertThat(drug.get("init_feedetl_sn").asString()).isEqualTo("2");
		assertThat(drug.get("chrgitm_lv").asString()).isEqualTo("02");
		assertThat(drug.get("det_item_fee_sumamt").decimalValue()).isEqualByComparingTo("-33.34");
		assertThat(drug.get("preselfpay_amt").decimalValue()).isEqualByComparingTo("-3.33");
		assertThat(drug.get("inscp_scp_amt").decimalValue()).isEqualByComparingTo("-30.01");
		assertThat(drug.get("fulamt_ownpay_amt").decimalValue()).isEqualByComparingTo("0");
		JsonNode ward = answer.get(1);
		assertThat(ward.get("inscp_scp_amt").decimalValue()).isEqualByComparingTo("-91.00");
		assertThat(ward.get("preselfpay_amt").decimalValue()).isEqualByComparingTo("0");

		// visit B: the net quantities uploaded directly
		String b = register(direct);
		ok(his.call("2204",
				Map.of("feedetail", List.of(line(b, direct.psnNo(), "1", "T-B-DRUG", "2", "33.335", "66.67"),
						line(b, direct.psnNo(), "2", "T-A-SURGERY", "1", "300", "300.00")))));

		// the stored splits of A add up to those of B, part by part
		assertThat(partSums(a)).isEqualTo(partSums(b)).isEqualTo("366.67|0.00|0.00|6.67|360.00");

		// A settles its charge batch B1: the refunds (uploaded in batch B2) go with their
		// originals
		JsonNode preA = ok(his.call("2206", settleInput(refunded, a, "366.67", "B1"))).get("setlinfo");
		JsonNode preB = ok(his.call("2206", settleInput(direct, b, "366.67", "0000"))).get("setlinfo");
		assertSameSplit(preA, preB);
		assertThat(preA.get("hifp_pay").decimalValue()).isEqualByComparingTo("96.00");

		JsonNode settledA = ok(his.call("2207", settleInput(refunded, a, "366.67", "B1"))).get("setlinfo");
		JsonNode settledB = ok(his.call("2207", settleInput(direct, b, "366.67", "0000"))).get("setlinfo");
		assertSameSplit(settledA, settledB);
		assertSameSplit(settledA, preA);
		String setlId = settledA.get("setl_id").asString();
		assertThat(count("select count(*) from ins_settlement_line where setl_id = '" + setlId + "'")).isEqualTo(5);
		assertThat(
				count("select count(*) from ins_fee_line where mdtrt_id = '" + a + "' and setl_id = '" + setlId + "'"))
			.isEqualTo(5);
		assertThat(ok(
				his.call("5204", Map.of("data", Map.of("psn_no", refunded.psnNo(), "setl_id", setlId, "mdtrt_id", a))))
			.get("output")).hasSize(5);

		// reversing frees the refunds with their originals; the visit settles again to
		// the same amounts
		ok(his.call("2208", Map.of("data", Map.of("setl_id", setlId, "mdtrt_id", a, "psn_no", refunded.psnNo()))));
		assertThat(count("select count(*) from ins_fee_line where mdtrt_id = '" + a + "' and setl_id is null"))
			.isEqualTo(5);
		JsonNode again = ok(his.call("2207", settleInput(refunded, a, "366.67", "0000"))).get("setlinfo");
		assertSameSplit(again, settledB);
		assertThat(reconciliation.run("MANUAL", "test").ok()).isTrue();
	}

	@Test
	void refundsThatDoNotFitAreRefusedWholeAndStoreNothing() {
		NewPerson person = GatewayFixtures.employee("500.00");
		admin.enrol(List.of(person));
		String v = register(person);
		ok(his.call("2204",
				Map.of("feedetail", List.of(line(v, person.psnNo(), "1", "T-B-DRUG", "3", "33.335", "100.01"),
						line(v, person.psnNo(), "2", "T-A-SURGERY", "1", "300", "300.00")))));
		ok(his.call("2204", Map.of("feedetail",
				List.of(refund(v, person.psnNo(), "3", "1", "T-B-DRUG", "-1", "33.335", "-33.34")))));
		long lines = count("select count(*) from ins_fee_line where mdtrt_id = '" + v + "'");
		String splits = partSums(v);

		assertRefused(v, refund(v, person.psnNo(), "9", "99", "T-B-DRUG", "-1", "33.335", "-33.34"), "INS-0083", "99");
		// refunding a refund line is refunding an unknown original
		assertRefused(v, refund(v, person.psnNo(), "9", "3", "T-B-DRUG", "-1", "33.335", "-33.34"), "INS-0083", "3");
		// 3 charged, 1 refunded: 2 are left
		assertRefused(v, refund(v, person.psnNo(), "9", "1", "T-B-DRUG", "-3", "33.335", "-100.01"), "INS-0087", "9");
		assertRefused(v, refund(v, person.psnNo(), "9", "1", "T-A-WARD", "-1", "33.335", "-33.34"), "INS-0085", "9");
		assertRefused(v, refund(v, person.psnNo(), "9", "1", "T-B-DRUG", "-1", "33.33", "-33.33"), "INS-0086", "9");
		assertRefused(v, refund(v, person.psnNo(), "9", "1", "T-B-DRUG", "-1", "33.335", "-33.33"), "INS-0001", "9");
		assertRefused(v, line(v, person.psnNo(), "9", "T-B-DRUG", "-1", "33.335", "-33.34"), "INS-0088", "9");
		assertRefused(v, refund(v, person.psnNo(), "9", "1", "T-B-DRUG", "1", "33.335", "33.34"), "INS-0088", "9");

		assertThat(count("select count(*) from ins_fee_line where mdtrt_id = '" + v + "'")).isEqualTo(lines);
		assertThat(partSums(v)).isEqualTo(splits);
	}

	@Test
	void aSettledOriginalCannotBeRefundedByALine() {
		NewPerson person = GatewayFixtures.resident("359900");
		admin.enrol(List.of(person));
		String v = admit(person);
		ok(his.call("2301",
				Map.of("feedetail", List.of(line(v, person.psnNo(), "1", "T-A-WARD", "5", "2000", "10000.00")))));
		String interim = ok(his.call("2304", inpatientSettleInput(person, v, "10000.00", "1"))).at("/setlinfo/setl_id")
			.asString();
		long lines = count("select count(*) from ins_fee_line where mdtrt_id = '" + v + "'");

		String msgid = his.nextMsgid();
		JsonNode refused = his.call("2301",
				Map.of("feedetail",
						List.of(line(v, person.psnNo(), "2", "T-A-WARD", "1", "2000", "2000.00"),
								refund(v, person.psnNo(), "3", "1", "T-A-WARD", "-1", "2000", "-2000.00"))),
				msgid, "359900");

		assertThat(refused.get("infcode").asInt()).isEqualTo(-2);
		assertThat(refused.get("err_msg").asString()).startsWith("INS-0084").contains(interim);
		assertThat(count("select count(*) from ins_fee_line where mdtrt_id = '" + v + "'")).isEqualTo(lines);
		assertThat(count("select count(*) from ins_message where msgid = '" + msgid + "'")).isZero();
	}

	@Test
	void inpatientRefundsAreCancelledWithTheirOriginalAndAloneOnlyWhenTheRestStillSplitsLikeTheNet() {
		NewPerson person = GatewayFixtures.resident("359900");
		admin.enrol(List.of(person));
		String v = admit(person);
		ok(his.call("2301",
				Map.of("feedetail", List.of(line(v, person.psnNo(), "1", "T-B-DRUG", "3", "33.335", "100.01"),
						refund(v, person.psnNo(), "2", "1", "T-B-DRUG", "-1", "33.335", "-33.34")))));
		JsonNode second = ok(his.call("2301",
				Map.of("feedetail",
						List.of(refund(v, person.psnNo(), "3", "1", "T-B-DRUG", "-1", "33.335", "-33.34")))))
			.get("result")
			.get(0);
		// net 33.33: 先行自付 3.33 (3.333), in scope 30.00; before 6.67 and 60.00
		assertThat(second.get("preselfpay_amt").decimalValue()).isEqualByComparingTo("-3.34");
		assertThat(second.get("inscp_scp_amt").decimalValue()).isEqualByComparingTo("-30.00");

		// without the first refund, the original and the second would not split like 2
		// units (6.67 / 60.00)
		JsonNode refused = his.call("2302", cancelInput(person, v, "2"));
		assertThat(refused.get("err_msg").asString()).startsWith("INS-0089").contains("2");
		assertThat(active(v)).isEqualTo(3);
		// the last refund can go alone
		ok(his.call("2302", cancelInput(person, v, "3")));
		assertThat(active(v)).isEqualTo(2);
		assertThat(partSums(v)).isEqualTo("66.67|0.00|0.00|6.67|60.00");
		// the original takes its refunds with it
		ok(his.call("2302", cancelInput(person, v, "1")));
		assertThat(active(v)).isZero();
	}

	/**
	 * Uploads a good charge line with the bad one: the whole upload is refused, naming
	 * the bad line.
	 */
	private void assertRefused(String visitId, Map<String, Object> bad, String code, String lineNo) {
		String msgid = his.nextMsgid();
		JsonNode answer = his.call("2204",
				Map.of("feedetail", List
					.of(line(visitId, (String) bad.get("psn_no"), "8", "T-A-SURGERY", "1", "10", "10.00"), bad)),
				msgid, "359900");
		assertThat(answer.get("infcode").asInt()).as(answer.toString()).isEqualTo(-2);
		assertThat(answer.get("err_msg").asString()).startsWith(code).contains(lineNo);
		assertThat(count("select count(*) from ins_message where msgid = '" + msgid + "'")).isZero();
	}

	private static void assertSameSplit(JsonNode actual, JsonNode expected) {
		for (String field : SPLIT) {
			assertThat(actual.get(field).decimalValue()).as(field)
				.isEqualByComparingTo(expected.get(field).decimalValue());
		}
	}

	/**
	 * The visit's active lines' amounts and parts, summed: amount|full own-pay|over
	 * limit|先行自付|in scope.
	 */
	private String partSums(String visitId) {
		return jdbc.sql("""
				select sum(det_item_fee_sumamt) || '|' || sum(fulamt_ownpay_amt) || '|' || sum(overlmt_amt) || '|'
				       || sum(preselfpay_amt) || '|' || sum(inscp_scp_amt)
				from ins_fee_line where mdtrt_id = :v and status = 'ACTIVE'
				""").param("v", visitId).query(String.class).single();
	}

	private long active(String visitId) {
		return count("select count(*) from ins_fee_line where mdtrt_id = '" + visitId + "' and status = 'ACTIVE'");
	}

	private String register(NewPerson person) {
		return ok(his.call("2201", GatewayFixtures.registration(person))).at("/data/mdtrt_id").asString();
	}

	private String admit(NewPerson person) {
		return ok(
				his.call(
						"2401", Map
							.of("mdtrtinfo",
									Map.ofEntries(Map.entry("psn_no", person.psnNo()), Map.entry("insutype", "390"),
											Map.entry("begntime", "2026-09-01 08:30:00"),
											Map.entry("mdtrt_cert_type", "02"),
											Map.entry("mdtrt_cert_no", person.certNo()), Map.entry("med_type", "21"),
											Map.entry("ipt_no", "ZY" + System.nanoTime() % 1_000_000_000L),
											Map.entry("dise_codg", "I63.900"), Map.entry("dise_name", "脑梗死")),
									"diseinfo",
									List.of(Map.of("psn_no", person.psnNo(), "diag_type", "1", "maindiag_flag", "1",
											"diag_srt_no", "1", "diag_code", "I63.900", "diag_name", "脑梗死")))))
			.at("/result/mdtrt_id")
			.asString();
	}

	private static Map<String, Object> settleInput(NewPerson person, String visitId, String total, String batch) {
		return Map.of("data",
				Map.of("psn_no", person.psnNo(), "mdtrt_cert_type", "02", "mdtrt_cert_no", person.certNo(), "med_type",
						"11", "medfee_sumamt", new BigDecimal(total), "psn_setlway", "01", "mdtrt_id", visitId,
						"chrg_bchno", batch, "acct_used_flag", "1", "insutype", "310"));
	}

	private static Map<String, Object> inpatientSettleInput(NewPerson person, String visitId, String total,
			String mid) {
		return Map.of("data",
				Map.of("psn_no", person.psnNo(), "mdtrt_cert_type", "02", "mdtrt_cert_no", person.certNo(),
						"medfee_sumamt", new BigDecimal(total), "psn_setlway", "01", "mdtrt_id", visitId,
						"acct_used_flag", "0", "insutype", "390", "mid_setl_flag", mid));
	}

	private static Map<String, Object> cancelInput(NewPerson person, String visitId, String sn) {
		return Map.of("data", Map.of("mdtrt_id", visitId, "feedetl_sn", sn, "psn_no", person.psnNo()));
	}

	private long count(String sql) {
		return jdbc.sql(sql).query(Long.class).single();
	}

	private static JsonNode ok(JsonNode answer) {
		assertThat(answer.get("infcode").asInt()).as(answer.path("err_msg").asString()).isZero();
		return answer.get("output");
	}

}
