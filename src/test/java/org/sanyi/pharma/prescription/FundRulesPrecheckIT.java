package org.sanyi.pharma.prescription;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sanyi.IntegrationTest;
import org.sanyi.identity.DeathReport;
import org.sanyi.identity.DeathSource;
import org.sanyi.identity.ResidentDeaths;
import org.sanyi.insurance.GatewayFixtures;
import org.sanyi.insurance.HsaClient;
import org.sanyi.insurance.InsuranceAdmin;
import org.sanyi.insurance.InsuranceAdmin.NewPerson;
import org.sanyi.pharma.DualChannelAdmin;
import org.sanyi.pharma.engine.RxSignatures;
import org.sanyi.pharma.engine.RxSignatures.Algorithm;
import org.sanyi.security.DataScope;
import org.sanyi.supervision.rules.RuleRow;
import org.sanyi.supervision.rules.RuleService;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sanyi.insurance.GatewayFixtures.CITY_HOSPITAL;
import static org.sanyi.insurance.GatewayFixtures.CITY_HOSPITAL_NAME;

/**
 * The fund-supervision rules at the e-prescription pre-check (事前): 7101 answers the
 * violations of the region's rules in the national 3101 fields next to the prescription
 * review's findings. A prescription on the card of a person who died (JG026 死亡后就医, a
 * definite violation) is listed; in the city, where the rule only warns, the upload goes
 * through; in a county whose reviewed rules make JG026 blocking, 7101 answers
 * {@code check_rslt} 0 and 7102 refuses it (PH-0224) and stores nothing. A clean
 * prescription has no violation; a 28-day supply is a suspicious 门诊超量开药 that does not
 * block.
 */
@IntegrationTest
class FundRulesPrecheckIT {

	static final String COUNTY = "359926";

	static final String COUNTY_HOSPITAL = "H35992600001";

	@LocalServerPort
	int port;

	@Autowired
	InsuranceAdmin insurance;

	@Autowired
	DualChannelAdmin dualChannel;

	@Autowired
	ResidentDeaths deaths;

	@Autowired
	RuleService rules;

	@Autowired
	JdbcClient jdbc;

	String doctor;

	RxSignatures.KeyPair doctorKey;

	@BeforeEach
	void setUp() {
		doctor = "DFR" + System.nanoTime() % 1_000_000;
		doctorKey = RxFixtures.key(Algorithm.SM2);
		dualChannel.registerSigner(CITY_HOSPITAL, doctor, "DOCTOR", "SM2", doctorKey.publicKey());
		dualChannel.registerSigner(COUNTY_HOSPITAL, doctor, "DOCTOR", "SM2", doctorKey.publicKey());
	}

	@Test
	void aCleanPrescriptionHasNoViolationAndALongSupplyIsOnlySuspicious() {
		NewPerson person = GatewayFixtures.employee("0.00");
		insurance.enrol(List.of(person));
		HsaClient city = GatewayFixtures.client(port, CITY_HOSPITAL, CITY_HOSPITAL_NAME).signIn();

		JsonNode clean = ok(
				city.call("7101", RxFixtures.prescription(RxFixtures.nextHospRxno(), person, doctor, 7, false)));
		assertThat(clean.at("/output/check_rslt").asString()).isEqualTo("1");
		assertThat(clean.at("/output/result").isArray()).isTrue();
		assertThat(clean.at("/output/result")).isEmpty();

		// 28 days of sitagliptin on a chronic prescription (门诊慢特病): 长处方, within the
		// city's 90 days
		JsonNode chronic = ok(
				city.call("7101", RxFixtures.prescription(RxFixtures.nextHospRxno(), person, doctor, 28, false)));
		assertThat(rule(chronic, "JG007")).isEmpty();

		// the same on an ordinary outpatient prescription: the review's own rule refuses
		// more than 7 days without a reason (R-DAYS), and the city's JG007 (门诊超量开药, 7
		// days without a knowledge-base limit) finds it suspicious, which warns but does
		// not block
		Map<String, Object> ordinary = RxFixtures.prescription(RxFixtures.nextHospRxno(), person, doctor, 28, false);
		@SuppressWarnings("unchecked")
		Map<String, Object> info = (Map<String, Object>) ordinary.get("rxinfo");
		info.put("rx_type_code", "1");
		JsonNode longSupply = ok(city.call("7101", ordinary));
		assertThat(longSupply.at("/output/check_rslt").asString()).isEqualTo("0");
		assertThat(longSupply.at("/output/rslt_list/0/rule_id").asString()).isEqualTo("R-DAYS");
		assertThat(rule(longSupply, "JG007")).singleElement().satisfies(v -> {
			assertThat(v.get("vola_bhvr_type").asString()).isEqualTo("2");
			assertThat(v.get("sugg_action").asString()).isEqualTo("REVIEW");
			assertThat(v.get("block_flag").asString()).isEqualTo("0");
			assertThat(v.get("patn_id").asString()).isEqualTo(person.psnNo());
			assertThat(v.get("vola_evid").asString()).isEqualTo("1 " + RxFixtures.SITAGLIPTIN);
			assertThat(v.at("/judge_result_detail_dtos/0/rx_id").asString()).isEqualTo("1");
		});
	}

