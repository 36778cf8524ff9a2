package org.sanyi.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.sanyi.IntegrationTest;
import org.sanyi.identity.healthcode.VoucherService;
import org.sanyi.insurance.GatewayFixtures;
import org.sanyi.insurance.HsaClient;
import org.sanyi.insurance.InsuranceAdmin;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * The demo resident 李春梅 pays with her insurance e-voucher at 云岫县总医院: the counter decodes
 * her QR (ec.query) into an ecToken, and the HIS runs the signed national transactions
 * 1101 (mdtrt_cert_type 01) → 2201 → 2203 → 2204 → 2206 → 2207 with it.
 */
@IntegrationTest
class EVoucherGatewayIT {

	static final String PSN_NO = "35992100000000000001";

	@LocalServerPort
	int port;

	@Autowired
	VoucherService vouchers;

	@Autowired
	InsuranceAdmin admin;

	@Autowired
	JdbcClient jdbc;

	@Test
	void demoResidentSettlesAnOutpatientVisitWithHerEVoucher() {
		GatewayFixtures.addExampleItems(admin);
		HsaClient his = GatewayFixtures.client(port, GatewayFixtures.COUNTY_HOSPITAL, "云岫县总医院").signIn();

		// her phone shows the voucher QR; the county hospital's counter scans and decodes
		// it
		String qr = vouchers.voucherQr("demo-resident-1", Instant.now());
		assertThat(qr).startsWith("SYE1:");
		var counter = new IdentityApiClient(port, "doctor");
		var decoded = counter.postJson("/api/identity/evoucher/decode",
				"{\"qrCode\":\"" + qr + "\",\"businessType\":\"01101\"}");
		assertThat(decoded.status()).isEqualTo(200);
		String token = decoded.body().path("ecToken").asString();
		assertThat(token).hasSize(32);
		assertThat(decoded.body().path("nameMasked").asString()).isEqualTo("李**");
		// the QR itself is single-use: a second scan of the same picture is a replay
		var again = counter.postJson("/api/identity/evoucher/decode", "{\"qrCode\":\"" + qr + "\"}");
		assertThat(again.status()).isEqualTo(403);
		assertThat(again.code()).isEqualTo("IDN-0008");

		// 1101 with the token instead of her ID number
		JsonNode info = ok(his.call("1101", Map.of("data", Map.of("mdtrt_cert_type", "01", "mdtrt_cert_no", token))));
		assertThat(info.at("/baseinfo/psn_no").asString()).isEqualTo(PSN_NO);
		assertThat(info.at("/baseinfo/psn_name").asString()).isEqualTo("李春梅");
		assertThat(info.at("/baseinfo/certno").asString()).startsWith("35992119860412");
		assertThat(info.at("/insuinfo/0/insutype").asString()).isEqualTo("310");
		BigDecimal balance = info.at("/insuinfo/0/balc").decimalValue();
		assertThat(tokenStatus(token)).isEqualTo("IDENTIFIED");

		// the token serves only the hospital that scanned the QR
		HsaClient city = GatewayFixtures.client(port, GatewayFixtures.CITY_HOSPITAL, GatewayFixtures.CITY_HOSPITAL_NAME)
			.signIn();
		JsonNode elsewhere = city.call("1101", Map.of("data", Map.of("mdtrt_cert_type", "01", "mdtrt_cert_no", token)));
		assertThat(elsewhere.path("infcode").asInt()).isNotZero();
		assertThat(elsewhere.path("err_msg").asString()).contains("INS-0045");

		JsonNode registered = ok(his.call("2201", Map.of("data",
				Map.of("psn_no", PSN_NO, "insutype", "310", "begntime", "2026-11-22 09:00:00", "mdtrt_cert_type", "01",
						"mdtrt_cert_no", token, "ipt_otp_no", "MZ-EV-" + System.nanoTime() % 1_000_000, "atddr_no",
						"D001", "dr_name", "张伟", "dept_code", "03", "dept_name", "内科"))));
		String visitId = registered.at("/data/mdtrt_id").asString();
		assertThat(visitId).isNotBlank();
		ok(his.call("2203",
				Map.of("mdtrtinfo",
						Map.of("mdtrt_id", visitId, "psn_no", PSN_NO, "med_type", "11", "begntime",
								"2026-11-22 09:00:00", "dise_codg", "J06.900", "dise_name", "急性上呼吸道感染"),
						"diseinfo",
						List.of(Map.of("diag_type", "1", "diag_srt_no", "1", "diag_code", "J06.900", "diag_name",
								"急性上呼吸道感染", "diag_dept", "内科", "dise_dor_no", "D001", "dise_dor_name", "张伟",
								"diag_time", "2026-11-22 09:10:00")))));
		ok(his.call("2204",
				Map.of("feedetail",
						List.of(GatewayFixtures.line(visitId, PSN_NO, "1", "T-A-SURGERY", "1", "300", "300.00"),
								GatewayFixtures.line(visitId, PSN_NO, "2", "T-B-DRUG", "1", "150", "150.00")))));

		Map<String, Object> settle = Map.of("data",
				Map.of("psn_no", PSN_NO, "mdtrt_cert_type", "01", "mdtrt_cert_no", token, "med_type", "11",
						"medfee_sumamt", new BigDecimal("450.00"), "psn_setlway", "01", "mdtrt_id", visitId,
						"chrg_bchno", "0000", "acct_used_flag", "1", "insutype", "310"));
		JsonNode pre = ok(his.call("2206", settle)).get("setlinfo");
		assertThat(pre.get("medfee_sumamt").decimalValue()).isEqualByComparingTo("450.00");
		assertThat(pre.get("mdtrt_cert_type").asString()).isEqualTo("01");
		JsonNode settled = ok(his.call("2207", settle)).get("setlinfo");
		String setlId = settled.get("setl_id").asString();
		assertThat(setlId).isNotBlank();
		BigDecimal fund = settled.get("fund_pay_sumamt").decimalValue();
		BigDecimal personal = settled.get("psn_part_amt").decimalValue();
		BigDecimal account = settled.get("acct_pay").decimalValue();
		assertThat(fund.add(personal)).isEqualByComparingTo("450.00");
		assertThat(fund.scale()).isEqualTo(2);
		assertThat(settled.get("balc").decimalValue()).isEqualByComparingTo(balance.subtract(account));
		assertThat(jdbc.sql("select count(*) from ins_settlement where mdtrt_id = :v and psn_no = :p")
			.param("v", visitId)
			.param("p", PSN_NO)
			.query(Long.class)
			.single()).isEqualTo(1);
		assertThat(jdbc.sql("select mdtrt_cert_type || '/' || mdtrt_cert_no from ins_visit where mdtrt_id = :v")
			.param("v", visitId)
			.query(String.class)
			.single()).isEqualTo("01/" + token);

		// single use: registration put the token in the visit, the settlement used it up
		assertThat(tokenStatus(token)).isEqualTo("SETTLED");
		JsonNode reused = his.call("1101", Map.of("data", Map.of("mdtrt_cert_type", "01", "mdtrt_cert_no", token)));
		assertThat(reused.path("infcode").asInt()).isNotZero();
		assertThat(reused.path("err_msg").asString()).contains("INS-0045");
		JsonNode forged = his.call("1101", Map.of("data", Map.of("mdtrt_cert_type", "01", "mdtrt_cert_no",
				token.substring(0, 31) + (token.charAt(31) == 'A' ? 'B' : 'A'))));
		assertThat(forged.path("err_msg").asString()).contains("INS-0045");
		JsonNode reRegistered = his.call("2201",
				Map.of("data",
						Map.of("psn_no", PSN_NO, "insutype", "310", "begntime", "2026-11-22 10:00:00",
								"mdtrt_cert_type", "01", "mdtrt_cert_no", token, "ipt_otp_no",
								"MZ-EV-" + System.nanoTime() % 1_000_000)));
		assertThat(reRegistered.path("err_msg").asString()).contains("INS-0045");
	}

