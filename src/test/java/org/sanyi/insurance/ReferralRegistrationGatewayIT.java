package org.sanyi.insurance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sanyi.insurance.GatewayFixtures.CITY_HOSPITAL;
import static org.sanyi.insurance.GatewayFixtures.CITY_HOSPITAL_NAME;
import static org.sanyi.insurance.GatewayFixtures.COUNTY_HOSPITAL;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sanyi.IntegrationTest;
import org.sanyi.insurance.InsuranceAdmin.NewPerson;
import org.sanyi.shared.PlatformTime;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * 转院备案 through the signed gateway: the county hospital files 2501 for an insured resident
 * referred to the city hospital and gets a serial; 5304 finds it; 2502 revokes it once
 * and only for the institution that filed it; a replayed msgid answers the same bytes and
 * files nothing twice; 2601 of a 2501 revokes it; every malformed or inconsistent field
 * is {@code -2} naming the field, and nothing is stored.
 */
@IntegrationTest
class ReferralRegistrationGatewayIT {

	static final String COUNTY_HOSPITAL_NAME = "云岫县总医院";

	@LocalServerPort
	int port;

	@Autowired
	InsuranceAdmin admin;

	@Autowired
	JdbcClient jdbc;

	HsaClient county;

	HsaClient city;

	NewPerson person;

	@BeforeEach
	void setUp() {
		county = GatewayFixtures.client(port, COUNTY_HOSPITAL, COUNTY_HOSPITAL_NAME).signIn();
		city = GatewayFixtures.client(port, CITY_HOSPITAL, CITY_HOSPITAL_NAME).signIn();
		person = GatewayFixtures.resident("359900");
		admin.enrol(List.of(person));
	}

	Map<String, Object> refmedin(Map<String, Object> changes) {
		LocalDate today = PlatformTime.today();
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("psn_no", person.psnNo());
		m.put("insutype", "390");
		m.put("tel", "13859001234");
		m.put("addr", "云岫县城关镇");
		m.put("insu_optins", "359900");
		m.put("diag_code", "I63.900");
		m.put("diag_name", "脑梗死");
		m.put("dise_cond_dscr", "左侧肢体无力 6 小时，县医院无取栓条件");
		m.put("reflin_medins_no", CITY_HOSPITAL);
		m.put("reflin_medins_name", CITY_HOSPITAL_NAME);
		m.put("mdtrtarea_admdvs", "359900");
		m.put("hosp_agre_refl_flag", "1");
		m.put("refl_type", "1");
		m.put("refl_date", today.toString());
		m.put("refl_rea", "急性脑梗死需血管内治疗");
		m.put("refl_opnn", "同意转上级医院");
		m.put("begndate", today.toString());
		m.put("enddate", today.plusDays(90).toString());
		m.putAll(changes);
		m.values().removeIf(java.util.Objects::isNull);
		return Map.of("refmedin", m);
	}

	long registrations() {
		return jdbc.sql("select count(*) from ins_referral_registration where psn_no = :p")
			.param("p", person.psnNo())
			.query(Long.class)
			.single();
	}

	static JsonNode ok(JsonNode answer) {
		assertThat(answer.get("infcode").asInt()).as(answer.toString()).isZero();
		return answer.get("output");
	}

	void refused(HsaClient his, String infno, Map<String, Object> input, String code, String field) {
		long before = registrations();
		long messages = jdbc.sql("select count(*) from ins_message").query(Long.class).single();
		JsonNode answer = his.call(infno, input);
		assertThat(answer.get("infcode").asInt()).as(answer.toString()).isEqualTo(-2);
		assertThat(answer.get("err_msg").asString()).startsWith(code).contains(field);
		assertThat(registrations()).isEqualTo(before);
		assertThat(jdbc.sql("select count(*) from ins_message").query(Long.class).single()).isEqualTo(messages);
	}

	@Test
	void theCountyHospitalFilesARegistrationThatIsFoundAndRevokedOnceByItOnly() {
		String serial = ok(county.call("2501", refmedin(Map.of()))).at("/result/trt_dcla_detl_sn").asString();

		assertThat(serial).hasSize(30).startsWith("359900");
		assertThat(jdbc
			.sql("select status || ' ' || out_flag || ' ' || tel_masked from ins_referral_registration"
					+ " where trt_dcla_detl_sn = :s")
			.param("s", serial)
			.query(String.class)
			.single()).isEqualTo("VALID 0 138****1234");
		JsonNode found = ok(city.call("5304", Map.of("data", Map.of("psn_no", person.psnNo()))));
		assertThat(found.at("/refmedin/0/trt_dcla_detl_sn").asString()).isEqualTo(serial);
		assertThat(found.at("/refmedin/0/vali_flag").asString()).isEqualTo("1");

		refused(city, "2502", Map.of("data", Map.of("psn_no", person.psnNo(), "trt_dcla_detl_sn", serial)), "INS-0161",
				serial);
		refused(county, "2502", Map.of("data", Map.of("psn_no", "T-OTHER", "trt_dcla_detl_sn", serial)), "INS-0161",
				serial);
		JsonNode revoked = ok(county.call("2502",
				Map.of("data", Map.of("psn_no", person.psnNo(), "trt_dcla_detl_sn", serial, "memo", "患者放弃转院"))));
		assertThat(revoked.at("/result/vali_flag").asString()).isEqualTo("0");
		refused(county, "2502", Map.of("data", Map.of("psn_no", person.psnNo(), "trt_dcla_detl_sn", serial)),
				"INS-0162", serial);
		assertThat(ok(city.call("5304", Map.of("data", Map.of("psn_no", person.psnNo())))).at("/refmedin/0/vali_flag")
			.asString()).isEqualTo("0");
	}

