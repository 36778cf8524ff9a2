package org.sanyi.monitoring.zone;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sanyi.AwaitEvents;
import org.sanyi.HttpSession;
import org.sanyi.IntegrationTest;
import org.sanyi.insurance.GatewayFixtures;
import org.sanyi.insurance.HsaClient;
import org.sanyi.insurance.InsuranceAdmin;
import org.sanyi.insurance.InsuranceAdmin.NewPerson;
import org.sanyi.monitoring.analysis.Area;
import org.sanyi.monitoring.analysis.Areas;
import org.sanyi.monitoring.engine.Period;
import org.sanyi.registry.Registry;
import org.sanyi.security.DataScope;
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
 * The disease mix by ICD-10 chapter from live settlements: three outpatient settlements
 * with known main diagnoses (hypertension I10 at the city hospital, out of the insured
 * person's county; an upper respiratory infection J06 at the county hospital, in county,
 * its TCM diagnosis listed first; J06 again at the city hospital, then reversed) move the
 * chapter totals exactly by their visits and fund paid, split by level of institution and
 * in/out of county; the page shows the chapters and a chapter lists its settlements, the
 * reversal among them.
 */
@IntegrationTest
class DiseaseChaptersIT {

	static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	static final DiseaseChapters.Filter OUTPATIENT = DiseaseChapters.Filter.of("11", "", "");

	@LocalServerPort
	int port;

	@Autowired
	InsuranceAdmin admin;

	@Autowired
	DiseaseChapters chapters;

	@Autowired
	Areas areas;

	@Autowired
	Registry registry;

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void setUp() {
		GatewayFixtures.addExampleItems(admin);
	}

	@Test
	void settlementsWithKnownDiagnosesMoveTheirChaptersExactlyAndAReversalTakesItsCaseBack() {
		AwaitEvents.monitoring(jdbc);
		Area city = areas.resolve("R359900", DataScope.all());
		Period month = Period.month(YearMonth.now(ZONE));
		Map<String, DiseaseChapters.Row> before = rows(chapters.of(city, month, OUTPATIENT));
		Map<String, DiseaseChapters.Row> outBefore = rows(
				chapters.of(city, month, DiseaseChapters.Filter.of("11", "", "N")));
		String cityLevel = FundFlows.level(registry.institution(CITY_HOSPITAL).orElseThrow());
		String countyLevel = FundFlows.level(registry.institution(COUNTY_HOSPITAL).orElseThrow());

		Settled hypertension = settle(CITY_HOSPITAL, List.of(diagnosis("1", "1", "I10.x00", "高血压")));
		Settled infection = settle(COUNTY_HOSPITAL,
				List.of(diagnosis("1", "2", "BNW010", "感冒"), diagnosis("2", "1", "J06.900", "急性上呼吸道感染")));
		Settled reversed = settle(CITY_HOSPITAL, List.of(diagnosis("1", "1", "J06.900", "急性上呼吸道感染")));
		ok(client(CITY_HOSPITAL).call("2208", Map.of("data",
				Map.of("setl_id", reversed.setlId(), "mdtrt_id", reversed.visitId(), "psn_no", reversed.psnNo()))));
		AwaitEvents.monitoring(jdbc);

		Map<String, DiseaseChapters.Row> after = rows(chapters.of(city, month, OUTPATIENT));
		DiseaseChapters.Row circulatory = after.get("09");
		DiseaseChapters.Row respiratory = after.get("10");
		assertThat(circulatory.cases().subtract(cases(before, "09"))).isEqualByComparingTo("1");
		assertThat(circulatory.fund().subtract(fund(before, "09"))).isEqualByComparingTo(hypertension.fund());
		assertThat(respiratory.cases().subtract(cases(before, "10"))).as("the reversal takes its case back")
			.isEqualByComparingTo("1");
		assertThat(respiratory.fund().subtract(fund(before, "10"))).isEqualByComparingTo(infection.fund());
		assertThat(circulatory.casesAt(cityLevel).subtract(at(before, "09", cityLevel))).isEqualByComparingTo("1");
		assertThat(respiratory.casesAt(countyLevel).subtract(at(before, "10", countyLevel))).isEqualByComparingTo("1");
		assertThat(respiratory.inCountyCases().subtract(inCounty(before, "10"))).as("the county hospital is in county")
			.isEqualByComparingTo("1");
		assertThat(circulatory.inCountyCases().subtract(inCounty(before, "09"))).as("the city hospital is not")
			.isEqualByComparingTo("0");

		Map<String, DiseaseChapters.Row> outAfter = rows(
				chapters.of(city, month, DiseaseChapters.Filter.of("11", "", "N")));
		assertThat(cases(outAfter, "09").subtract(cases(outBefore, "09"))).isEqualByComparingTo("1");
		assertThat(cases(outAfter, "10").subtract(cases(outBefore, "10"))).isEqualByComparingTo("0");
		Map<String, DiseaseChapters.Row> countyLevelOnly = rows(
				chapters.of(city, month, DiseaseChapters.Filter.of("11", countyLevel, "")));
		assertThat(countyLevelOnly.values()).allMatch(r -> r.cases().compareTo(r.casesAt(countyLevel)) == 0);

		HttpSession ybj = HttpSession.loggedIn(port, "ybj", "Sanyi@2026");
		String page = ybj.get("/monitoring/zone/diseases?area=R359900&period=" + month.code() + "&clr=11").body();
		assertThat(page).contains("按主要诊断 ICD-10 章节", "循环系统疾病", "呼吸系统疾病", "I00–I99", "县域内就医占比");
		String behind = ybj
			.get("/monitoring/zone/diseases/chapter?area=R359900&period=" + month.code() + "&chapter=10&clr=11")
			.body();
		assertThat(behind).contains("呼吸系统疾病", infection.setlId(), reversed.setlId(), "撤销结算")
			.doesNotContain(hypertension.setlId());
		assertThat(ybj
			.get("/monitoring/zone/diseases/chapter?area=R359900&period=" + month.code()
					+ "&chapter=09&clr=11&county=Y")
			.body()).doesNotContain(hypertension.setlId());
		assertThat(ybj.get("/monitoring/zone/diseases?area=R359900&clr=99").statusCode()).isEqualTo(400);
		assertThat(ybj.get("/monitoring/zone/diseases?area=R359900&level=level9").statusCode()).isEqualTo(400);
		assertThat(ybj.get("/monitoring/zone/diseases/chapter?area=R359900&period=" + month.code() + "&chapter=23")
			.statusCode()).isEqualTo(400);
		assertThat(HttpSession.loggedIn(port, "ybb", "Sanyi@2026")
			.get("/monitoring/zone/diseases/chapter?area=R359900&period=" + month.code() + "&chapter=10")
			.statusCode()).isIn(403, 404);
	}