	@Test
	void aPrescriptionOnADeadPersonsCardWarnsInTheCityAndIsRefusedWhereTheRuleBlocks() {
		Map<String, Object> deadRx = prescriptionOf(deadPerson());
		HsaClient city = GatewayFixtures.client(port, CITY_HOSPITAL, CITY_HOSPITAL_NAME).signIn();
		JsonNode warned = ok(city.call("7101", deadRx));
		assertThat(rule(warned, "JG026")).singleElement().satisfies(v -> {
			assertThat(v.get("vola_bhvr_type").asString()).isEqualTo("1");
			assertThat(v.get("sev_deg").asString()).isEqualTo("3");
			assertThat(v.get("vola_cont").asString()).contains("死亡日期");
			assertThat(v.get("block_flag").asString()).isEqualTo("0");
		});
		assertThat(warned.at("/output/check_rslt").asString()).isEqualTo("1");
		ok(city.call("7102", RxFixtures.signed(CITY_HOSPITAL, deadRx, doctorKey)));

		// the county's officers make 死亡后就医 blocking (maker–checker)
		LocalDate today = RxClock.now().toLocalDate();
		RuleRow blocking = new RuleRow("JG026", "参保人死亡后就医（县：事前拦截）", "AFTER_DEATH", "MANAGEMENT", "DEFINITE", "VISIT",
				"", "", "PRE,IN,POST", "HIGH", true, true, Map.of());
		long version = rules.proposeRule(COUNTY, today, blocking, "县级：死亡后就医事前拦截", "ybj_county",
				DataScope.region(COUNTY));
		rules.approve(version, "ybj", "同意", DataScope.region("359900"));

		HsaClient county = GatewayFixtures.client(port, COUNTY_HOSPITAL, "兰峪县总医院").signIn();
		Map<String, Object> countyRx = prescriptionOf(deadPerson());
		JsonNode refused = ok(county.call("7101", countyRx));
		assertThat(refused.at("/output/check_rslt").asString()).isEqualTo("0");
		assertThat(rule(refused, "JG026")).singleElement()
			.satisfies(v -> assertThat(v.get("block_flag").asString()).isEqualTo("1"));
		JsonNode upload = county.call("7102", RxFixtures.signed(COUNTY_HOSPITAL, countyRx, doctorKey));
		assertThat(upload.get("infcode").asInt()).isEqualTo(-2);
		assertThat(upload.get("err_msg").asString()).startsWith("PH-0224").contains("JG026");
		@SuppressWarnings("unchecked")
		String hospRxno = (String) ((Map<String, Object>) countyRx.get("rxinfo")).get("hosp_rxno");
		assertThat(jdbc.sql("select count(*) from ph_prescription where hosp_rxno = :h")
			.param("h", hospRxno)
			.query(Integer.class)
			.single()).isZero();

		// a living person's prescription at the same county hospital goes through
		NewPerson alive = GatewayFixtures.employee("0.00");
		insurance.enrol(List.of(alive));
		Map<String, Object> aliveRx = RxFixtures.prescription(RxFixtures.nextHospRxno(), alive, doctor, 7, false);
		assertThat(ok(county.call("7101", aliveRx)).at("/output/check_rslt").asString()).isEqualTo("1");
		ok(county.call("7102", RxFixtures.signed(COUNTY_HOSPITAL, aliveRx, doctorKey)));
	}

