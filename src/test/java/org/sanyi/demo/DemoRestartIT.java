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
				his.call("2401", GatewayFixtures.admission(person, "2026-11-02 08:30:00", "外科", "K80.200", "胆囊结石")))
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
