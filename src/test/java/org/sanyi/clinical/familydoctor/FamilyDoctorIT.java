package org.sanyi.clinical.familydoctor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.sanyi.HttpSession;
import org.sanyi.IntegrationTest;
import org.sanyi.clinical.familydoctor.engine.Tier;
import org.sanyi.clinical.familydoctor.internal.FollowUpService;
import org.sanyi.clinical.familydoctor.internal.FollowUpService.NewFollowUp;
import org.sanyi.shared.BusinessException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Follow-ups of the demo's registered patients in 云岫县: tiered by the rules in force and
 * stored with their version and due date; a second uncontrolled visit turns red;
 * impossible readings and unregistered residents are refused with nothing saved; the
 * team's desk, the county centre's view and the resident's 家庭医生 show them.
 */
@IntegrationTest
class FamilyDoctorIT {

	static final String CENTRE = "H35992100011";

	@Autowired
	FollowUpService followUps;

	@Autowired
	JdbcClient jdbc;

	@LocalServerPort
	int port;

	String registeredHypertensive(int offset) {
		return jdbc.sql("""
				select resident_id from fd_register where institution_code = :c and condition = 'HTN'
				   and resident_id <> 'demo-resident-1'
				   and resident_id not in (select resident_id from fd_register where condition = 'DM')
				 order by resident_id offset :o limit 1""")
			.param("c", CENTRE)
			.param("o", offset)
			.query(String.class)
			.single();
	}

	long followUpsOf(String resident) {
		return jdbc.sql("select count(*) from fd_follow_up where resident_id = :r")
			.param("r", resident)
			.query(Long.class)
			.single();
	}

	@Test
	void aFollowUpIsTieredByTheRulesInForceAndTwoUncontrolledInARowAreRed() {
		String resident = registeredHypertensive(0);
		Instant now = Instant.now();

		var first = followUps.record(new NewFollowUp(resident, 126, 78, null, "氨氯地平", null, false, false, false),
				CENTRE, "刘秀英", now.minusSeconds(7200));
		var second = followUps.record(new NewFollowUp(resident, 152, 94, null, "氨氯地平", null, false, false, false),
				CENTRE, "刘秀英", now.minusSeconds(3600));
		var third = followUps.record(new NewFollowUp(resident, 156, 96, null, "氨氯地平+缬沙坦", null, false, false, false),
				CENTRE, "刘秀英", now);

		assertThat(first.tier()).isEqualTo(Tier.GREEN);
		assertThat(second.tier()).isEqualTo(Tier.YELLOW);
		assertThat(third.tier()).isEqualTo(Tier.RED);
		assertThat(third.rulesVersion()).isEqualTo("NW4-2026");
		assertThat(third.reasons()).isEqualTo("BP_UNCONTROLLED_TWICE");
		assertThat(jdbc.sql("select tier || ' ' || rules_version from fd_follow_up where id = :id")
			.param("id", third.id())
			.query(String.class)
			.single()).isEqualTo("RED NW4-2026");
	}

	@Test
	void anImpossibleBloodPressureIsRefusedAndNothingIsSaved() {
		String resident = registeredHypertensive(1);
		long before = followUpsOf(resident);

		assertThatThrownBy(
				() -> followUps.record(new NewFollowUp(resident, 90, 120, null, null, null, false, false, false),
						CENTRE, "刘秀英", Instant.now()))
			.isInstanceOfSatisfying(BusinessException.class,
					ex -> assertThat(ex.error()).isEqualTo(FamilyDoctorErrors.BP_IMPOSSIBLE));
		assertThatThrownBy(
				() -> followUps.record(new NewFollowUp(resident, null, null, null, null, null, false, false, false),
						CENTRE, "刘秀英", Instant.now()))
			.isInstanceOfSatisfying(BusinessException.class,
					ex -> assertThat(ex.error()).isEqualTo(FamilyDoctorErrors.BP_MISSING));
		assertThatThrownBy(
				() -> followUps.record(new NewFollowUp(resident, 130, 80, null, null, null, false, false, false),
						"H35992100001", "张伟", Instant.now()))
			.isInstanceOfSatisfying(BusinessException.class,
					ex -> assertThat(ex.error()).isEqualTo(FamilyDoctorErrors.NOT_REGISTERED));

		assertThat(followUpsOf(resident)).isEqualTo(before);
	}

	@Test
	void theTeamRecordsAFollowUpOnItsPageAndTheRefusalIsShown() {
		String resident = registeredHypertensive(2);
		HttpSession team = HttpSession.loggedIn(port, "jtys", "Sanyi@2026");
		assertThat(team.get("/familydoctor?all=true").body()).contains("家庭医生工作台").contains(resident);

		var refused = team.postForm("/familydoctor/patients/" + resident + "/follow-ups",
				Map.of("sbp", "400", "dbp", "90"));
		assertThat(refused.statusCode()).isEqualTo(302);
		assertThat(team.get("/familydoctor/patients/" + resident).body()).contains("FD-0004");
		long before = followUpsOf(resident);
		team.postForm("/familydoctor/patients/" + resident + "/follow-ups",
				Map.of("sbp", "184", "dbp", "96", "medication", "硝苯地平控释片"));
		assertThat(followUpsOf(resident)).isEqualTo(before + 1);
		assertThat(team.get("/familydoctor").body()).contains("红色：两周内转诊");
	}

	@Test
	void theCountyCentreSeesItsCountyByTierAndTheResidentSeesHerContract() {
		HttpSession county = HttpSession.loggedIn(port, "wjw_county", "Sanyi@2026");
		var centre = county.get("/familydoctor/centre");
		assertThat(centre.statusCode()).isEqualTo(200);
		assertThat(centre.body()).contains("慢病分级管理").contains("家庭医生一团队");

		HttpSession resident = HttpSession.loggedIn(port, "resident", "Sanyi@2026");
		var mine = resident.get("/portal/family-doctor");
		assertThat(mine.statusCode()).isEqualTo(200);
		assertThat(mine.body()).contains("刘秀英").contains("慢病管理个性化包").contains("高血压患者");
		assertThat(resident.get("/familydoctor").statusCode()).isEqualTo(403);
	}

}
