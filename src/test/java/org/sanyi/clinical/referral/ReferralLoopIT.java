package org.sanyi.clinical.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.sanyi.HttpSession;
import org.sanyi.IntegrationTest;
import org.sanyi.clinical.referral.engine.Direction;
import org.sanyi.clinical.referral.engine.ReferralStatus;
import org.sanyi.clinical.referral.internal.Referral;
import org.sanyi.clinical.referral.internal.ReferralService;
import org.sanyi.clinical.referral.internal.ReferralService.Actor;
import org.sanyi.clinical.referral.internal.ReferralService.NewReferral;
import org.sanyi.clinical.referral.internal.SummaryLine;
import org.sanyi.shared.BusinessException;
import org.sanyi.shared.PlatformTime;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The referral loop on the demo region: a township centre of 云岫县 refers up to 云岫县总医院 (a
 * referral slot is reserved), the hospital accepts, receives the patient and sends the
 * result back, then refers the patient back with a follow-up plan; refusals (outside the
 * scope, the wrong side, a second acceptance) change nothing; a rejection gives the slot
 * back; the pages of both doctors and the resident show it.
 */
@IntegrationTest
class ReferralLoopIT {

	static final String TOWNSHIP = "H35992100011";

	static final String COUNTY_HOSPITAL = "H35992100001";

	static final Actor TOWNSHIP_DOCTOR = new Actor(TOWNSHIP, "刘秀英");

	static final Actor COUNTY_DOCTOR = new Actor(COUNTY_HOSPITAL, "张伟");

	static final AtomicInteger NEXT_PATIENT = new AtomicInteger();

	@Autowired
	ReferralService referrals;

	@Autowired
	JdbcClient jdbc;

	@LocalServerPort
	int port;

	/** A resident with no appointment and no referral yet, a new one for each use. */
	String freshResident() {
		return jdbc.sql("""
				select resident_id from idn_resident r where status = 'ACTIVE'
				   and not exists (select 1 from ca_appointment a where a.resident_id = r.resident_id)
				   and not exists (select 1 from crf_referral f where f.resident_id = r.resident_id)
				 order by id desc offset :n limit 1""")
			.param("n", NEXT_PATIENT.getAndIncrement())
			.query(String.class)
			.single();
	}

	/** A clinic department of the county hospital with a free referral slot. */
	String departmentWithReferralSlots() {
		return jdbc.sql("""
				select c.department_code from ca_schedule c join ca_slot s on s.schedule_id = c.id
				 where c.institution_code = :inst and s.pool = 'REFERRAL' and s.taken < s.capacity
				   and s.starts_at > now() + interval '1 day'
				 group by c.department_code order by count(*) desc limit 1""")
			.param("inst", COUNTY_HOSPITAL)
			.query(String.class)
			.single();
	}

	NewReferral upReferral(String resident, String department) {
		return new NewReferral(Direction.UP, resident, COUNTY_HOSPITAL, department, "OUTPATIENT", false, "I10",
				"原发性高血压", "三药联用血压仍 170/105 mmHg", null, null, PlatformTime.today().plusDays(1),
				List.of(new SummaryLine("Condition", "I10", "原发性高血压", "2026-10-01", "")));
	}

	long count(String sql, Object param) {
		return jdbc.sql(sql).param("p", param).query(Long.class).single();
	}

	static void refused(Runnable action, ReferralErrors error) {
		assertThatThrownBy(action::run).isInstanceOfSatisfying(BusinessException.class,
				ex -> assertThat(ex.error()).isEqualTo(error));
	}

	@Test
	void theMigrationRunsFromItsFolderInTheParentsHistory() {
		assertThat(
				jdbc.sql("select script from flyway_schema_history_clinical where success").query(String.class).list())
			.contains("referral/V91__referrals.sql");
	}

	@Test
	void anUpReferralReservesASlotAndClosesTheLoopWithTheResultAndABackReferral() {
		String resident = freshResident();
		Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);

		Referral up = referrals.request(upReferral(resident, departmentWithReferralSlots()), TOWNSHIP_DOCTOR, now);

