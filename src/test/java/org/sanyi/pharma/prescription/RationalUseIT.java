package org.sanyi.pharma.prescription;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sanyi.IntegrationTest;
import org.sanyi.insurance.GatewayFixtures;
import org.sanyi.insurance.HsaClient;
import org.sanyi.insurance.InsuranceAdmin.NewPerson;
import org.sanyi.pharma.DualChannelAdmin;
import org.sanyi.pharma.engine.RxSignatures;
import org.sanyi.pharma.engine.RxSignatures.Algorithm;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sanyi.insurance.GatewayFixtures.CITY_HOSPITAL;
import static org.sanyi.insurance.GatewayFixtures.CITY_HOSPITAL_NAME;

/**
 * The review rules (the platform's seed table and the demo city's own) at the 7101
 * pre-check through the signed gateway: each finding with its 处方点评 item; a blocking one
 * refuses the 7102 upload, nothing stored; the city's pair overrides the default's; an
 * uploaded antimicrobial prescription reaches monitoring as facts.
 */
@IntegrationTest
class RationalUseIT {

	static final String LEVOFLOXACIN = "XJ01MAA001A001010100222";

	static final String CLARITHROMYCIN = "XJ01FAA002A001010100333";

	static final String CLOPIDOGREL = "XB01ACA002A001010101036";

	static final String OMEPRAZOLE = "XA02BCA001A003010101739";

	@LocalServerPort
	int port;

	@Autowired
	DualChannelAdmin dualChannel;

	@Autowired
	JdbcClient jdbc;

	HsaClient hospital;

	String doctor;

	RxSignatures.KeyPair key;

	@BeforeEach
	void setUp() {
		hospital = GatewayFixtures.client(port, CITY_HOSPITAL, CITY_HOSPITAL_NAME).signIn();
		doctor = "DRU" + System.nanoTime() % 1_000_000;
		key = RxFixtures.key(Algorithm.ECDSA);
		dualChannel.registerSigner(CITY_HOSPITAL, doctor, "DOCTOR", "ECDSA", key.publicKey());
	}

	@Test
	void aQuinoloneForATeenagerByAResidentIsRefusedWithItsReviewItems() {
		NewPerson teenager = person(2010);
		Map<String, Object> rx = levofloxacin(RxFixtures.nextHospRxno(), teenager, "1");
		JsonNode checked = ok(hospital.call("7101", rx));
		assertThat(checked.at("/output/check_rslt").asString()).isEqualTo("0");
		assertThat(checked.at("/output/rslt_list").findValuesAsString("item_code")).containsExactlyInAnyOrder("1-14",
				"2-2");
		assertThat(checked.at("/output/rslt_list").findValuesAsString("rslt_dscr")).anyMatch(t -> t.contains("18岁以下"));
		String hospRxno = (String) ((Map<?, ?>) rx.get("rxinfo")).get("hosp_rxno");
		JsonNode refused = hospital.call("7102", RxFixtures.signed(CITY_HOSPITAL, rx, key));
		assertThat(refused.get("infcode").asInt()).isEqualTo(-2);
		assertThat(refused.get("err_msg").asString()).startsWith("PH-0213").contains("1-14", "2-2");
		assertThat(jdbc.sql("select count(*) from ph_prescription where hosp_rxno = :h")
			.param("h", hospRxno)
			.query(Integer.class)
			.single()).isZero();
	}

	@Test
	void aBlockingInteractionAndATooLongPrescriptionAreFound() {
		NewPerson adult = person(1960);
		Map<String, Object> rx = RxFixtures.prescription(RxFixtures.nextHospRxno(), adult, doctor, 28, false);
		@SuppressWarnings("unchecked")
		Map<String, Object> info = new LinkedHashMap<>((Map<String, Object>) rx.get("rxinfo"));
		info.put("rx_type_code", "1");
		rx.put("rxinfo", info);
		rx.put("rxdetail", List.of(line(RxFixtures.TICAGRELOR, "90", "bid", "7", "4"),
				line(CLARITHROMYCIN, "250", "bid", "7", "2"), line(RxFixtures.SITAGLIPTIN, "100", "qd", "28", "4")));
		JsonNode checked = ok(hospital.call("7101", rx));
		assertThat(checked.at("/output/check_rslt").asString()).isEqualTo("0");
		assertThat(checked.at("/output/rslt_list").findValuesAsString("rule_id")).contains("R-DDI", "R-DAYS");
	}