	/**
	 * 高频购药 (JG019, more than 4 purchases of one drug in a calendar month) at 7101: the
	 * person's sitagliptin purchases this month are the history the rule counts: three
	 * prescriptions dispensed at a 双通道 pharmacy (two of them settled by the fund there,
	 * each counted once, not as a sale and a settlement) and one bought at the hospital's
	 * outpatient visit without an e-prescription. After three the fourth is not flagged;
	 * after four the fifth is. Another person's purchases and another drug's do not
	 * count.
	 */
	@Test
	void aFifthPurchaseOfTheSameDrugInAMonthIsFlaggedAtThePrecheck() {
		String pharmacy = jdbc.sql("select pharmacy_code from ph_dual_channel_pharmacy order by pharmacy_code limit 1")
			.query(String.class)
			.single();
		String pharmacist = "YFR" + System.nanoTime() % 1_000_000;
		RxSignatures.KeyPair pharmacistKey = RxFixtures.key(Algorithm.ECDSA);
		dualChannel.registerSigner(pharmacy, pharmacist, "PHARMACIST", "ECDSA", pharmacistKey.publicKey());
		dualChannel.setStock(pharmacy, RxFixtures.SITAGLIPTIN, new java.math.BigDecimal("100"));
		HsaClient city = GatewayFixtures.client(port, CITY_HOSPITAL, CITY_HOSPITAL_NAME).signIn();
		HsaClient shop = GatewayFixtures.client(port, pharmacy, "测试药店").signIn();
		NewPerson person = GatewayFixtures.employee("0.00");
		NewPerson other = GatewayFixtures.employee("0.00");
		insurance.enrol(List.of(person, other));

		for (int sale = 1; sale <= 4; sale++) {
			Map<String, Object> rx = RxFixtures.prescription(RxFixtures.nextHospRxno(), person, doctor, 7, false);
			JsonNode checked = ok(city.call("7101", rx));
			// the n-th purchase of the month: flagged only from the fifth
			assertThat(rule(checked, "JG019")).as("purchase %d", sale).isEmpty();
			if (sale == 4) {
				// three sold before: the fourth is within the limit, but 超量购药 (JG020)
				// sees 21 days supplied today
				assertThat(rule(checked, "JG020")).singleElement()
					.satisfies(v -> assertThat(v.get("vola_cont").asString()).contains("21"));
			}
			if (sale == 4) {
				// bought without an e-prescription: an outpatient visit at the hospital
				// settled with the drug
				String visitId = ok(city.call("2201", GatewayFixtures.registration(person))).at("/output/data/mdtrt_id")
					.asString();
				ok(city.call("2204", Map.of("feedetail", List.of(sitagliptinToday(visitId, person)))));
				ok(city.call("2207", PrescriptionGatewayIT.settle(person, visitId, "67.20")));
				continue;
			}
			JsonNode uploaded = ok(city.call("7102", RxFixtures.signed(CITY_HOSPITAL, rx, doctorKey)));
			String hiRxno = uploaded.at("/output/hi_rxno").asString();
			ok(shop.call("7203", PrescriptionGatewayIT.data("epc_token", uploaded.at("/output/epc_token").asString())));
			Map<String, Object> review = new LinkedHashMap<>();
			review.put("hi_rxno", hiRxno);
			review.put("phar_code", pharmacist);
			review.put("rvw_rslt", "1");
			review.put("rvw_opnn", "适宜");
			review.put("sign_algorithm", "ECDSA");
			review.put("phar_sign", RxSignatures.sign(Algorithm.ECDSA, pharmacistKey.privateKey(),
					RxFixtures.canonical(CITY_HOSPITAL, rx) + "&hi_rxno=" + hiRxno + "&rvw_rslt=1"));
			ok(shop.call("7204", Map.of("data", review)));
			// the first two settled by the fund at the pharmacy, the third paid in full
			String setlId = null;
			if (sale <= 2) {
				String visitId = ok(shop.call("2201", GatewayFixtures.registration(person))).at("/output/data/mdtrt_id")
					.asString();
				ok(shop.call("2204", Map.of("feedetail", List.of(sitagliptinToday(visitId, person)))));
				setlId = ok(shop.call("2207", PrescriptionGatewayIT.settle(person, visitId, "67.20")))
					.at("/output/setlinfo/setl_id")
					.asString();
			}
			Map<String, Object> sold = new LinkedHashMap<>(PrescriptionGatewayIT.sale(hiRxno, sale <= 2 ? "2" : "1",
					setlId, RxFixtures.soldLine(RxFixtures.SITAGLIPTIN, 4, "16.80")));
			@SuppressWarnings("unchecked")
			Map<String, Object> data = new LinkedHashMap<>((Map<String, Object>) sold.get("data"));
			data.put("phar_code", pharmacist);
			sold.put("data", data);
			ok(shop.call("7206", sold));
		}

		JsonNode fifth = ok(
				city.call("7101", RxFixtures.prescription(RxFixtures.nextHospRxno(), person, doctor, 7, false)));
		assertThat(rule(fifth, "JG019")).singleElement().satisfies(v -> {
			assertThat(v.get("vola_cont").asString()).contains("5").contains("4");
			assertThat(v.get("vola_bhvr_type").asString()).isEqualTo("2");
			assertThat(v.get("vola_evid").asString()).isEqualTo("1 " + RxFixtures.SITAGLIPTIN);
			assertThat(v.get("patn_id").asString()).isEqualTo(person.psnNo());
		});
		// suspicious: listed, not blocking
		assertThat(fifth.at("/output/check_rslt").asString()).isEqualTo("1");

		// another person with no purchases, and the same person's other drug
		JsonNode stranger = ok(
				city.call("7101", RxFixtures.prescription(RxFixtures.nextHospRxno(), other, doctor, 7, false)));
		assertThat(rule(stranger, "JG019")).isEmpty();
		assertThat(rule(stranger, "JG020")).isEmpty();
		Map<String, Object> ticagrelor = new LinkedHashMap<>(
				RxFixtures.prescription(RxFixtures.nextHospRxno(), person, doctor, 7, false));
		Map<String, Object> line = new LinkedHashMap<>(
				PrescriptionGatewayIT.line(ticagrelor, "med_list_codg", RxFixtures.TICAGRELOR));
		line.put("drug_genname", "替格瑞洛片");
		line.put("sin_doscnt", "90");
		line.put("used_frqu_codg", "bid");
		ticagrelor.put("rxdetail", List.of(line));
		JsonNode otherDrug = ok(city.call("7101", ticagrelor));
		assertThat(rule(otherDrug, "JG019")).isEmpty();
		assertThat(rule(otherDrug, "JG020")).isEmpty();
	}

