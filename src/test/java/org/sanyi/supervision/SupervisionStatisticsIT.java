package org.sanyi.supervision;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.sanyi.HttpSession;
import org.sanyi.IntegrationTest;
import org.sanyi.security.DataScope;
import org.sanyi.supervision.statistics.SupervisionStatistics;
import org.sanyi.supervision.statistics.SupervisionStatistics.Inspection;
import org.sanyi.supervision.statistics.SupervisionStatistics.RuleLine;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The population rules find what the demo planted; statistics per rule, institution and
 * doctor add up to the suspicions; 飞行检查 lists an institution's riskiest settlements with
 * reasons, within the user's scope; the pages show institution names.
 */
@IntegrationTest
class SupervisionStatisticsIT {

	static final String HOSPITAL = "H35990000001";

	@Autowired
	SupervisionStatistics statistics;

	@Autowired
	JdbcClient jdbc;

	@LocalServerPort
	int port;

	@Test
	void thePopulationRulesFindTheDemosPlantedCases() {
		assertThat(jdbc.sql("select distinct item_code from sup_suspicion where kind = 'PEER_COST_DOCTOR'")
			.query(String.class)
			.list()).containsExactly("D359900000106");
		Map<String, Integer> byKind = new java.util.HashMap<>();
		jdbc.sql("select kind, count(*) as n from sup_suspicion group by kind").query(rs -> {
			byKind.put(rs.getString("kind"), rs.getInt("n"));
		});
		// one ring of three adults per 400 sharing a phone, three cross-region stays each
		// overlapping a visit elsewhere (both visits are cross-region)
		assertThat(byKind.getOrDefault("SHARED_PHONE", 0)).isGreaterThanOrEqualTo(3);
		assertThat(byKind.getOrDefault("REMOTE_OVERLAP", 0)).isGreaterThanOrEqualTo(3);
	}

	@Test
	void ruleStatisticsAddUpToTheSuspicionsAndMarkRulesWithOnlyDismissedCases() {
		List<RuleLine> rules = statistics.rules(DataScope.all());
		assertThat(rules).isNotEmpty();
		for (RuleLine r : rules) {
			int hits = jdbc.sql("select count(*) from sup_suspicion where rule_id = :r")
				.param("r", r.ruleId())
				.query(Integer.class)
				.single();
			assertThat(r.hits()).as(r.ruleId()).isEqualTo(hits);
			assertThat(r.hitRate()).as(r.ruleId()).isNotNull();
			long decided = r.upheld() + r.notUpheld();
			assertThat(r.onlyDismissed()).as(r.ruleId()).isEqualTo(decided > 0 && r.upheld() == 0);
			assertThat(r.upheldRate() == null).isEqualTo(decided == 0);
		}
		// an institution sees hits only of its own, and no hit rate
		assertThat(statistics.rules(DataScope.institution(HOSPITAL, "359900"))).allSatisfy(r -> {
			assertThat(r.hitRate()).isNull();
		});
	}

	@Test
	void theInspectionListsTheRiskiestSettlementsWithReasonsInTheUsersScope() {
		List<Inspection> list = statistics.inspection(HOSPITAL, DataScope.region("359900"));
		assertThat(list).isNotEmpty().hasSizeLessThanOrEqualTo(50);
		for (int i = 1; i < list.size(); i++) {
			assertThat(list.get(i).settlement().score()).isLessThanOrEqualTo(list.get(i - 1).settlement().score());
		}
		assertThat(list).allSatisfy(s -> {
			assertThat(s.reasons()).isNotEmpty();
			assertThat(s.reasons()).allSatisfy(r -> assertThat(r.status()).isNotIn("DISMISSED", "REVERSED"));
		});
		// a county bureau does not see a city hospital
		assertThat(statistics.inspection(HOSPITAL, DataScope.region("359921"))).isEmpty();
	}

	@Test
	void thePagesShowInstitutionNamesChartsAndTheInspection() {
		HttpSession ybj = HttpSession.loggedIn(port, "ybj", "Sanyi@2026");
		String stats = ybj.get("/supervision/statistics").body();
		assertThat(stats).contains("基金监管统计", "sup-rule-chart", "青溪市第一医院", "D359900000106",
				"/supervision/inspection?institution=" + HOSPITAL);
		String inspection = ybj.get("/supervision/inspection?institution=" + HOSPITAL).body();
		assertThat(inspection).contains("飞行检查", "青溪市第一医院", "风险分");
		assertThat(ybj.get("/supervision/suspicions").body()).contains("青溪市第一医院");
		HttpSession ybb = HttpSession.loggedIn(port, "ybb", "Sanyi@2026");
		assertThat(ybb.get("/supervision/inspection?institution=" + HOSPITAL).statusCode()).isEqualTo(403);
		assertThat(ybb.get("/supervision/statistics").statusCode()).isEqualTo(200);
	}

	@Test
	void aDoctorSeesWhyTheirSettlementsWereFlaggedInTheirScopeOnly() {
		// the demo's outlier doctor at the city hospital, seen by the bureau
		HttpSession ybj = HttpSession.loggedIn(port, "ybj", "Sanyi@2026");
		String page = ybj.get("/supervision/doctor?code=D359900000106").body();
		assertThat(page).contains("医师审核疑点", "D359900000106", "医生次均费用超同级", "高出同级同类医师均值", "青溪市第一医院");
		assertThat(jdbc.sql("""
				select count(*) from sec_audit_log where action = 'READ' and resource = 'supervision:doctor'
				and target = 'D359900000106' and username = 'ybj'""").query(Integer.class).single()).isPositive();
		// the hospital's 医保办 sees its own doctor's findings too
		assertThat(HttpSession.loggedIn(port, "ybb", "Sanyi@2026").get("/supervision/doctor?code=D359900000106").body())
			.contains("医生次均费用超同级");
		// a doctor of the county hospital: the city hospital's findings are not in scope
		HttpSession doctor = HttpSession.loggedIn(port, "doctor", "Sanyi@2026");
		assertThat(doctor.get("/supervision/doctor?code=D359900000106").body()).contains("暂无审核疑点")
			.doesNotContain("医生次均费用超同级");
		// a malformed code is refused with its field
		assertThat(doctor.get("/supervision/doctor?code=D1%27%3Bdrop").body()).contains("SUP-0001");
		// and the page asks for a code at first
		assertThat(doctor.get("/supervision/doctor").statusCode()).isEqualTo(200);
	}

}