	@Test
	void theCitysOwnRuleMakesClopidogrelWithOmeprazoleBlocking() {
		// the platform's default only warns; the demo city's 审方规则 (DemoReviewRules)
		// block it
		NewPerson adult = person(1958);
		Map<String, Object> rx = RxFixtures.prescription(RxFixtures.nextHospRxno(), adult, doctor, 7, false);
		@SuppressWarnings("unchecked")
		Map<String, Object> info = new LinkedHashMap<>((Map<String, Object>) rx.get("rxinfo"));
		info.put("rx_type_code", "1");
		info.put("dise_codg", "I25.103");
		info.put("dise_name", "冠状动脉粥样硬化性心脏病");
		rx.put("rxinfo", info);
		rx.put("rxdetail", List.of(line(CLOPIDOGREL, "75", "qd", "7", "1"), line(OMEPRAZOLE, "20", "qd", "7", "1")));
		JsonNode checked = ok(hospital.call("7101", rx));
		assertThat(checked.at("/output/check_rslt").asString()).isEqualTo("0");
		assertThat(checked.at("/output/rslt_list").findValuesAsString("rslt_dscr")).anyMatch(t -> t.contains("本市拦截"));
	}

	@Test
	void anUploadedAntibioticPrescriptionIsReportedToMonitoring() throws InterruptedException {
		NewPerson adult = person(1970);
		Map<String, Object> rx = levofloxacin(RxFixtures.nextHospRxno(), adult, "2");
		JsonNode checked = ok(hospital.call("7101", rx));
		assertThat(checked.at("/output/check_rslt").asString()).isEqualTo("1");
		String hiRxno = ok(hospital.call("7102", RxFixtures.signed(CITY_HOSPITAL, rx, key))).at("/output/hi_rxno")
			.asString();
		long end = System.nanoTime() + Duration.ofSeconds(30).toNanos();
		long reports = 0;
		while (System.nanoTime() < end && reports == 0) {
			reports = jdbc.sql("select count(*) from mon_fact_report where report_key = :k")
				.param("k", "pharma:rx:" + hiRxno)
				.query(Long.class)
				.single();
			Thread.sleep(50);
		}
		assertThat(reports).isEqualTo(1);
		assertThat(jdbc.sql("select count(*) from mon_fact_error where report_key = :k")
			.param("k", "pharma:rx:" + hiRxno)
			.query(Long.class)
			.single()).isZero();
	}

	Map<String, Object> levofloxacin(String hospRxno, NewPerson person, String title) {
		Map<String, Object> rx = RxFixtures.prescription(hospRxno, person, doctor, 5, false);
		@SuppressWarnings("unchecked")
		Map<String, Object> info = new LinkedHashMap<>((Map<String, Object>) rx.get("rxinfo"));
		info.put("rx_type_code", "1");
		info.put("prsc_dr_title", title);
		info.put("dise_codg", "J20.900");
		info.put("dise_name", "急性支气管炎");
		rx.put("rxinfo", info);
		rx.put("rxdetail", List.of(line(LEVOFLOXACIN, "500", "qd", "5", "2")));
		return rx;
	}

	static Map<String, Object> line(String code, String dose, String frequency, String days, String boxes) {
		Map<String, Object> l = new LinkedHashMap<>();
		l.put("med_list_codg", code);
		l.put("sin_doscnt", dose);
		l.put("sin_dosunt", "mg");
		l.put("used_frqu_codg", frequency);
		l.put("medc_way_codg", "口服");
		l.put("prd_days", days);
		l.put("ent_cnt", boxes);
		return l;
	}

	static NewPerson person(int birthYear) {
		NewPerson p = GatewayFixtures.employee("0.00");
		return new NewPerson(p.psnNo(), p.certNo(), p.name(), p.sex(), java.time.LocalDate.of(birthYear, 6, 1),
				p.insuredRegion(), p.region(), p.psnType(), p.civilServant(), p.cardNo(), p.employer(), p.identities(),
				p.enrolments(), p.deposits());
	}

	static JsonNode ok(JsonNode answer) {
		assertThat(answer.get("infcode").asInt()).as(answer.path("err_msg").asString()).isZero();
		return answer;
	}

}
