package org.sanyi.supervision;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
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

/**
 * The days a settled drug line supplies ({@code prd_days} at 2204) reach the batch audit:
 * an outpatient visit whose drug line said 28 days is the city's 门诊超量开药 (JG007, more than
 * 7 days), one that said 5 days is not, and one that said nothing is of unknown supply
 * and is not either.
 */
@IntegrationTest
class SettledDaysSuppliedIT {

	@LocalServerPort
	int port;

	@Autowired
	InsuranceAdmin insurance;

	@Autowired
	SupervisionAdmin supervision;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theBatchAuditSeesTheDaysASettledDrugLineSaid() {
		GatewayFixtures.addExampleItems(insurance);
		HsaClient his = GatewayFixtures.client(port, CITY_HOSPITAL, CITY_HOSPITAL_NAME).signIn();
		String longSupply = settle(his, "28");
		String shortSupply = settle(his, "5");
		String unknownSupply = settle(his, null);

		LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
		supervision.audit("359900", today, today, today);
		assertThat(jdbc.sql("select setl_id from sup_suspicion where rule_id = 'JG007' and setl_id = any(:s)")
			.param("s", new String[] { longSupply, shortSupply, unknownSupply })
			.query(String.class)
			.list()).containsExactly(longSupply);
	}

	/** An outpatient visit of a new insured person with one drug line; its setl_id. */
	private String settle(HsaClient his, String days) {
		NewPerson person = GatewayFixtures.employee("0.00");
		insurance.enrol(List.of(person));
		String visitId = ok(his.call("2201", GatewayFixtures.registration(person))).at("/data/mdtrt_id").asString();
		Map<String, Object> line = new LinkedHashMap<>(
				GatewayFixtures.line(visitId, person.psnNo(), "1", "T-B-DRUG", "20", "1.50", "30.00"));
		if (days != null) {
			line.put("prd_days", days);
		}
		ok(his.call("2204", Map.of("feedetail", List.of(line))));
		return ok(his.call("2207", SupervisionGatewayIT.settle(person, visitId, "30.00"))).at("/setlinfo/setl_id")
			.asString();
	}

	private static JsonNode ok(JsonNode answer) {
		assertThat(answer.get("infcode").asInt()).as(answer.path("err_msg").asString()).isZero();
		return answer.get("output");
	}

}
