package org.sanyi.drg;

import java.math.BigDecimal;
import java.time.Duration;
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
 * The settlement list on the national gateway: an inpatient settled through 2401…2304
 * reaches the DRG module through SettlementCompleted; 4101 with every kind of quality
 * problem is refused with all of them and stores nothing; a good list is grouped by the
 * city's demo scheme and answered with its setl_list_id; 4101A for the same settlement
 * supersedes it (history kept); another hospital's settlement, an unknown one and a
 * reversed one are refused. And the demo year: lists uploaded for the demo inpatient
 * settlements, grouped into the scheme's DRGs, weights and base rates approved, months
 * settled.
 */
@IntegrationTest
class DrgSettlementListIT {

	@LocalServerPort
	int port;

	@Autowired
	InsuranceAdmin admin;

	@Autowired
	DrgPayments payments;

	@Autowired
	JdbcClient jdbc;

	HsaClient his;

	@BeforeEach
	void setUp() {
		GatewayFixtures.addExampleItems(admin);
		his = GatewayFixtures.client(port, CITY_HOSPITAL, CITY_HOSPITAL_NAME).signIn();
	}

	@Test
	void listIsCheckedGroupedStoredAndReplacedByACorrection() {
		NewPerson person = GatewayFixtures.resident("359900");
		admin.enrol(List.of(person));
		Settled s = settleGallstones(person);

		JsonNode bad = his.call("4101",
				input(s, person,
						Map.of("gend", "1", "age", "19", "act_ipt_days", "3", "dscg_caty", "X99", "acct_pay", "1.00"),
						List.of(dx("O80.000", "1"), dx("K80.999", "0")), List.of(op("51.2300", "1", "2026-10-01"))));
		assertThat(bad.get("infcode").asInt()).isEqualTo(-2);
		// the answer's err_msg is the envelope's 200 characters; the refused-message log
		// keeps every problem
		assertThat(bad.get("err_msg").asString()).startsWith("DRG-0021")
			.contains("setlinfo.act_ipt_days", "应为 19 天")
			.hasSizeLessThanOrEqualTo(200)
			.endsWith("…");
		String err = jdbc
			.sql("select err_msg from ins_message_error where fixmedins_code = :i and infno = '4101' "
					+ "order by id desc limit 1")
			.param("i", CITY_HOSPITAL)
			.query(String.class)
			.single();
		assertThat(err).startsWith("DRG-0021")
			.contains("setlinfo.age", "setlinfo.act_ipt_days", "应为 19 天", "setlinfo.dscg_caty", "setlinfo.acct_pay",
					"diseinfo[1].diag_code", "K80.999", "diseinfo[0].diag_code：诊断 O80.000 只适用于女性患者",
					"oprninfo[0].oprn_oprt_date");
		assertThat(count("select count(*) from drg_setl_list where setl_id = :s", s.setlId())).isZero();

		JsonNode good = ok(his.call("4101", input(s, person, Map.of(), List.of(dx("K80.200", "1"), dx("E11.900", "0")),
				List.of(op("51.2300", "1", "2026-11-02")))));
		String first = good.at("/data/setl_list_id").asString();
		assertThat(first).startsWith("SL359900");
		Map<String, Object> row = jdbc
			.sql("select status, drg, adrg, complication, scheme_region, current_version, "
					+ "jsonb_array_length(trace) as steps from drg_setl_list where setl_list_id = :id")
			.param("id", first)
			.query()
			.singleRow();
		assertThat(row).containsEntry("status", "SUCCESS")
			.containsEntry("adrg", "HC2")
			.containsEntry("scheme_region", "359900")
			.containsEntry("current_version", true);
		assertThat((String) row.get("drg")).startsWith("HC2");
		assertThat(((Number) row.get("steps")).intValue()).isGreaterThan(3);

		Map<String, Object> corrected = input(s, person, Map.of(), List.of(dx("K80.200", "1")), List.of());
		((Map<String, Object>) corrected.get("setlinfo")).remove("acct_pay");
		((Map<String, Object>) corrected.get("setlinfo")).remove("psn_cashpay");
		String second = ok(his.call("4101A", corrected)).at("/data/setl_list_id").asString();
		assertThat(second).isNotEqualTo(first);
		assertThat(jdbc.sql("select superseded_by from drg_setl_list where setl_list_id = :id")
			.param("id", first)
			.query(String.class)
			.single()).isEqualTo(second);
		assertThat(count("select count(*) from drg_setl_list where setl_id = :s and current_version", s.setlId()))
			.isEqualTo(1);
		assertThat(jdbc.sql("select drg from drg_setl_list where setl_list_id = :id")
			.param("id", second)
			.query(String.class)
			.single()).isEqualTo("HS15");

		HsaClient county = GatewayFixtures.client(port, COUNTY_HOSPITAL, "云岫县总医院").signIn();
		JsonNode foreign = county.call("4101", input(s, person, Map.of(), List.of(dx("K80.200", "1")), List.of()));
		assertThat(foreign.get("err_msg").asString()).startsWith("DRG-0022");
		Settled unknown = new Settled("S-NOT-THERE", s.mdtrtId(), s.acctPay(), s.cashPay());
		assertThat(his.call("4101", input(unknown, person, Map.of(), List.of(dx("K80.200", "1")), List.of()))
			.get("err_msg")
			.asString()).startsWith("DRG-0022");

		ok(his.call("2305",
				Map.of("data", Map.of("mdtrt_id", s.mdtrtId(), "setl_id", s.setlId(), "psn_no", person.psnNo()))));
		assertThat(payments.awaitSettlementEvents(Duration.ofSeconds(30))).isTrue();
		assertThat(his.call("4101", input(s, person, Map.of(), List.of(dx("K80.200", "1")), List.of()))
			.get("err_msg")
			.asString()).startsWith("DRG-0023");
	}

