package org.sanyi.clinical.online;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.sanyi.HttpSession;
import org.sanyi.IntegrationTest;
import org.sanyi.clinical.online.engine.CheckInState;
import org.sanyi.clinical.online.internal.FollowUpPlan;
import org.sanyi.clinical.online.internal.FollowUpPlans;
import org.sanyi.clinical.online.internal.OnlineVisits.Doctor;
import org.sanyi.shared.BusinessException;
import org.sanyi.shared.PlatformTime;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Post-discharge plans: made by the hospital's doctor at discharge, check-ins due and
 * overdue on the doctor's list, recorded once; a plan out of range is refused and saves
 * nothing; another hospital's doctors see nothing of it.
 */
@IntegrationTest
class FollowUpPlansIT {

	static final String COUNTY_HOSPITAL = "H35992100001";

	static final Doctor ZHANG = new Doctor(COUNTY_HOSPITAL, "doctor", "张伟");

	@Autowired
	FollowUpPlans plans;

	@Autowired
	JdbcClient jdbc;

	@LocalServerPort
	int port;

	String patient() {
		return jdbc.sql("""
				select resident_id from idn_resident where status = 'ACTIVE' and resident_id <> 'demo-resident-1'
				 order by id desc offset 7 limit 1""").query(String.class).single();
	}

	@Test
	void aPlanMadeAtDischargeSchedulesCheckInsThatTheDoctorRecords() {
		LocalDate today = PlatformTime.today();
		FollowUpPlan plan = plans.create(
				new FollowUpPlans.NewPlan(patient(), "I63.900", today.minusDays(16), 7, 4, "康复训练每日两次"), ZHANG, "云岫县总医院",
				Instant.now());

		assertThat(plan.diagnosisName()).isEqualTo("脑梗死");
		assertThat(plan.schedule()).extracting(FollowUpPlan.CheckIn::dueOn)
			.containsExactly(today.minusDays(9), today.minusDays(2), today.plusDays(5), today.plusDays(12));
		assertThat(plan.schedule()).extracting(c -> c.state(today))
			.containsExactly(CheckInState.OVERDUE, CheckInState.DUE, CheckInState.UPCOMING, CheckInState.UPCOMING);
		assertThat(plans.due(COUNTY_HOSPITAL, today)).extracting(d -> d.checkIn().id())
			.contains(plan.schedule().get(0).id(), plan.schedule().get(1).id())
			.doesNotContain(plan.schedule().get(2).id());

		HttpSession doctor = HttpSession.loggedIn(port, "doctor", "Sanyi@2026");
		assertThat(doctor.get("/online/plans").body()).contains("脑梗死");
		long first = plan.schedule().get(0).id();
		doctor.postForm("/online/plans/check-ins/" + first, Map.of("outcome", "电话随访：肢体功能改善"));
		assertThat(plans.due(COUNTY_HOSPITAL, today)).extracting(d -> d.checkIn().id()).doesNotContain(first);
		assertThatThrownBy(() -> plans.checkIn(first, ZHANG, "再次记录", Instant.now())).isInstanceOfSatisfying(
				BusinessException.class, ex -> assertThat(ex.error()).isEqualTo(OnlineErrors.CHECK_IN_DONE));

		HttpSession consultant = HttpSession.loggedIn(port, "consultant", "Sanyi@2026");
		assertThat(consultant.get("/online/plans").body()).doesNotContain("脑梗死");
		assertThat(consultant
			.postForm("/online/plans/check-ins/" + plan.schedule().get(1).id(), Map.of("outcome", "不是本院的"))
			.statusCode()).isEqualTo(404);
		assertThat(plans.ofInstitution(plan.id(), COUNTY_HOSPITAL).schedule().get(1).doneAt()).isNull();
	}

	@Test
	void aPlanOutOfRangeOrForAnUnknownPatientIsRefusedAndNothingIsSaved() {
		long before = jdbc.sql("select count(*) from ol_plan").query(Long.class).single();
		HttpSession doctor = HttpSession.loggedIn(port, "doctor", "Sanyi@2026");
		doctor.get("/online/plans");
		doctor.postForm("/online/plans", Map.of("idNumber", "350403198001011234", "diagnosis", "I63.900",
				"dischargedOn", PlatformTime.today().toString(), "intervalDays", "7", "checkIns", "4"));
		assertThat(doctor.get("/online/plans").body()).contains("OL-0013");
		assertThatThrownBy(() -> plans.create(
				new FollowUpPlans.NewPlan(patient(), "I63.900", PlatformTime.today().minusDays(1), 0, 4, null), ZHANG,
				"云岫县总医院", Instant.now()))
			.isInstanceOfSatisfying(BusinessException.class,
					ex -> assertThat(ex.error()).isEqualTo(OnlineErrors.BAD_PLAN));
		assertThatThrownBy(() -> plans.create(
				new FollowUpPlans.NewPlan(patient(), "I63.900", PlatformTime.today().plusDays(1), 7, 4, null), ZHANG,
				"云岫县总医院", Instant.now()))
			.isInstanceOfSatisfying(BusinessException.class,
					ex -> assertThat(ex.error()).isEqualTo(OnlineErrors.BAD_PLAN));
		assertThat(jdbc.sql("select count(*) from ol_plan").query(Long.class).single()).isEqualTo(before);
	}

	@Test
	void theDemoHasPlansWithCheckInsDoneAndDue() {
		assertThat(jdbc.sql("select count(*) from ol_plan").query(Long.class).single()).isGreaterThanOrEqualTo(6);
		assertThat(jdbc.sql("select count(*) from ol_check_in where done_at is not null").query(Long.class).single())
			.isPositive();
	}

}