		assertThat(up.status()).isEqualTo(ReferralStatus.REQUESTED);
		assertThat(up.inAlliance()).isTrue();
		assertThat(up.allianceCode()).isEqualTo("YGT-359921");
		assertThat(up.appointmentId()).isNotNull();
		assertThat(up.slotStart().toLocalDate()).isAfterOrEqualTo(PlatformTime.today().plusDays(1));
		assertThat(jdbc.sql("select channel || ' ' || status || ' ' || referral_ref from ca_appointment where id = :id")
			.param("id", up.appointmentId())
			.query(String.class)
			.single()).isEqualTo("REFERRAL BOOKED " + up.ref());
		assertThat(SummaryLine.read(up.summary())).extracting(SummaryLine::code).containsExactly("I10");

		referrals.accept(up.id(), COUNTY_DOCTOR, null, now.plusSeconds(1800));
		referrals.arrive(up.id(), COUNTY_DOCTOR, now.plusSeconds(86_400));
		Referral done = referrals.complete(up.id(), COUNTY_DOCTOR, "调整为氨氯地平+缬沙坦+氢氯噻嗪，血压 132/84 mmHg",
				now.plusSeconds(90_000));

		assertThat(done.status()).isEqualTo(ReferralStatus.COMPLETED);
		assertThat(done.decidedBy()).isEqualTo("张伟");
		assertThat(done.resultSummary()).contains("132/84");
		assertThat(referrals.history(up.id())).extracting(e -> e.status())
			.containsExactly(ReferralStatus.REQUESTED, ReferralStatus.ACCEPTED, ReferralStatus.IN_PROGRESS,
					ReferralStatus.COMPLETED);