	/**
	 * 超量购药 (JG020) from a visit settled without an e-prescription: its sitagliptin line
	 * said 30 days ({@code prd_days} at 2204), so a 7-day prescription the same day finds
	 * 30 days supplied already; the same visit without {@code prd_days} is a purchase of
	 * unknown supply and flags nothing. A {@code prd_days} that is not a whole number of
	 * days from 1 to 366 is refused (INS-0023) and no line is stored.
	 */
	@Test
	void theDaysAVisitsDrugLineSaidCountForOverbuyingAtThePrecheck() {
		HsaClient city = GatewayFixtures.client(port, CITY_HOSPITAL, CITY_HOSPITAL_NAME).signIn();
		NewPerson withDays = GatewayFixtures.employee("0.00");
		NewPerson withoutDays = GatewayFixtures.employee("0.00");
		insurance.enrol(List.of(withDays, withoutDays));
		for (NewPerson person : List.of(withDays, withoutDays)) {
			String visitId = ok(city.call("2201", GatewayFixtures.registration(person))).at("/output/data/mdtrt_id")
				.asString();
			Map<String, Object> line = new LinkedHashMap<>(sitagliptinToday(visitId, person));
			if (person == withDays) {
				line.put("prd_days", "30");
			}
			ok(city.call("2204", Map.of("feedetail", List.of(line))));
			ok(city.call("2207", PrescriptionGatewayIT.settle(person, visitId, "67.20")));
		}

		JsonNode flagged = ok(
				city.call("7101", RxFixtures.prescription(RxFixtures.nextHospRxno(), withDays, doctor, 7, false)));
		assertThat(rule(flagged, "JG020")).singleElement()
			.satisfies(v -> assertThat(v.get("vola_cont").asString()).contains("30"));
		JsonNode unknown = ok(
				city.call("7101", RxFixtures.prescription(RxFixtures.nextHospRxno(), withoutDays, doctor, 7, false)));
		assertThat(rule(unknown, "JG020")).isEmpty();

		String visitId = ok(city.call("2201", GatewayFixtures.registration(withoutDays))).at("/output/data/mdtrt_id")
			.asString();
		for (String bad : List.of("0", "7.5", "400", "七")) {
			Map<String, Object> line = new LinkedHashMap<>(sitagliptinToday(visitId, withoutDays));
			line.put("prd_days", bad);
			JsonNode refused = city.call("2204", Map.of("feedetail", List.of(line)));
			assertThat(refused.get("infcode").asInt()).as(bad).isNotZero();
			assertThat(refused.get("err_msg").asString()).as(bad).startsWith("INS-0023").contains("prd_days");
		}
		assertThat(jdbc.sql("select count(*) from ins_fee_line where mdtrt_id = :v")
			.param("v", visitId)
			.query(Long.class)
			.single()).isZero();
	}

