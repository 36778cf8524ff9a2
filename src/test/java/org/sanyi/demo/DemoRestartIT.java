package org.sanyi.demo;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

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
import static org.sanyi.insurance.GatewayFixtures.line;

/**
 * A restart of the demo on its own data after a hospital has used the gateway: the demo's
 * steps run again at every start and must leave what came after them alone.
 */
@IntegrationTest
class DemoRestartIT {

	@LocalServerPort
	int port;

	@Autowired
	InsuranceAdmin admin;

	@Autowired
	DemoDrgCases drgCases;

	@Autowired
	JdbcClient jdbc;

	@Test
	void anInpatientSettlementPostedAfterTheDemoDoesNotMakeTheDrgStepProposeParametersAgain() {
		GatewayFixtures.addExampleItems(admin);
		HsaClient his = GatewayFixtures.client(port, CITY_HOSPITAL, CITY_HOSPITAL_NAME).signIn();
		NewPerson person = GatewayFixtures.resident("359900");
		admin.enrol(List.of(person));
		String visitId = ok(
				his.call(
						"2401", Map.of(
								"mdtrtinfo", Map
									.ofEntries(Map.entry("psn_no", person.psnNo()), Map.entry("insutype", "390"),
											Map.entry("begntime", "2026-11-02 08:30:00"),
											Map.entry("mdtrt_cert_type", "02"),
											Map.entry("mdtrt_cert_no", person.certNo()), Map.entry("med_type", "21"),
											Map.entry("ipt_no", "ZY" + System.nanoTime() % 1_000_000_000L),
											Map.entry("atddr_no", "D002"), Map.entry("chfpdr_name", "李主任"),
											Map.entry("adm_dept_codg", "04"), Map.entry("adm_dept_name", "外科"),
											Map.entry("adm_bed", "12"), Map
												.entry("dise_codg", "K80.200"),
											Map.entry("dise_name", "胆囊结石")),
								"diseinfo",
								List.of(Map.of("psn_no", person.psnNo(), "diag_type", "1", "maindiag_flag", "1",
										"diag_srt_no", "1", "diag_code", "K80.200", "diag_name", "胆囊结石")))))
			.at("/result/mdtrt_id")
			.asString();
		ok(his.call("2301",
				Map.of("feedetail", List.of(line(visitId, person.psnNo(), "1", "T-A-WARD", "5", "2000", "10000.00")))));
		ok(his.call("2402", Map.of("dscginfo",
				Map.of("mdtrt_id", visitId, "psn_no", person.psnNo(), "endtime", "2026-11-07 10:00:00"))));
		ok(his.call("2304",
				Map.of("data",
						Map.of("psn_no", person.psnNo(), "mdtrt_cert_type", "02", "mdtrt_cert_no", person.certNo(),
								"medfee_sumamt", new BigDecimal("10000.00"), "psn_setlway", "01", "mdtrt_id", visitId,
								"acct_used_flag", "0", "insutype", "390", "mid_setl_flag", "0"))));
		long versions = jdbc.sql("select count(*) from drg_param_version").query(Long.class).single();

		// before the fix: the settlement without its list made the step run again, find
		// no
		// stay of its own and propose a budget of 0, and DRG-0025 stopped the start
		assertThat(drgCases.run()).isFalse();

		assertThat(jdbc.sql("select count(*) from drg_param_version").query(Long.class).single()).isEqualTo(versions);
	}

	private static JsonNode ok(JsonNode answer) {
		assertThat(answer.get("infcode").asInt()).as(answer.path("err_msg").asString()).isZero();
		return answer.get("output");
	}

}