	@Test
	void demoYearIsListedGroupedWeightedAndSettled() {
		long lists = count(
				"select count(*) from drg_setl_list where current_version and institution_region like '3599%'", null);
		long grouped = count("select count(*) from drg_setl_list where current_version and status = 'SUCCESS' "
				+ "and drg <> '0000' and institution_region like '3599%'", null);
		assertThat(lists).isGreaterThan(100);
		// the demo's cases fit the demo scheme: only the few it has no group for are paid
		// by item
		assertThat(grouped).isGreaterThan(lists * 9 / 10);
		assertThat(count("select count(distinct adrg) from drg_setl_list where current_version and status = 'SUCCESS'",
				null))
			.isGreaterThanOrEqualTo(15);
		assertThat(count("select count(*) from drg_param_version where status = 'APPROVED' and region_code = '359900'",
				null))
			.isGreaterThanOrEqualTo(2);
		assertThat(jdbc.sql("select effective_to from drg_param_version where code = '359900-DRG-20250101'")
			.query(String.class)
			.single()).isEqualTo("2025-12-31");
		assertThat(count("select count(*) from drg_weight w join drg_param_version v on v.id = w.version_id "
				+ "where v.code = '359900-DRG-20260101' and w.rw is not null", null))
			.isGreaterThan(0);
		assertThat(count("select count(*) from drg_month where cmi is not null and settle_rate is not null", null))
			.isGreaterThan(0);
		assertThat(count("select count(*) from drg_month_case", null))
			.isEqualTo(count("select count(*) from drg_setl_list l join drg_settlement s on s.setl_id = l.setl_id "
					+ "where l.current_version and not s.reversed and l.dscg_time < '2026-11-01' "
					+ "and l.institution_region like '3599%'", null));
		// every month row adds up its cases, to the fen
		assertThat(
				count("""
						select count(*) from drg_month m where m.drg_fund <> (select sum(drg_fund) from drg_month_case c
						where c.month_id = m.id) or m.cases <> (select count(*) from drg_month_case c where c.month_id = m.id)""",
						null))
			.isZero();
	}

