package org.sanyi.clinical.online;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.sanyi.HttpSession;
import org.sanyi.IntegrationTest;
import org.sanyi.clinical.online.engine.VisitStatus;
import org.sanyi.clinical.online.internal.OnlineVisit;
import org.sanyi.clinical.online.internal.OnlineVisits;
import org.sanyi.clinical.online.internal.OnlineVisits.Doctor;
import org.sanyi.shared.BusinessException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Online follow-ups on the demo region: 李春梅's hypertension was diagnosed at 云岫县总医院, so
 * she may ask that hospital for a follow-up, which its doctor takes through every state
 * (each change kept and audited); a condition never diagnosed in person is refused and
 * nothing is saved; a resident sees only her own visits and a hospital only its own.
 */
@IntegrationTest
class OnlineVisitsIT {

	static final String RESIDENT = "demo-resident-1";

	static final String COUNTY_HOSPITAL = "H35992100001";

	static final Doctor ZHANG = new Doctor(COUNTY_HOSPITAL, "doctor", "张伟");

	static final String PASSWORD = "Sanyi@2026";

	@Autowired
	OnlineVisits visits;

	@Autowired
	JdbcClient jdbc;

	@LocalServerPort
	int port;

	long count(String sql, Object param) {
		return jdbc.sql(sql).param("p", param).query(Long.class).single();
	}

	static void refused(Runnable action, OnlineErrors error) {
		assertThatThrownBy(action::run).isInstanceOfSatisfying(BusinessException.class,
				ex -> assertThat(ex.error()).isEqualTo(error));
	}

	@Test
	void theMigrationRunsFromItsFolderInTheParentsHistory() {
		assertThat(
				jdbc.sql("select script from flyway_schema_history_clinical where success").query(String.class).list())
			.contains("online/V121__online_follow_up.sql");
	}

	@Test
	void theDemoHasOnlineVisitsInEveryState() {
		assertThat(jdbc.sql("select status from ol_visit group by status").query(String.class).list())
			.containsExactlyInAnyOrder("REQUESTED", "ACCEPTED", "IN_CONSULTATION", "COMPLETED", "CANCELLED");
		assertThat(count("select count(*) from ol_visit where resident_id = :p and status = 'COMPLETED'", RESIDENT))
			.isPositive();
	}

	@Test
	void aConditionNeverDiagnosedInPersonIsRefusedAndNothingIsSaved() {
		long before = count("select count(*) from ol_visit where resident_id = :p", RESIDENT);
		Instant now = Instant.now();

		refused(() -> visits.request(RESIDENT, COUNTY_HOSPITAL, "K29.500", "胃部不适", now), OnlineErrors.NOT_FOLLOW_UP);
		refused(() -> visits.request(RESIDENT, COUNTY_HOSPITAL, "胃炎", "胃部不适", now), OnlineErrors.BAD_CONDITION);
		// diagnosed, but at a hospital that holds nothing of hers
		refused(() -> visits.request(RESIDENT, "H35992100002", "I10.x00", "血压偏高", now), OnlineErrors.BAD_INSTITUTION);

		HttpSession resident = HttpSession.loggedIn(port, "resident", PASSWORD);
		resident.get("/portal/online");
		HttpResponse<String> posted = resident.postForm("/portal/online",
				Map.of("condition", "K29.500", "institution", COUNTY_HOSPITAL, "complaint", "胃部不适两周"));
		assertThat(posted.statusCode()).isEqualTo(302);
		String page = resident.get("/portal/online").body();
		assertThat(page).contains("OL-0001").contains("线下确诊");
		assertThat(count("select count(*) from ol_visit where resident_id = :p", RESIDENT)).isEqualTo(before);
		assertThat(count("""
				select count(*) from sec_audit_log where resource = 'online:visit' and username = :p
				   and outcome = 'FAILED:REFUSED'""", "resident")).isPositive();
	}

