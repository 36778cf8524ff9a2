package org.sanyi.supervision;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.sanyi.IntegrationTest;
import org.sanyi.identity.DeathReport;
import org.sanyi.identity.DeathSource;
import org.sanyi.identity.ResidentDeaths;
import org.sanyi.insurance.GatewayFixtures;
import org.sanyi.insurance.HsaClient;
import org.sanyi.insurance.InsuranceAdmin;
import org.sanyi.insurance.InsuranceAdmin.Diagnosis;
import org.sanyi.insurance.InsuranceAdmin.RecordedLine;
import org.sanyi.insurance.InsuranceAdmin.RecordedVisit;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sanyi.insurance.GatewayFixtures.CITY_HOSPITAL;
import static org.sanyi.insurance.GatewayFixtures.CITY_HOSPITAL_NAME;

/**
 * 死亡后就医 with the demo city's rule JG026: identity's registered date of death reaches the
 * engine through insurance's {@code InsuredDeaths}. 3101 and 3102 through the signed
 * gateway answer a visit after the death as a definite violation and a visit on the day
 * of death as none; the batch audit files a settlement after the death as a definite
 * suspicion (once), and the demo's planted purchases on dead persons' cards are cases.
 */
@IntegrationTest
class AfterDeathIT {

	static final String CITY = "359900";

	@LocalServerPort
	int port;

	@Autowired
	ResidentDeaths deaths;

	@Autowired
	InsuranceAdmin insurance;

	@Autowired
	SupervisionAdmin supervision;

	@Autowired
	JdbcClient jdbc;

	@Test
	void preAndInEventAnalysisFlagAVisitAfterTheDeathButNotOneOnTheDayOfDeath() {
		Insured p = insured(3);
		died(p, "2026-10-20");
		HsaClient his = GatewayFixtures.client(port, CITY_HOSPITAL, CITY_HOSPITAL_NAME).signIn();

		JsonNode after = ok(his.call("3101", input("3", p.psnNo(), "V-DEATH-1", "2026-11-01")));
		assertThat(afterDeath(after)).singleElement().satisfies(v -> {
			assertThat(v.get("vola_bhvr_type").asString()).isEqualTo("1");
			assertThat(v.get("patn_id").asString()).isEqualTo(p.psnNo());
			assertThat(v.get("vola_cont").asString()).contains("2026-11-01", "晚于参保人死亡日期 2026-10-20");
			assertThat(v.get("vola_amt").decimalValue()).isEqualByComparingTo("63.20");
			assertThat(v.get("sugg_action").asString()).isEqualTo("REFUSE_PAYMENT");
		});
		JsonNode sameDay = ok(his.call("3101", input("3", p.psnNo(), "V-DEATH-2", "2026-10-20")));
		assertThat(afterDeath(sameDay)).isEmpty();
		JsonNode during = ok(his.call("3102", input("6", p.psnNo(), "V-DEATH-3", "2026-11-02")));
		assertThat(afterDeath(during)).hasSize(1);

		Insured alive = insured(4);
		assertThat(afterDeath(ok(his.call("3101", input("3", alive.psnNo(), "V-DEATH-4", "2026-11-01"))))).isEmpty();
	}

	@Test
	void theBatchAuditFilesASettlementAfterTheDeathAsADefiniteSuspicionOnce() {
		Insured p = insured(5);
		died(p, "2026-11-15");
		var result = insurance.settleRecorded(List.of(purchase(p, "2026-11-15"), purchase(p, "2026-11-21")));
		assertThat(result.settled()).isEqualTo(2);
		LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
		supervision.audit(CITY, LocalDate.of(2026, 11, 15), LocalDate.of(2026, 11, 21), today);
		List<Map<String, Object>> found = jdbc.sql("""
				select s.setl_date, s.result_type, s.amount, s.line_id from sup_suspicion s
				where s.kind = 'AFTER_DEATH' and s.psn_no = :p""").param("p", p.psnNo()).query().listOfRows();
		assertThat(found).singleElement().satisfies(row -> {
			assertThat(row.get("setl_date").toString()).isEqualTo("2026-11-21");
			assertThat(row.get("result_type")).isEqualTo("DEFINITE");
			assertThat((BigDecimal) row.get("amount")).isEqualByComparingTo("63.20");
			assertThat(row.get("line_id")).isEqualTo("");
		});
		supervision.audit(CITY, LocalDate.of(2026, 11, 15), LocalDate.of(2026, 11, 21), today);
		assertThat(jdbc.sql("select count(*) from sup_suspicion where kind = 'AFTER_DEATH' and psn_no = :p")
			.param("p", p.psnNo())
			.query(Integer.class)
			.single()).isEqualTo(1);
	}