	record Settled(String setlId, String mdtrtId, BigDecimal acctPay, BigDecimal cashPay) {
	}

	private Settled settleGallstones(NewPerson person) {
		JsonNode admitted = ok(
				his.call("2401", GatewayFixtures.admission(person, "2026-11-01 08:30:00", "外科", "K80.200", "胆囊结石")));
		String visitId = admitted.at("/result/mdtrt_id").asString();
		ok(his.call("2301",
				Map.of("feedetail", List.of(line(visitId, person.psnNo(), "1", "T-A-SURGERY", "1", "60000", "60000.00"),
						line(visitId, person.psnNo(), "2", "T-A-WARD", "5", "2000", "10000.00")))));
		ok(his.call("2402",
				Map.of("dscginfo",
						Map.of("mdtrt_id", visitId, "psn_no", person.psnNo(), "insutype", "390", "endtime",
								"2026-11-20 10:00:00", "dise_codg", "K80.200", "dise_name", "胆囊结石", "dscg_way", "1"),
						"diseinfo", List.of(Map.of("diag_type", "1", "maindiag_flag", "1", "diag_srt_no", "1",
								"diag_code", "K80.200", "diag_name", "胆囊结石")))));
		JsonNode settled = ok(his.call("2304",
				Map.of("data",
						Map.of("psn_no", person.psnNo(), "mdtrt_cert_type", "02", "mdtrt_cert_no", person.certNo(),
								"medfee_sumamt", new BigDecimal("70000.00"), "psn_setlway", "01", "mdtrt_id", visitId,
								"acct_used_flag", "0", "insutype", "390", "mid_setl_flag", "0"))));
		assertThat(payments.awaitSettlementEvents(Duration.ofSeconds(30))).isTrue();
		JsonNode s = settled.get("setlinfo");
		return new Settled(s.get("setl_id").asString(), visitId, s.get("acct_pay").decimalValue(),
				s.get("psn_cash_pay").decimalValue());
	}

	static Map<String, Object> input(Settled s, NewPerson p, Map<String, String> overrides,
			List<Map<String, Object>> diagnoses, List<Map<String, Object>> procedures) {
		Map<String, Object> info = new LinkedHashMap<>();
		info.put("setl_id", s.setlId());
		info.put("mdtrt_id", s.mdtrtId());
		info.put("psn_no", p.psnNo());
		info.put("psn_name", p.name());
		info.put("gend", p.sex());
		info.put("brdy", p.birthDate().toString());
		info.put("age", String
			.valueOf(java.time.temporal.ChronoUnit.YEARS.between(p.birthDate(), java.time.LocalDate.of(2026, 11, 1))));
		info.put("adm_time", "2026-11-01 08:30:00");
		info.put("dscg_time", "2026-11-20 10:00:00");
		info.put("act_ipt_days", "19");
		info.put("adm_caty", "A04.01");
		info.put("dscg_caty", "A04.01");
		info.put("dscg_way", "1");
		info.put("acct_pay", s.acctPay());
		info.put("psn_cashpay", s.cashPay());
		info.putAll(overrides);
		Map<String, Object> input = new LinkedHashMap<>();
		input.put("setlinfo", info);
		input.put("diseinfo", diagnoses);
		input.put("oprninfo", procedures);
		return input;
	}

	static Map<String, Object> dx(String code, String main) {
		return Map.of("diag_type", "1", "diag_code", code, "diag_name", "", "maindiag_flag", main);
	}

	static Map<String, Object> op(String code, String type, String date) {
		return Map.of("oprn_oprt_type", type, "oprn_oprt_code", code, "oprn_oprt_name", "", "oprn_oprt_date", date);
	}

	private long count(String sql, String setlId) {
		var spec = jdbc.sql(sql);
		if (setlId != null) {
			spec = spec.param("s", setlId);
		}
		return spec.query(Long.class).single();
	}

	private static JsonNode ok(JsonNode answer) {
		assertThat(answer.get("infcode").asInt()).as(answer.path("err_msg").asString()).isZero();
		return answer.get("output");
	}

}
