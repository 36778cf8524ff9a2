package org.sanyi.pharma.prescription;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sanyi.HttpSession;
import org.sanyi.IntegrationTest;
import org.sanyi.insurance.GatewayFixtures;
import org.sanyi.insurance.HsaClient;
import org.sanyi.insurance.InsuranceAdmin;
import org.sanyi.insurance.InsuranceAdmin.NewPerson;
import org.sanyi.pharma.DualChannelAdmin;
import org.sanyi.pharma.engine.RxSignatures;
import org.sanyi.pharma.engine.RxSignatures.Algorithm;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 审方 by the issuing hospital's pharmacist ({@code yaoshi}, 审方药师 of 云岫县总医院): a
 * prescription the pre-check warned about (ticagrelor with rivaroxaban, an interaction
 * that warns) waits after its upload; no pharmacy may download it (PH-0225) until she
 * passes it on her page; a returned one is revoked with her opinion, a return without an
 * opinion is refused and changes nothing; a clean prescription flows at once. Doctors
 * cannot open the page, the city hospital's pharmacist cannot decide the county's, and
 * every decision is audited.
 */
@IntegrationTest
class RxVerificationIT {

	static final String COUNTY_HOSPITAL = GatewayFixtures.COUNTY_HOSPITAL;

	static final String RIVAROXABAN = "XB01AFA001A001010101147";

	@LocalServerPort
	int port;

	@Autowired
	InsuranceAdmin insurance;

	@Autowired
	DualChannelAdmin dualChannel;

	@Autowired
	JdbcClient jdbc;

	String doctor;

	RxSignatures.KeyPair doctorKey;

	HsaClient hospital;

	HsaClient shop;

	@BeforeEach
	void setUp() {
		doctor = "DVR" + System.nanoTime() % 1_000_000;
		doctorKey = RxFixtures.key(Algorithm.SM2);
		dualChannel.registerSigner(COUNTY_HOSPITAL, doctor, "DOCTOR", "SM2", doctorKey.publicKey());
		hospital = GatewayFixtures.client(port, COUNTY_HOSPITAL, "云岫县总医院").signIn();
		String pharmacy = jdbc.sql("select pharmacy_code from ph_dual_channel_pharmacy order by pharmacy_code limit 1")
			.query(String.class)
			.single();
		shop = GatewayFixtures.client(port, pharmacy, "测试药店").signIn();
	}

	@Test
	void aWarnedPrescriptionWaitsForThePharmacistWhoPassesOrReturnsIt() {
		JsonNode first = upload(antithrombotics());
		assertThat(first.at("/output/phar_chk_stas").asString()).isEqualTo("PENDING");
		String hiRxno = first.at("/output/hi_rxno").asString();
		String token = first.at("/output/epc_token").asString();

		// no pharmacy may take it yet
		assertThat(
				ok(shop.call("7202", Map.of("data", Map.of("epc_token", token)))).at("/output/usable_here").asString())
			.isEqualTo("0");
		JsonNode early = shop.call("7203", Map.of("data", Map.of("epc_token", token)));
		assertThat(early.get("infcode").asInt()).isEqualTo(-2);
		assertThat(early.get("err_msg").asString()).startsWith("PH-0225").contains(hiRxno);

		// doctors have no 审方 page; the city's pharmacist cannot decide the county's
		HttpSession doctorSession = HttpSession.loggedIn(port, "doctor", "Sanyi@2026");
		assertThat(doctorSession.get("/pharma/rx-verify").statusCode()).isEqualTo(403);
		HttpSession cityPharmacist = HttpSession.loggedIn(port, "yaoshi_city", "Sanyi@2026");
		assertThat(cityPharmacist.get("/pharma/rx-verify").body()).doesNotContain(hiRxno);
		assertThat(cityPharmacist.postForm("/pharma/rx-verify/" + hiRxno, Map.of("decision", "PASS")).body())
			.contains("PH-0201");
		assertThat(status(hiRxno)).isEqualTo("PENDING");

		HttpSession pharmacist = HttpSession.loggedIn(port, "yaoshi", "Sanyi@2026");
		String page = pharmacist.get("/pharma/rx-verify").body();
		assertThat(page).contains(hiRxno, "替格瑞洛片", "利伐沙班片", "抗血小板药与口服抗凝药合用");
		// a return needs an opinion: refused, nothing changes
		assertThat(
				pharmacist.postForm("/pharma/rx-verify/" + hiRxno, Map.of("decision", "RETURN", "opinion", " ")).body())
			.contains("PH-0226");
		assertThat(status(hiRxno)).isEqualTo("PENDING");
		assertThat(pharmacist.postForm("/pharma/rx-verify/" + hiRxno, Map.of("decision", "PASS", "opinion", "已评估出血风险"))
			.statusCode()).isEqualTo(302);
		assertThat(status(hiRxno)).isEqualTo("PASSED");
		assertThat(jdbc.sql("select pharmacist from ph_rx_verification where hi_rxno = :h")
			.param("h", hiRxno)
			.query(String.class)
			.single()).isEqualTo("yaoshi");
		JsonNode downloaded = ok(shop.call("7203", Map.of("data", Map.of("epc_token", token))));
		assertThat(downloaded.at("/output/rxinfo/rx_stas_codg").asString()).isEqualTo("DOWNLOADED");
		assertThat(pharmacist.postForm("/pharma/rx-verify/" + hiRxno, Map.of("decision", "PASS")).body())
			.contains("PH-0227");

		// the second is returned: revoked with the opinion, no pharmacy can take it
		JsonNode second = upload(antithrombotics());
		String returned = second.at("/output/hi_rxno").asString();
		assertThat(pharmacist
			.postForm("/pharma/rx-verify/" + returned, Map.of("decision", "RETURN", "opinion", "建议改用氯吡格雷"))
			.statusCode()).isEqualTo(302);
		assertThat(status(returned)).isEqualTo("RETURNED");
		assertThat(jdbc.sql("select state || ' ' || revoke_reason from ph_prescription where hi_rxno = :h")
			.param("h", returned)
			.query(String.class)
			.single()).isEqualTo("REVOKED 审方退回：建议改用氯吡格雷");
		JsonNode refused = shop.call("7203",
				Map.of("data", Map.of("epc_token", second.at("/output/epc_token").asString())));
		assertThat(refused.get("err_msg").asString()).startsWith("PH-0203");
		assertThat(pharmacist.get("/pharma/rx-verify").body()).contains("建议改用氯吡格雷", "林雅琴");

		assertThat(jdbc.sql("""
				select count(*) from sec_audit_log where resource = 'pharma.rx-verification' and username = 'yaoshi'
				and target in (:a, :b) and action = 'UPDATE'""")
			.param("a", hiRxno)
			.param("b", returned)
			.query(Integer.class)
			.single()).isEqualTo(2);
	}

