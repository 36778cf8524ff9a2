package org.sanyi.insurance;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.sanyi.IntegrationTest;
import org.sanyi.drg.DrgPayments;
import org.sanyi.insurance.InsuranceAdmin.NewPerson;
import org.sanyi.shared.IdNumber;
import org.sanyi.shared.Masking;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sanyi.insurance.GatewayFixtures.CITY_HOSPITAL;
import static org.sanyi.insurance.GatewayFixtures.CITY_HOSPITAL_NAME;
import static org.sanyi.insurance.GatewayFixtures.line;

/**
 * No ID number is stored in the clear anywhere: after a person is looked up (1101, also
 * with an unknown number), an inpatient stay is settled with the ID card as certificate
 * and its settlement list uploaded (4101 with certno), every text column of every table
 * is scanned for an ID number. The person is still found by ID number, the settlement
 * page shows it masked, and a replayed msgid gets the stored answer with the number
 * unchanged.
 */
@IntegrationTest
class PersonalDataAtRestIT {

	/**
	 * An 18-character ID number on its own (as Masking masks them), checked by its check
	 * character below.
	 */
	private static final String ID_NUMBER = "[1-9][0-9]{5}(18|19|20)[0-9]{2}(0[1-9]|1[0-2])(0[1-9]|[12][0-9]|3[01])[0-9]{3}[0-9Xx]";

	private static final Pattern BOUNDED = Pattern.compile("(?<![0-9A-Za-z])" + ID_NUMBER + "(?![0-9A-Za-z])");

	@LocalServerPort
	int port;

	@Autowired
	InsuranceAdmin admin;

	@Autowired
	DrgPayments payments;

	@Autowired
	JdbcClient jdbc;

	@Test
	void afterASettlementAndASettlementListNoTableHoldsAnIdNumberInTheClear() {
		GatewayFixtures.addExampleItems(admin);
		HsaClient his = GatewayFixtures.client(port, CITY_HOSPITAL, CITY_HOSPITAL_NAME).signIn();
		NewPerson person = GatewayFixtures.resident("359900");
		admin.enrol(List.of(person));

		String msgid = his.nextMsgid();
		byte[] lookup = his.body("1101",
				Map.of("data", Map.of("mdtrt_cert_type", "02", "mdtrt_cert_no", person.certNo())), msgid, "359900");
		String answered = his.post("1101", lookup).body();
		assertThat(answered).contains("\"certno\":\"" + person.certNo() + "\"");
		String unknown = "359921" + "19800101" + "999";
		JsonNode refused = his.call("1101", Map.of("data",
				Map.of("mdtrt_cert_type", "02", "mdtrt_cert_no", unknown + IdNumber.checkCharacter(unknown))));
		assertThat(refused.get("infcode").asInt()).isNotZero();

		String setlId = settleAndList(his, person);

		List<String> found = idNumbersInTheClear();
		assertThat(found).as("ID numbers stored in the clear (table.column: masked value)").isEmpty();

		// still found by its number, shown masked, replayed unchanged
		assertThat(his.call("1101", Map.of("data", Map.of("mdtrt_cert_type", "02", "mdtrt_cert_no", person.certNo())))
			.at("/output/baseinfo/psn_no")
			.asString()).isEqualTo(person.psnNo());
		assertThat(org.sanyi.HttpSession.loggedIn(port, "ybj", "Sanyi@2026")
			.get("/insurance/settlements/" + setlId)
			.body()).contains(Masking.idNumber(person.certNo())).doesNotContain(person.certNo());
		assertThat(his.post("1101", lookup).body()).as("the replay answers the stored answer").isEqualTo(answered);
		assertThat(jdbc.sql("select request from ins_message where msgid = :m")
			.param("m", msgid)
			.query(String.class)
			.single()).contains(Masking.idNumber(person.certNo()));
	}