	@Test
	void theDemoPlantsPurchasesOnDeadPersonsCardsThatTheBatchAuditFiled() {
		// the demo's deaths: visits after the death are filed, none on or before the day
		// of death
		List<Map<String, Object>> persons = jdbc.sql("""
				select i.lookup_key as psn_no, d.date_of_death,
				       (select count(*) from ins_settlement s join ins_visit v on v.mdtrt_id = s.mdtrt_id
				        where s.psn_no = i.lookup_key and not s.refd_setl_flag
				          and v.begntime::date > d.date_of_death) as after,
				       (select count(*) from ins_visit v
				        where v.psn_no = i.lookup_key and v.begntime::date = d.date_of_death) as same_day,
				       (select count(*) from sup_suspicion u where u.psn_no = i.lookup_key
				          and u.kind = 'AFTER_DEATH') as filed,
				       (select count(*) from sup_suspicion u join ins_visit v on v.mdtrt_id = u.mdtrt_id
				        where u.psn_no = i.lookup_key and u.kind = 'AFTER_DEATH'
				          and v.begntime::date <= d.date_of_death) as wrongly_filed
				from idn_death d join idn_identifier i on i.resident_id = d.resident_id and i.type = 'PSN_NO'
				where d.recorded_by = 'import'""").query().listOfRows();
		assertThat(persons).hasSize(5);
		assertThat(persons).allSatisfy(row -> {
			assertThat(((Number) row.get("wrongly_filed")).intValue()).isZero();
			assertThat(((Number) row.get("filed")).intValue())
				.isLessThanOrEqualTo(((Number) row.get("after")).intValue());
		});
		// four persons with two purchases each on their card after the death
		assertThat(persons.stream().mapToLong(r -> ((Number) r.get("filed")).longValue()).sum())
			.isGreaterThanOrEqualTo(8);
		// the emergency visit on the day of death is no case
		assertThat(persons).anySatisfy(row -> {
			assertThat(((Number) row.get("same_day")).intValue()).isPositive();
			assertThat(((Number) row.get("filed")).intValue()).isZero();
		});
	}

	private record Insured(String psnNo, String residentId, String insutype) {
	}

	/**
	 * An insured person of the demo city enrolled in 2026, without a registered death.
	 */
	private Insured insured(int offset) {
		return jdbc.sql("""
				select i.lookup_key, i.resident_id, e.insutype from idn_identifier i
				join ins_enrolment e on e.psn_no = i.lookup_key and e.year = 2026 and e.psn_insu_stas = '1'
				join ins_person p on p.psn_no = i.lookup_key and p.insuplc_admdvs = '359900'
				where i.type = 'PSN_NO' and not exists (select 1 from idn_death d where d.resident_id = i.resident_id)
				  and not exists (select 1 from ins_visit v where v.psn_no = i.lookup_key)
				order by i.lookup_key limit 1 offset :o""")
			.param("o", offset)
			.query((rs, n) -> new Insured(rs.getString(1), rs.getString(2), rs.getString(3)))
			.single();
	}

	private void died(Insured p, String date) {
		deaths.record(
				new DeathReport(p.residentId(), null, LocalDate.parse(date), DeathSource.CIVIL_AFFAIRS, null, null),
				CITY, "system");
	}

	private static RecordedVisit purchase(Insured p, String day) {
		var at = LocalDate.parse(day).atTime(15, 0);
		return new RecordedVisit(CITY_HOSPITAL, p.psnNo(), p.insutype(), "11", at, at.plusMinutes(10),
				List.of(new Diagnosis("I10.x00", "高血压")),
				List.of(new RecordedLine("XC08CAA001A060010100518", new BigDecimal("2"), new BigDecimal("28.40")),
						new RecordedLine("XC09CAA001A001010100592", new BigDecimal("2"), new BigDecimal("3.20"))),
				false);
	}

	private static List<JsonNode> afterDeath(JsonNode answer) {
		List<JsonNode> hits = new java.util.ArrayList<>();
		answer.at("/output/result").forEach(v -> {
			if ("JG026".equals(v.get("rule_id").asString())) {
				hits.add(v);
			}
		});
		return hits;
	}

	private static Map<String, Object> input(String trigScene, String psnNo, String visitId, String day) {
		Map<String, Object> encounter = new LinkedHashMap<>();
		encounter.put("mdtrt_id", visitId);
		encounter.put("medins_id", CITY_HOSPITAL);
		encounter.put("medins_lv", "02");
		encounter.put("adm_date", day);
		encounter.put("med_type", "11");
		encounter.put("fsi_diagnose_dtos", List.of(Map.of("dise_codg", "I10.x00", "maindise_flag", "1")));
		encounter.put("fsi_order_dtos", List.of(order("RX1", "XC08CAA001A060010100518", "2", "28.40", day),
				order("RX2", "XC09CAA001A001010100592", "2", "3.20", day)));
		Map<String, Object> patient = new LinkedHashMap<>();
		patient.put("patn_id", psnNo);
		patient.put("gend", "1");
		patient.put("brdy", "1950-05-01");
		patient.put("curr_mdtrt_id", visitId);
		patient.put("fsi_encounter_dtos", List.of(encounter));
		return Map.of("data", Map.of("task_id", "T-DEATH", "trig_scen", trigScene, "patient_dtos", List.of(patient)));
	}

	private static Map<String, Object> order(String rxId, String code, String cnt, String price, String day) {
		Map<String, Object> o = new LinkedHashMap<>();
		o.put("rx_id", rxId);
		o.put("hilist_code", code);
		o.put("hilist_name", "药品" + code);
		o.put("chrg_type", "09");
		o.put("cnt", cnt);
		o.put("pric", price);
		o.put("drord_begn_date", day);
		return o;
	}

	private static JsonNode ok(JsonNode answer) {
		assertThat(answer.get("infcode").asInt()).as(answer.path("err_msg").asString()).isZero();
		return answer;
	}

}