	@Test
	void aReplayedMsgidAnswersTheSameBytesAndFilesNothingTwice() {
		String msgid = county.nextMsgid();
		byte[] body = county.body("2501", refmedin(Map.of()), msgid, "359900");

		String first = county.post("2501", body).body();
		String replay = county.post("2501", body).body();

		assertThat(replay).isEqualTo(first);
		assertThat(first).contains("\"infcode\":0");
		assertThat(registrations()).isEqualTo(1);
		JsonNode other = county.call("2501", refmedin(Map.of("refl_rea", "另一份")), msgid, "359900");
		assertThat(other.get("err_msg").asString()).startsWith("INS-0025");
		assertThat(registrations()).isEqualTo(1);
	}

	@Test
	void malformedOrInconsistentFieldsAreRefusedNamingTheFieldAndNothingIsStored() {
		Map<String, Object> missingName = new LinkedHashMap<>();
		missingName.put("diag_name", null);
		refused(county, "2501", refmedin(missingName), "INS-0021", "input.refmedin.diag_name");
		refused(county, "2501", refmedin(Map.of("insutype", "999")), "INS-0023", "input.refmedin.insutype");
		refused(county, "2501", refmedin(Map.of("diag_code", "脑梗")), "INS-0023", "input.refmedin.diag_code");
		refused(county, "2501", refmedin(Map.of("refl_date", "2026-02-30")), "INS-0023", "input.refmedin.refl_date");
		refused(county, "2501", refmedin(Map.of("hosp_agre_refl_flag", "2")), "INS-0023",
				"input.refmedin.hosp_agre_refl_flag");
		refused(county, "2501", refmedin(Map.of("refl_rea", "因".repeat(101))), "INS-0022", "input.refmedin.refl_rea");
		refused(county, "2501", refmedin(Map.of("enddate", PlatformTime.today().minusDays(1).toString())), "INS-0023",
				"input.refmedin.enddate");
		refused(county, "2501", refmedin(Map.of("reflin_medins_no", COUNTY_HOSPITAL)), "INS-0023",
				"input.refmedin.reflin_medins_no");
		refused(county, "2501", refmedin(Map.of("reflin_medins_no", "H35990099999")), "INS-0023",
				"input.refmedin.reflin_medins_no");
		refused(county, "2501", refmedin(Map.of("mdtrtarea_admdvs", "330100")), "INS-0023",
				"input.refmedin.mdtrtarea_admdvs");
		refused(county, "2501", refmedin(Map.of("psn_no", "T-NOBODY")), "INS-0031", "T-NOBODY");
		refused(county, "2501", refmedin(Map.of("insu_optins", "359800")), "INS-0034", "359800");

		ok(county.call("2501", refmedin(Map.of())));
		refused(county, "2501", refmedin(Map.of("begndate", PlatformTime.today().plusDays(10).toString())), "INS-0160",
				CITY_HOSPITAL);
	}

	@Test
	void aTreatmentOutsideTheRegionIsRegisteredWithTheOtherRegionsCode() {
		String serial = ok(county.call("2501", refmedin(Map.of("reflin_medins_no", "H33010600001", "reflin_medins_name",
				"浙江大学医学院附属第二医院", "mdtrtarea_admdvs", "330100"))))
			.at("/result/trt_dcla_detl_sn")
			.asString();

		assertThat(jdbc.sql("select out_flag from ins_referral_registration where trt_dcla_detl_sn = :s")
			.param("s", serial)
			.query(String.class)
			.single()).isEqualTo("1");
	}

	@Test
	void reversingA2501RevokesTheRegistrationAndA2502CannotBeReversed() {
		String msgid = county.nextMsgid();
		String serial = ok(county.call("2501", refmedin(Map.of()), msgid, "359900")).at("/result/trt_dcla_detl_sn")
			.asString();

		JsonNode undone = ok(county.call("2601",
				Map.of("data", Map.of("psn_no", person.psnNo(), "omsgid", msgid, "oinfno", "2501"))));

		assertThat(undone.at("/data/rever_rslt").asString()).isEqualTo("REVERSED");
		assertThat(jdbc.sql("select status from ins_referral_registration where trt_dcla_detl_sn = :s")
			.param("s", serial)
			.query(String.class)
			.single()).isEqualTo("REVOKED");

		String second = ok(county.call("2501", refmedin(Map.of()))).at("/result/trt_dcla_detl_sn").asString();
		String revokeMsgid = county.nextMsgid();
		ok(county.call("2502", Map.of("data", Map.of("psn_no", person.psnNo(), "trt_dcla_detl_sn", second)),
				revokeMsgid, "359900"));
		JsonNode refused = county.call("2601",
				Map.of("data", Map.of("psn_no", person.psnNo(), "omsgid", revokeMsgid, "oinfno", "2502")));
		assertThat(refused.get("err_msg").asString()).startsWith("INS-0048");
	}

}