	@Test
	void aTokenRegistersOnlyItsOwnPersonAndARefusalLeavesItUsable() {
		HsaClient his = GatewayFixtures.client(port, GatewayFixtures.COUNTY_HOSPITAL, "云岫县总医院").signIn();
		String token = new IdentityApiClient(port, "doctor")
			.postJson("/api/identity/evoucher/decode",
					"{\"qrCode\":\"" + vouchers.voucherQr("demo-resident-1", Instant.now()) + "\"}")
			.body()
			.path("ecToken")
			.asString();
		ok(his.call("1101", Map.of("data", Map.of("mdtrt_cert_type", "01", "mdtrt_cert_no", token))));
		String someoneElse = jdbc
			.sql("select psn_no from ins_person where psn_no <> :p and insuplc_admdvs = '359900' "
					+ "order by psn_no limit 1")
			.param("p", PSN_NO)
			.query(String.class)
			.single();
		long visits = jdbc.sql("select count(*) from ins_visit").query(Long.class).single();
		JsonNode refused = his.call("2201",
				Map.of("data",
						Map.of("psn_no", someoneElse, "insutype", "390", "begntime", "2026-11-22 09:00:00",
								"mdtrt_cert_type", "01", "mdtrt_cert_no", token, "ipt_otp_no",
								"MZ-EV-" + System.nanoTime() % 1_000_000)));
		assertThat(refused.path("err_msg").asString()).contains("INS-0063");
		assertThat(jdbc.sql("select count(*) from ins_visit").query(Long.class).single()).isEqualTo(visits);
		assertThat(tokenStatus(token)).isEqualTo("IDENTIFIED");
	}

	String tokenStatus(String token) {
		return jdbc.sql("select status from idn_ec_token where token = :t")
			.param("t", token)
			.query(String.class)
			.single();
	}

	static JsonNode ok(JsonNode answer) {
		assertThat(answer.path("infcode").asInt()).as(answer.path("err_msg").asString()).isZero();
		return answer.get("output");
	}

}