	@Test
	void aFollowUpGoesFromRequestToCompletionAndEveryChangeIsKeptAndAudited() {
		Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
		OnlineVisit v = visits.request(RESIDENT, COUNTY_HOSPITAL, "I10.x00", "家中血压 150/95 mmHg，想调整用药", now);
		assertThat(v.status()).isEqualTo(VisitStatus.REQUESTED);
		assertThat(v.evidenceCode()).startsWith("I10");
		assertThat(v.evidenceInstitution()).isEqualTo(COUNTY_HOSPITAL);
		refused(() -> visits.complete(v.id(), ZHANG, "继续服药", now), OnlineErrors.WRONG_STATE);

		HttpSession doctor = HttpSession.loggedIn(port, "doctor", PASSWORD);
		assertThat(doctor.get("/online").body()).contains(v.ref());
		doctor.get("/online/" + v.id());
		assertThat(doctor.postForm("/online/" + v.id() + "/accept", Map.of()).statusCode()).isEqualTo(302);
		doctor.get("/online/" + v.id());
		doctor.postForm("/online/" + v.id() + "/start", Map.of("text", "javascript:alert(1)"));
		assertThat(doctor.get("/online/" + v.id()).body()).contains("OL-0006");
		doctor.postForm("/online/" + v.id() + "/start", Map.of("text", "https://meeting.example.cn/j/4242"));
		doctor.get("/online/" + v.id());
		doctor.postForm("/online/" + v.id() + "/message", Map.of("body", "请继续每日早晚测量血压"));
		doctor.get("/online/" + v.id());
		doctor.postForm("/online/" + v.id() + "/complete", Map.of("text", "加用氢氯噻嗪 12.5mg 每日一次，1个月后复查"));

		OnlineVisit done = visits.ofResident(v.id(), RESIDENT);
		assertThat(done.status()).isEqualTo(VisitStatus.COMPLETED);
		assertThat(done.doctorName()).isEqualTo("张伟（云岫县总医院）");
		assertThat(done.videoLink()).isEqualTo("https://meeting.example.cn/j/4242");
		assertThat(done.conclusion()).contains("氢氯噻嗪");
		assertThat(visits.history(v.id())).extracting(OnlineVisit.Event::status)
			.containsExactly(VisitStatus.REQUESTED, VisitStatus.ACCEPTED, VisitStatus.IN_CONSULTATION,
					VisitStatus.COMPLETED);
		assertThat(visits.messages(v.id())).extracting(OnlineVisit.Message::body).containsExactly("请继续每日早晚测量血压");
		assertThat(jdbc.sql("""
				select detail from sec_audit_log where resource = 'online:visit' and target = :t and outcome = 'SUCCESS'
				 order by id""").param("t", v.ref()).query(String.class).list()).contains("accept", "start",
				"doctor message", "complete");

		HttpSession resident = HttpSession.loggedIn(port, "resident", PASSWORD);
		String page = resident.get("/portal/online/" + v.id()).body();
		assertThat(page).contains("氢氯噻嗪").contains("请继续每日早晚测量血压");
		refused(() -> visits.cancelByResident(v.id(), RESIDENT, null, now), OnlineErrors.WRONG_STATE);
	}

	@Test
	void aResidentSeesOnlyHerOwnVisitsAndAHospitalOnlyItsOwn() {
		long someoneElses = jdbc.sql("select id from ol_visit where resident_id <> :p order by id limit 1")
			.param("p", RESIDENT)
			.query(Long.class)
			.single();
		HttpSession resident = HttpSession.loggedIn(port, "resident", PASSWORD);
		assertThat(resident.get("/portal/online/" + someoneElses).statusCode()).isEqualTo(404);
		assertThat(resident.get("/online").statusCode()).isEqualTo(403);

		long county = jdbc.sql("select id from ol_visit where institution_code = :p order by id limit 1")
			.param("p", COUNTY_HOSPITAL)
			.query(Long.class)
			.single();
		String ref = jdbc.sql("select ref from ol_visit where id = :id")
			.param("id", county)
			.query(String.class)
			.single();
		HttpSession consultant = HttpSession.loggedIn(port, "consultant", PASSWORD);
		assertThat(consultant.get("/online").body()).doesNotContain(ref);
		assertThat(consultant.get("/online/" + county).statusCode()).isEqualTo(404);
		assertThat(consultant.postForm("/online/" + county + "/accept", Map.of()).statusCode()).isEqualTo(404);
		HttpSession doctor = HttpSession.loggedIn(port, "doctor", PASSWORD);
		assertThat(doctor.get("/online/" + county).statusCode()).isEqualTo(200);
	}

}