	@Test
	void aCleanPrescriptionFlowsWithoutWaiting() {
		NewPerson person = GatewayFixtures.employee("0.00");
		insurance.enrol(List.of(person));
		JsonNode clean = upload(RxFixtures.prescription(RxFixtures.nextHospRxno(), person, doctor, 28, false));
		assertThat(clean.at("/output/phar_chk_stas").asString()).isEqualTo("NOT_REQUIRED");
		assertThat(status(clean.at("/output/hi_rxno").asString())).isNull();
		ok(shop.call("7203", Map.of("data", Map.of("epc_token", clean.at("/output/epc_token").asString()))));
	}

	/**
	 * Ticagrelor 90 mg bid with rivaroxaban 15 mg qd for 28 days: warns, does not block.
	 */
	private Map<String, Object> antithrombotics() {
		NewPerson person = GatewayFixtures.employee("0.00");
		insurance.enrol(List.of(person));
		Map<String, Object> input = new LinkedHashMap<>(
				RxFixtures.prescription(RxFixtures.nextHospRxno(), person, doctor, 28, false));
		@SuppressWarnings("unchecked")
		Map<String, Object> rx = new LinkedHashMap<>((Map<String, Object>) input.get("rxinfo"));
		rx.put("dise_codg", "I48.900");
		rx.put("dise_name", "心房颤动");
		input.put("rxinfo", rx);
		input.put("rxdetail", List.of(line(RxFixtures.TICAGRELOR, "替格瑞洛片", "90", "bid", "4"),
				line(RIVAROXABAN, "利伐沙班片", "15", "qd", "4")));
		return input;
	}

	private static Map<String, Object> line(String code, String name, String dose, String frequency, String boxes) {
		Map<String, Object> line = new LinkedHashMap<>();
		line.put("med_list_codg", code);
		line.put("drug_genname", name);
		line.put("sin_doscnt", dose);
		line.put("sin_dosunt", "mg");
		line.put("used_frqu_codg", frequency);
		line.put("medc_way_codg", "口服");
		line.put("prd_days", "28");
		line.put("ent_cnt", boxes);
		return line;
	}

	private JsonNode upload(Map<String, Object> input) {
		return ok(hospital.call("7102", RxFixtures.signed(COUNTY_HOSPITAL, input, doctorKey)));
	}

	private String status(String hiRxno) {
		return jdbc.sql("select status from ph_rx_verification where hi_rxno = :h")
			.param("h", hiRxno)
			.query(String.class)
			.optional()
			.orElse(null);
	}

	static JsonNode ok(JsonNode answer) {
		assertThat(answer.get("infcode").asInt()).as(answer.path("err_msg").asString()).isZero();
		return answer;
	}

}