	private String settleAndList(HsaClient his, NewPerson person) {
		JsonNode admitted = ok(
				his.call("2401", GatewayFixtures.admission(person, "2026-11-01 08:30:00", "外科", "K80.200", "胆囊结石")));
		String visitId = admitted.at("/result/mdtrt_id").asString();
		ok(his.call("2301", Map.of("feedetail",
				List.of(line(visitId, person.psnNo(), "1", "T-A-SURGERY", "1", "60000", "60000.00")))));
		ok(his.call("2402",
				Map.of("dscginfo",
						Map.of("mdtrt_id", visitId, "psn_no", person.psnNo(), "insutype", "390", "endtime",
								"2026-11-20 10:00:00", "dise_codg", "K80.200", "dise_name", "胆囊结石", "dscg_way", "1"),
						"diseinfo", List.of(Map.of("diag_type", "1", "maindiag_flag", "1", "diag_srt_no", "1",
								"diag_code", "K80.200", "diag_name", "胆囊结石")))));
		JsonNode settled = ok(his.call("2304",
				Map.of("data",
						Map.of("psn_no", person.psnNo(), "mdtrt_cert_type", "02", "mdtrt_cert_no", person.certNo(),
								"medfee_sumamt", new BigDecimal("60000.00"), "psn_setlway", "01", "mdtrt_id", visitId,
								"acct_used_flag", "0", "insutype", "390", "mid_setl_flag", "0"))));
		assertThat(payments.awaitSettlementEvents(Duration.ofSeconds(30))).isTrue();
		JsonNode s = settled.get("setlinfo");
		Map<String, Object> setlinfo = new LinkedHashMap<>();
		setlinfo.put("setl_id", s.get("setl_id").asString());
		setlinfo.put("mdtrt_id", visitId);
		setlinfo.put("psn_no", person.psnNo());
		setlinfo.put("psn_name", person.name());
		setlinfo.put("certno", person.certNo());
		setlinfo.put("gend", person.sex());
		setlinfo.put("brdy", person.birthDate().toString());
		setlinfo.put("age", String
			.valueOf(java.time.temporal.ChronoUnit.YEARS.between(person.birthDate(), LocalDate.of(2026, 11, 1))));
		setlinfo.put("adm_time", "2026-11-01 08:30:00");
		setlinfo.put("dscg_time", "2026-11-20 10:00:00");
		setlinfo.put("act_ipt_days", "19");
		setlinfo.put("adm_caty", "A04.01");
		setlinfo.put("dscg_caty", "A04.01");
		setlinfo.put("dscg_way", "1");
		setlinfo.put("acct_pay", s.get("acct_pay").decimalValue());
		setlinfo.put("psn_cashpay", s.get("psn_cash_pay").decimalValue());
		ok(his.call("4101",
				Map.of("setlinfo", setlinfo, "diseinfo", List
					.of(Map.of("diag_type", "1", "diag_code", "K80.200", "diag_name", "", "maindiag_flag", "1")),
						"oprninfo", List.of())));
		return s.get("setl_id").asString();
	}

	/**
	 * Every text, character and JSON column of every table, scanned by PostgreSQL,
	 * checked here.
	 */
	private List<String> idNumbersInTheClear() {
		Map<String, List<String>> columns = new LinkedHashMap<>();
		jdbc.sql("""
				select c.table_name, c.column_name from information_schema.columns c
				join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name
				where c.table_schema = 'public' and t.table_type = 'BASE TABLE'
				  and c.data_type in ('text', 'character varying', 'character', 'json', 'jsonb')
				order by c.table_name, c.ordinal_position""")
			.query((rs, i) -> Map.entry(rs.getString(1), rs.getString(2)))
			.list()
			.forEach(e -> columns.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
		assertThat(columns).containsKeys("ins_person", "ins_message", "ins_visit", "drg_setl_list", "sec_audit_log");
		List<String> found = new ArrayList<>();
		columns.forEach((table, names) -> {
			for (String column : names) {
				jdbc.sql("select \"" + column + "\"::text from \"" + table + "\" where \"" + column
						+ "\"::text ~ :p limit 50")
					.param("p", ID_NUMBER)
					.query(String.class)
					.list()
					.forEach(value -> {
						Matcher m = BOUNDED.matcher(value);
						while (m.find()) {
							if (IdNumber.isValid(m.group().toUpperCase(), LocalDate.now())) {
								found.add(table + "." + column + ": " + Masking.idNumber(m.group()));
							}
						}
					});
			}
		});
		return found;
	}

	private static JsonNode ok(JsonNode answer) {
		assertThat(answer.get("infcode").asInt()).as(answer.path("err_msg").asString()).isZero();
		return answer.get("output");
	}

}