	@Test
	void theDemosHistoryReportsItsDischargesByChapter() {
		AwaitEvents.statisticsHistory(jdbc, 24);
		Area city = areas.resolve("R359900", DataScope.all());
		DiseaseChapters.Mix mix = chapters.of(city, Period.year(2026), DiseaseChapters.Filter.of("21", "", ""));
		assertThat(mix.rows()).hasSizeGreaterThan(15);
		assertThat(mix.rows().getFirst().chapter()).isIn("09", "10");
		assertThat(mix.total().inCountyShare()).isBetween(new BigDecimal("60"), new BigDecimal("99"));
		assertThat(mix.total().averageStay()).isBetween(new BigDecimal("5"), new BigDecimal("12"));
	}

	record Settled(String setlId, String visitId, String psnNo, BigDecimal fund) {
	}

	static Map<String, Object> diagnosis(String order, String type, String code, String name) {
		return Map.of("diag_type", type, "diag_srt_no", order, "diag_code", code, "diag_name", name, "diag_dept", "内科",
				"dise_dor_no", "D001", "dise_dor_name", "张伟", "diag_time", "2026-11-01 09:10:00");
	}

	HsaClient client(String institution) {
		return GatewayFixtures
			.client(port, institution, CITY_HOSPITAL.equals(institution) ? CITY_HOSPITAL_NAME : "云岫县总医院")
			.signIn();
	}

	/** An outpatient visit at {@code institution} with these diagnoses, settled. */
	Settled settle(String institution, List<Map<String, Object>> diagnoses) {
		HsaClient his = client(institution);
		NewPerson person = GatewayFixtures.employee("1000.00");
		admin.enrol(List.of(person));
		String visitId = ok(his.call("2201", GatewayFixtures.registration(person))).at("/data/mdtrt_id").asString();
		ok(his.call("2203", Map.of("mdtrtinfo", Map.of("mdtrt_id", visitId, "psn_no", person.psnNo(), "med_type", "11",
				"begntime", "2026-11-01 09:00:00"), "diseinfo", new ArrayList<>(diagnoses))));
		ok(his.call("2204",
				Map.of("feedetail", List.of(line(visitId, person.psnNo(), "1", "T-A-SURGERY", "1", "300", "300.00"),
						line(visitId, person.psnNo(), "2", "T-B-DRUG", "1", "150", "150.00")))));
		JsonNode settled = ok(his.call("2207",
				Map.of("data",
						Map.of("psn_no", person.psnNo(), "mdtrt_cert_type", "02", "mdtrt_cert_no", person.certNo(),
								"med_type", "11", "medfee_sumamt", new BigDecimal("450.00"), "psn_setlway", "01",
								"mdtrt_id", visitId, "chrg_bchno", "0000", "acct_used_flag", "1", "insutype", "310"))));
		return new Settled(settled.at("/setlinfo/setl_id").asString(), visitId, person.psnNo(),
				settled.at("/setlinfo/fund_pay_sumamt").decimalValue());
	}

	static Map<String, DiseaseChapters.Row> rows(DiseaseChapters.Mix mix) {
		Map<String, DiseaseChapters.Row> rows = new HashMap<>();
		mix.rows().forEach(r -> rows.put(r.chapter(), r));
		return rows;
	}

	static BigDecimal cases(Map<String, DiseaseChapters.Row> rows, String chapter) {
		return rows.containsKey(chapter) ? rows.get(chapter).cases() : BigDecimal.ZERO;
	}

	static BigDecimal fund(Map<String, DiseaseChapters.Row> rows, String chapter) {
		return rows.containsKey(chapter) ? rows.get(chapter).fund() : BigDecimal.ZERO;
	}

	static BigDecimal inCounty(Map<String, DiseaseChapters.Row> rows, String chapter) {
		return rows.containsKey(chapter) ? rows.get(chapter).inCountyCases() : BigDecimal.ZERO;
	}

	static BigDecimal at(Map<String, DiseaseChapters.Row> rows, String chapter, String level) {
		return rows.containsKey(chapter) ? rows.get(chapter).casesAt(level) : BigDecimal.ZERO;
	}

	private static JsonNode ok(JsonNode answer) {
		assertThat(answer.get("infcode").asInt()).as(answer.path("err_msg").asString()).isZero();
		return answer.get("output");
	}

}
