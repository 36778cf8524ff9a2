package org.sanyi.clinical.referral;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.sanyi.HttpSession;
import org.sanyi.IntegrationTest;
import org.sanyi.insurance.HsaClient;
import org.sanyi.insurance.support.Json;
import org.sanyi.demo.DemoGatewayAccounts;
import org.sanyi.security.UserAccounts;
import org.sanyi.security.internal.ApiTokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * An accepted up-referral gives its sender's HIS the 2501 input: the township centre
 * fetches it, adds the person number and scheme it got from 1101, files it through the
 * signed gateway and gets the bureau's serial; the receiver and other institutions get no
 * filing, and the read is audited.
 */
@IntegrationTest
class ReferralInsuranceFilingIT {

	static final String CENTRE = "H35992100011";

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserAccounts accounts;

	@Autowired
	ApiTokens tokens;

	final HttpClient http = HttpClient.newHttpClient();

	/**
	 * What the HIS of the user's institution gets, signed in with a bearer token of the
	 * user.
	 */
	HttpResponse<String> api(String username, String path) throws Exception {
		String token = tokens.issue(accounts.findByUsername(username).orElseThrow().id(), "his-2501", 1);
		return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
			.header("Authorization", "Bearer " + token)
			.header("Accept", "application/json")
			.GET()
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	@Test
	void theSenderFilesTheRegistrationOfAnAcceptedUpReferralThroughTheGateway() throws Exception {
		var referral = jdbc
			.sql("""
					select r.id, r.ref, r.resident_id, r.to_institution from crf_referral r
					 where r.from_institution = :c and r.direction = 'UP' and r.status in ('ACCEPTED', 'IN_PROGRESS', 'COMPLETED')
					   -- not a resident the demo's referred stays (DemoReferredStays) already filed a 2501 for
					   and not exists (select 1 from idn_identifier i join ins_referral_registration g on g.psn_no = i.lookup_key
					                   where i.resident_id = r.resident_id and i.type = 'PSN_NO' and g.status = 'VALID')
					 order by r.id limit 1""")
			.param("c", CENTRE)
			.query((rs, n) -> new String[] { rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4) })
			.single();
		var answer = api("jtys", "/api/referral/referrals/" + referral[0] + "/insurance-filing");

		assertThat(answer.statusCode()).isEqualTo(200);
		JsonNode filing = Json.MAPPER.readTree(answer.body());
		assertThat(filing.get("infno").asString()).isEqualTo("2501");
		JsonNode node = filing.at("/input/refmedin");
		assertThat(node.get("reflin_medins_no").asString()).isEqualTo(referral[3]);
		assertThat(node.get("mdtrtarea_admdvs").asString()).isEqualTo("359900");
		assertThat(jdbc
			.sql("select count(*) from sec_audit_log where resource = 'referral:referral' and target = :r"
					+ " and detail like '2501%'")
			.param("r", referral[1])
			.query(Long.class)
			.single()).isPositive();
		HttpSession sender = HttpSession.loggedIn(port, "jtys", "Sanyi@2026");
		assertThat(sender.get("/referral/" + referral[0]).body()).contains("医保转院备案（2501）");

		String psnNo = jdbc.sql("""
				select lookup_key from idn_identifier where resident_id = :r and type = 'PSN_NO' limit 1""")
			.param("r", referral[2])
			.query(String.class)
			.optional()
			.orElse(null);
		if (psnNo != null) {
			@SuppressWarnings("unchecked")
			Map<String, Object> refmedin = new LinkedHashMap<>(Json.MAPPER.convertValue(node, Map.class));
			refmedin.put("psn_no", psnNo);
			refmedin.put("insutype",
					jdbc.sql("select insutype from ins_enrolment where psn_no = :p order by year desc limit 1")
						.param("p", psnNo)
						.query(String.class)
						.single());
			refmedin.put("refl_type", "1");
			HsaClient his = new HsaClient(port, CENTRE, "云岫县乡镇卫生院", DemoGatewayAccounts.secret(20261122L, CENTRE),
					"359900")
				.signIn();
			JsonNode filed = his.call("2501", Map.of("refmedin", refmedin));
			assertThat(filed.get("infcode").asInt()).as(filed.toString()).isZero();
			assertThat(filed.at("/output/result/trt_dcla_detl_sn").asString()).hasSize(30);
		}

		var wrongSide = api("doctor", "/api/referral/referrals/" + referral[0] + "/insurance-filing");
		assertThat(wrongSide.statusCode()).isEqualTo(409);
		assertThat(wrongSide.body()).contains("REF-0010");
	}

}