		Referral back = referrals.request(new NewReferral(Direction.DOWN, resident, TOWNSHIP, null, "OUTPATIENT", false,
				"I10", "原发性高血压", "血压已控制，回社区管理", "每月随访血压", up.id(), null, List.of()), COUNTY_DOCTOR,
				now.plusSeconds(90_100));
		assertThat(back.basedOn()).isEqualTo(up.id());
		assertThat(back.followUpPlan()).isEqualTo("每月随访血压");
		assertThat(referrals.returnsOf(up.id())).extracting(Referral::id).containsExactly(back.id());
	}

	@Test
	void refusalsChangeNothing() {
		String resident = freshResident();
		Instant now = Instant.now();
		long before = count("select count(*) from crf_referral where resident_id = :p", resident);
		String otherCounty = jdbc
			.sql("select code from reg_institution where kind = 'GENERAL_HOSPITAL' and code like 'H3599%'"
					+ " and code not like :p and code not like 'H359900%' order by code limit 1")
			.param("p", "H359921%")
			.query(String.class)
			.single();

		refused(() -> referrals.request(new NewReferral(Direction.UP, resident, otherCounty, null, "INPATIENT", false,
				null, null, "胸痛", null, null, null, List.of()), TOWNSHIP_DOCTOR, now), ReferralErrors.ALLIANCE_FIRST);
		refused(() -> referrals.request(new NewReferral(Direction.DOWN, resident, COUNTY_HOSPITAL, null, "INPATIENT",
				false, null, null, "康复", null, null, null, List.of()), TOWNSHIP_DOCTOR, now),
				ReferralErrors.NOT_DOWNWARD);
		refused(() -> referrals.request(new NewReferral(Direction.UP, resident, COUNTY_HOSPITAL, null, "INPATIENT",
				false, null, null, " ", null, null, null, List.of()), TOWNSHIP_DOCTOR, now), ReferralErrors.INVALID);
		refused(() -> referrals.request(new NewReferral(Direction.UP, "no-such-resident", COUNTY_HOSPITAL, null,
				"INPATIENT", false, null, null, "胸痛", null, null, null, List.of()), TOWNSHIP_DOCTOR, now),
				ReferralErrors.UNKNOWN_RESIDENT);

		assertThat(count("select count(*) from crf_referral where resident_id = :p", resident)).isEqualTo(before);
		assertThat(count("select count(*) from ca_appointment where resident_id = :p", resident)).isZero();
	}

	@Test
	void onlyTheReceiverAcceptsAndOnlyOnce() {
		Referral r = referrals
			.request(
					new NewReferral(Direction.UP, freshResident(), COUNTY_HOSPITAL, null, "INPATIENT", true, "I21.9",
							"急性心肌梗死", "胸痛 2 小时，心电图 ST 段抬高", null, null, null, List.of()),
					TOWNSHIP_DOCTOR, Instant.now());
		assertThat(r.urgent()).isTrue();
		assertThat(r.appointmentId()).isNull();

		refused(() -> referrals.accept(r.id(), TOWNSHIP_DOCTOR, "1 床", Instant.now()), ReferralErrors.WRONG_SIDE);
		refused(() -> referrals.accept(r.id(), COUNTY_DOCTOR, " ", Instant.now()), ReferralErrors.INVALID);
		refused(() -> referrals.accept(r.id(), new Actor("H35990000001", "他院医生"), "1 床", Instant.now()),
				ReferralErrors.UNKNOWN_REFERRAL);
		referrals.accept(r.id(), COUNTY_DOCTOR, "心内科 CCU 2 床", Instant.now());
		refused(() -> referrals.accept(r.id(), COUNTY_DOCTOR, "心内科 CCU 3 床", Instant.now()),
				ReferralErrors.WRONG_STATE);
		refused(() -> referrals.complete(r.id(), COUNTY_DOCTOR, "好转", Instant.now()), ReferralErrors.WRONG_STATE);

		assertThat(referrals.visibleTo(r.id(), COUNTY_HOSPITAL).bedNote()).isEqualTo("心内科 CCU 2 床");
		assertThat(referrals.history(r.id())).hasSize(2);
	}

	@Test
	void aRejectedReferralGivesItsSlotBack() {
		Referral r = referrals.request(upReferral(freshResident(), departmentWithReferralSlots()), TOWNSHIP_DOCTOR,
				Instant.now());
		long taken = count("select s.taken from ca_slot s join ca_appointment a on a.slot_id = s.id where a.id = :p",
				r.appointmentId());

		referrals.reject(r.id(), COUNTY_DOCTOR, "专科号源已满，建议下周", Instant.now());

		assertThat(jdbc.sql("select status from ca_appointment where id = :id")
			.param("id", r.appointmentId())
			.query(String.class)
			.single()).isEqualTo("CANCELLED");
		assertThat(count("select s.taken from ca_slot s join ca_appointment a on a.slot_id = s.id where a.id = :p",
				r.appointmentId()))
			.isEqualTo(taken - 1);
		assertThat(referrals.visibleTo(r.id(), TOWNSHIP).rejectReason()).isEqualTo("专科号源已满，建议下周");
	}

	@Test
	void theDoctorsAndTheResidentSeeTheirReferralsOnTheirPages() {
		HttpSession doctor = HttpSession.loggedIn(port, "doctor", "Sanyi@2026");
		var received = doctor.get("/referral?box=in");
		assertThat(received.statusCode()).isEqualTo(200);
		assertThat(received.body()).contains("双向转诊").contains("上转").contains("RF");

		HttpSession family = HttpSession.loggedIn(port, "jtys", "Sanyi@2026");
		var sent = family.get("/referral?box=out");
		assertThat(sent.statusCode()).isEqualTo(200);
		assertThat(sent.body()).contains("云岫县总医院");
		var form = family.get("/referral/new");
		assertThat(form.body()).contains("云岫县总医院").doesNotContain("青溪市第一医院");

		HttpSession resident = HttpSession.loggedIn(port, "resident", "Sanyi@2026");
		var mine = resident.get("/portal/referrals");
		assertThat(mine.statusCode()).isEqualTo(200);
		assertThat(mine.body()).contains("我的转诊").contains("云岫县总医院");
		assertThat(resident.get("/referral").statusCode()).isEqualTo(403);
	}

	@Test
	void aDoctorRefersUpThroughTheFormAndARefusalKeepsTheForm() {
		HttpSession family = HttpSession.loggedIn(port, "jtys", "Sanyi@2026");
		assertThat(family.get("/referral/new").statusCode()).isEqualTo(200);
		var refused = family.postForm("/referral", Map.of("direction", "UP", "idNumber", "110101199003070000",
				"toInstitution", COUNTY_HOSPITAL, "kind", "INPATIENT", "reason", "胸痛"));
		assertThat(refused.statusCode()).isEqualTo(200);
		assertThat(refused.body()).contains("REF-0002").contains("id=\"reason\"");
	}

}