	/** Four sitagliptin tablets billed today: a purchase of this month. */
	private static Map<String, Object> sitagliptinToday(String visitId, NewPerson person) {
		Map<String, Object> line = new LinkedHashMap<>(
				GatewayFixtures.line(visitId, person.psnNo(), "1", RxFixtures.SITAGLIPTIN, "4", "16.80", "67.20"));
		line.put("fee_ocur_time", RxClock.now().format(RxClock.TIME));
		return line;
	}

	private record Dead(String psnNo, String name, String sex, LocalDate birthDate) {
	}

	/**
	 * An insured person of the demo city without a registered death, registered dead ten
	 * days ago.
	 */
	private Dead deadPerson() {
		Dead p = jdbc.sql("""
				select i.lookup_key, p.psn_name, p.gend, p.brdy from idn_identifier i
				join ins_enrolment e on e.psn_no = i.lookup_key and e.year = 2026 and e.psn_insu_stas = '1'
				join ins_person p on p.psn_no = i.lookup_key and p.insuplc_admdvs = '359900'
				where i.type = 'PSN_NO' and not exists (select 1 from idn_death d where d.resident_id = i.resident_id)
				  and p.brdy < date '1990-01-01'
				order by i.lookup_key desc limit 1""")
			.query((rs, n) -> new Dead(rs.getString(1), rs.getString(2), rs.getString(3),
					rs.getObject(4, LocalDate.class)))
			.single();
		String residentId = jdbc.sql("select resident_id from idn_identifier where type = 'PSN_NO' and lookup_key = :p")
			.param("p", p.psnNo())
			.query(String.class)
			.single();
		deaths.record(new DeathReport(residentId, null, RxClock.now().toLocalDate().minusDays(10),
				DeathSource.CIVIL_AFFAIRS, null, null), "359900", "system");
		return p;
	}

	private Map<String, Object> prescriptionOf(Dead p) {
		NewPerson person = GatewayFixtures.employee("0.00");
		Map<String, Object> input = new LinkedHashMap<>(
				RxFixtures.prescription(RxFixtures.nextHospRxno(), person, doctor, 7, false));
		@SuppressWarnings("unchecked")
		Map<String, Object> rx = new LinkedHashMap<>((Map<String, Object>) input.get("rxinfo"));
		rx.put("psn_no", p.psnNo());
		rx.put("patn_name", p.name());
		input.put("rxinfo", rx);
		input.put("mdtrtinfo", Map.of("gend", p.sex(), "brdy", p.birthDate().toString()));
		return input;
	}

	private static List<JsonNode> rule(JsonNode answer, String ruleId) {
		List<JsonNode> hits = new ArrayList<>();
		answer.at("/output/result").forEach(v -> {
			if (ruleId.equals(v.get("rule_id").asString())) {
				hits.add(v);
			}
		});
		return hits;
	}

	static JsonNode ok(JsonNode answer) {
		assertThat(answer.get("infcode").asInt()).as(answer.path("err_msg").asString()).isZero();
		return answer;
	}

}
