package org.sanyi.clinical.familydoctor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.sanyi.HttpSession;
import org.sanyi.IntegrationTest;
import org.sanyi.clinical.FamilyDoctorAdmin;
import org.sanyi.clinical.familydoctor.engine.TerminationReason;
import org.sanyi.clinical.familydoctor.internal.ContractQueries;
import org.sanyi.clinical.familydoctor.internal.ContractService;
import org.sanyi.clinical.familydoctor.internal.ContractService.Actor;
import org.sanyi.clinical.familydoctor.internal.ContractService.SignRequest;
import org.sanyi.identity.HealthCards;
import org.sanyi.security.UserAccounts;
import org.sanyi.security.UserAccounts.NewAccount;
import org.sanyi.shared.BusinessException;
import org.sanyi.shared.PlatformTime;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Signing, renewal and termination of family-doctor contracts: on the portal (derived
 * categories, declared ones pending until the team confirms, the fee split), at the
 * team's counter after the health card identified the resident, one active contract a
 * year, renewal only in its window and once, termination only with a reason; refusals
 * save nothing; reads and writes are in the audit log; a team sees its institution's
 * contracts, a county bureau its county's, another centre and a resident none.
 */
@IntegrationTest
class FamilyDoctorContractIT {

	static final String CENTRE = "H35992100011";

	static final AtomicInteger ACCOUNTS = new AtomicInteger();

	@Autowired
	ContractService contracts;

	@Autowired
	ContractQueries queries;

	@Autowired
	FamilyDoctorAdmin admin;

	@Autowired
	UserAccounts accounts;

	@Autowired
	HealthCards cards;

	@Autowired
	JdbcClient jdbc;

	@LocalServerPort
	int port;

	/**
	 * An adult resident of the index (born before the last 7 years) without any contract.
	 */
	String uncontracted(int offset) {
		return jdbc.sql("""
				select resident_id from idn_resident r
				 where status = 'ACTIVE' and birth_date < current_date - interval '20 years'
				   and birth_date > current_date - interval '60 years'
				   and not exists (select 1 from fd_contract c where c.resident_id = r.resident_id)
				   and not exists (select 1 from fd_register g where g.resident_id = r.resident_id)
				 order by resident_id offset :o limit 1""").param("o", offset).query(String.class).single();
	}

	long team() {
		return jdbc.sql("select id from fd_team where institution_code = :c order by id limit 1")
			.param("c", CENTRE)
			.query(Long.class)
			.single();
	}

	long contractsOf(String resident) {
		return jdbc.sql("select count(*) from fd_contract where resident_id = :r")
			.param("r", resident)
			.query(Long.class)
			.single();
	}

	long audited(String resource, String target) {
		return jdbc.sql("select count(*) from sec_audit_log where resource = :res and target = :t")
			.param("res", resource)
			.param("t", target)
			.query(Long.class)
			.single();
	}

	HttpSession residentSession(String residentId) {
		String username = "fd-res-" + ProcessHandle.current().pid() % 1000 + "-" + ACCOUNTS.incrementAndGet();
		accounts.ensure(new NewAccount(username, "Sanyi@2026", "签约测试居民", "RESIDENT", null, null, residentId, null));
		return HttpSession.loggedIn(port, username, "Sanyi@2026");
	}

	@Test
	void aResidentSignsOnThePortalWithDeclaredCategoriesPendingAndTheFeeSplit() {
		String resident = uncontracted(0);
		HttpSession phone = residentSession(resident);
		assertThat(phone.get("/portal/family-doctor").body()).contains("在线签约家庭医生");
		String form = phone.get("/portal/family-doctor/sign").body();
		assertThat(form).contains("家庭医生一团队").contains("基础公共卫生服务包").contains("医保基金 ¥50.00");

		var signed = phone.postForm("/portal/family-doctor/sign",
				Map.of("teamId", String.valueOf(team()), "packages", "JB-2026", "crowds", "PREGNANT"));

		assertThat(signed.statusCode()).isEqualTo(302);
		var c = queries.contractOf(resident).orElseThrow();
		assertThat(c.signedVia()).isEqualTo("PORTAL");
		assertThat(c.crowds()).isEqualTo("GENERAL");
		assertThat(c.crowdsPending()).isEqualTo("PREGNANT");
		assertThat(c.fee()).isEqualByComparingTo("0.00");
		assertThat(c.insurancePays()).isEqualByComparingTo("50.00");
		assertThat(c.publicHealthPays()).isEqualByComparingTo("70.00");
		assertThat(c.endsOn()).isEqualTo(c.startsOn().plusYears(1));
		assertThat(c.contractYear()).isEqualTo(c.startsOn().getYear());
		assertThat(phone.get("/portal/family-doctor").body()).contains("签约成功").contains("孕产妇（待团队确认）");
		assertThat(audited("familydoctor:patient", resident)).isPositive();

		// the team confirms the declared category: the contract becomes a key-population
		// one
		HttpSession team = HttpSession.loggedIn(port, "jtys", "Sanyi@2026");
		assertThat(team.get("/familydoctor/contracts?pending=true").body()).contains("待确认");
		team.postForm("/familydoctor/contracts/" + c.id() + "/confirm", Map.of("crowds", "PREGNANT"));
		var confirmed = queries.contractOf(resident).orElseThrow();
		assertThat(confirmed.crowds()).isEqualTo("PREGNANT");
		assertThat(confirmed.crowdsPending()).isEmpty();
		assertThat(audited("familydoctor:contract", String.valueOf(c.id()))).isPositive();
	}

	@Test
	void aSecondContractInTheSameYearAndBadChoicesAreRefusedAndNothingIsSaved() {
		String resident = uncontracted(1);
		Actor me = Actor.resident(resident, "测试");
		Instant now = Instant.now();
		LocalDate today = PlatformTime.today();
		contracts.sign(new SignRequest(resident, team(), List.of("JB-2026"), List.of(), today), me, now);
		long before = contractsOf(resident);

		expect(() -> contracts.sign(new SignRequest(resident, team(), List.of("JB-2026"), List.of(), today), me, now),
				FamilyDoctorErrors.ALREADY_CONTRACTED);
		String other = uncontracted(2);
		Actor them = Actor.resident(other, "测试");
		expect(() -> contracts.sign(new SignRequest(other, team(), List.of("GX-MB"), List.of(), today), them, now),
				FamilyDoctorErrors.BASIC_PACKAGE_REQUIRED);
		expect(() -> contracts.sign(new SignRequest(other, team(), List.of("JB-2026", "NOPE"), List.of(), today), them,
				now), FamilyDoctorErrors.UNKNOWN_PACKAGE);
		expect(() -> contracts.sign(new SignRequest(other, team(), List.of("JB-2026"), List.of("ALIEN"), today), them,
				now), FamilyDoctorErrors.UNKNOWN_CROWD);
		expect(() -> contracts.sign(new SignRequest(other, -1, List.of("JB-2026"), List.of(), today), them, now),
				FamilyDoctorErrors.UNKNOWN_TEAM);
		expect(() -> contracts.sign(new SignRequest(other, team(), List.of("JB-2026"), List.of(), today.minusDays(1)),
				them, now), FamilyDoctorErrors.START_DATE);
		expect(() -> contracts.sign(new SignRequest(other, team(), List.of("JB-2026"), List.of(), today),
				Actor.team("H35992100001", "张伟"), now), FamilyDoctorErrors.UNKNOWN_TEAM);

		assertThat(contractsOf(resident)).isEqualTo(before);
		assertThat(contractsOf(other)).isZero();
	}

	@Test
	void aContractIsRenewedOnceInItsWindowAndTheRenewalStartsAtTheEnd() {
		String resident = uncontracted(3);
		LocalDate today = PlatformTime.today();
		Actor me = Actor.resident(resident, "测试");
		long early = admin.sign(resident, team(), List.of("GENERAL"), List.of("JB-2026"), today.minusDays(200), "TEAM",
				Instant.now().minusSeconds(200L * 86400));
		expect(() -> contracts.renew(early, null, null, me, Instant.now()), FamilyDoctorErrors.NOT_RENEWABLE);
		admin.terminate(early, "OTHER", "测试续约窗口", "测试", Instant.now());

		long old = admin.sign(resident, team(), List.of("DISABLED"), List.of("JB-2026", "GX-LN"), today.minusDays(330),
				"TEAM", Instant.now().minusSeconds(330L * 86400));
		var renewal = contracts.renew(old, null, null, me, Instant.now());

		assertThat(renewal.renews()).isEqualTo(old);
		assertThat(renewal.startsOn()).isEqualTo(today.minusDays(330).plusYears(1));
		assertThat(renewal.packages()).isEqualTo("JB-2026,GX-LN");
		assertThat(renewal.crowds()).isEqualTo("DISABLED");
		assertThat(renewal.fee()).isEqualByComparingTo("80.00");
		expect(() -> contracts.renew(old, null, null, me, Instant.now()), FamilyDoctorErrors.NOT_RENEWABLE);
		expect(() -> contracts.renew(old, null, null, Actor.resident(uncontracted(4), "他人"), Instant.now()),
				FamilyDoctorErrors.NO_CONTRACT);
	}

	@Test
	void terminationNeedsAReasonAndHappensOnce() {
		String resident = uncontracted(5);
		HttpSession phone = residentSession(resident);
		var c = contracts.sign(new SignRequest(resident, team(), List.of("JB-2026"), List.of(), PlatformTime.today()),
				Actor.resident(resident, "测试"), Instant.now());

		assertThat(phone.get("/portal/family-doctor").body()).contains("terminate-form");
		phone.postForm("/portal/family-doctor/" + c.id() + "/terminate", Map.of("note", "不想要了"));
		assertThat(phone.get("/portal/family-doctor").body()).contains("FD-0014");
		expect(() -> contracts.terminate(c.id(), TerminationReason.DECEASED, null, Actor.resident(resident, "测试"),
				Instant.now()), FamilyDoctorErrors.REASON_REQUIRED);
		expect(() -> contracts.terminate(c.id(), TerminationReason.OTHER, " ", Actor.resident(resident, "测试"),
				Instant.now()), FamilyDoctorErrors.REASON_REQUIRED);
		assertThat(queries.contractOf(resident)).isPresent();

		phone.postForm("/portal/family-doctor/" + c.id() + "/terminate", Map.of("reason", "MOVED"));
		assertThat(queries.contractOf(resident)).isEmpty();
		assertThat(jdbc.sql("select terminate_code || ' ' || terminated_via from fd_contract where id = :id")
			.param("id", c.id())
			.query(String.class)
			.single()).isEqualTo("MOVED PORTAL");
		expect(() -> contracts.terminate(c.id(), TerminationReason.MOVED, null, Actor.resident(resident, "测试"),
				Instant.now()), FamilyDoctorErrors.NOT_ACTIVE);
	}

	@Test
	void theTeamSignsAtTheCounterAfterTheHealthCardIdentifiedTheResident() {
		String resident = uncontracted(6);
		String card = cards.activeCardNumber(resident).orElseGet(() -> cards.issue(resident));
		HttpSession team = HttpSession.loggedIn(port, "jtys", "Sanyi@2026");
		assertThat(team.get("/familydoctor/contracts/new").body()).contains("health-code");

		team.postForm("/familydoctor/contracts/identify", Map.of("code", "SANYI:not-a-code"));
		assertThat(team.get("/familydoctor/contracts/new").body()).contains("FD-0019").doesNotContain("sign-form");
		var refused = team.postForm("/familydoctor/contracts",
				Map.of("teamId", String.valueOf(team()), "packages", "JB-2026"));
		assertThat(refused.headers().firstValue("Location").orElse("")).endsWith("/familydoctor/contracts/new");
		assertThat(contractsOf(resident)).isZero();

		team.postForm("/familydoctor/contracts/identify", Map.of("code", card));
		assertThat(team.get("/familydoctor/contracts/new").body()).contains("sign-form");
		var signed = team.postForm("/familydoctor/contracts",
				Map.of("teamId", String.valueOf(team()), "packages", "JB-2026", "crowds", "DISABLED"));

		assertThat(signed.statusCode()).isEqualTo(302);
		var c = queries.contractOf(resident).orElseThrow();
		assertThat(c.signedVia()).isEqualTo("TEAM");
		assertThat(c.signedBy()).contains("刘秀英");
		assertThat(c.crowds()).isEqualTo("DISABLED");
		assertThat(c.crowdsPending()).isEmpty();
		assertThat(team.get("/familydoctor/contracts/" + c.id()).body()).contains("签约成功").contains("无固定收入残疾人");
		assertThat(jdbc.sql("select count(*) from idn_scan where resident_id = :r and purpose = '家庭医生签约'")
			.param("r", resident)
			.query(Long.class)
			.single()).isPositive();

		team.postForm("/familydoctor/contracts/" + c.id() + "/terminate", Map.of("reason", "OTHER"));
		assertThat(team.get("/familydoctor/contracts/" + c.id()).body()).contains("FD-0014");
		team.postForm("/familydoctor/contracts/" + c.id() + "/terminate", Map.of("reason", "DECEASED"));
		assertThat(queries.contractOf(resident)).isEmpty();
	}

	@Test
	void aTeamSeesItsInstitutionsContractsACountyItsCountyAndNobodyElse() {
		var lee = queries.contractOf("demo-resident-1").orElseThrow();

		HttpSession team = HttpSession.loggedIn(port, "jtys", "Sanyi@2026");
		var list = team.get("/familydoctor/contracts");
		assertThat(list.statusCode()).isEqualTo(200);
		assertThat(list.body()).contains("家庭医生签约").contains("在约人数");
		assertThat(team.get("/familydoctor/contracts/" + lee.id()).body()).contains("李春梅");

		HttpSession county = HttpSession.loggedIn(port, "wjw_county", "Sanyi@2026");
		assertThat(county.get("/familydoctor/contracts").statusCode()).isEqualTo(200);
		var countyView = county.get("/familydoctor/contracts/" + lee.id());
		assertThat(countyView.statusCode()).isEqualTo(200);
		assertThat(countyView.body()).contains("李**").doesNotContain("李春梅").doesNotContain("terminate-form");
		assertThat(county.get("/familydoctor/contracts/new").statusCode()).isEqualTo(403);

		HttpSession otherHospital = HttpSession.loggedIn(port, "doctor", "Sanyi@2026");
		var other = otherHospital.get("/familydoctor/contracts/" + lee.id());
		assertThat(other.statusCode()).isEqualTo(404);
		assertThat(other.body()).contains("FD-0017");
		assertThat(otherHospital.get("/familydoctor/contracts").body()).doesNotContain("家庭医生一团队");

		HttpSession resident = HttpSession.loggedIn(port, "resident", "Sanyi@2026");
		assertThat(resident.get("/familydoctor/contracts").statusCode()).isEqualTo(403);
		assertThat(audited("familydoctor:contract", "demo-resident-1")).isPositive();
	}

	@Test
	void theCountyEntersThePopulationServedAndSeesTheContractRatesWhileFactsCarryTheDifference() {
		HttpSession county = HttpSession.loggedIn(port, "wjw_county", "Sanyi@2026");
		int year = PlatformTime.today().getYear();
		assertThat(county.get("/familydoctor/centre").statusCode()).isEqualTo(200);

		county.postForm("/familydoctor/centre/population",
				Map.of("institution", CENTRE, "residents", "100", "keyResidents", "120"));
		assertThat(county.get("/familydoctor/centre").body()).contains("FD-0021");
		county.postForm("/familydoctor/centre/population",
				Map.of("institution", CENTRE, "residents", "100", "keyResidents", "40"));

		assertThat(jdbc
			.sql("select residents || '/' || key_residents from fd_service_population"
					+ " where institution_code = :c and year = :y")
			.param("c", CENTRE)
			.param("y", year)
			.query(String.class)
			.single()).isEqualTo("100/40");
		String page = county.get("/familydoctor/centre").body();
		assertThat(page).contains("签约覆盖").contains("重点人群签约率");
		assertThat(audited("familydoctor:population", CENTRE)).isPositive();
		// the facts of the year's population add up to what is stored now (the demo's
		// 80/36, then the difference)
		java.math.BigDecimal key = java.math.BigDecimal.ZERO;
		for (int i = 0; i < 300 && key.compareTo(new java.math.BigDecimal("40")) != 0; i++) {
			sleep();
			key = jdbc.sql("""
					select coalesce(sum(value), 0) from mon_fact where element = 'clinical.familydoctor.population'
					   and institution = :c and day = :d and dims ->> 'key_population' = 'Y'""")
				.param("c", CENTRE)
				.param("d", LocalDate.of(year, 1, 1))
				.query(java.math.BigDecimal.class)
				.single();
		}
		assertThat(key).isEqualByComparingTo("40");
		HttpSession team = HttpSession.loggedIn(port, "jtys", "Sanyi@2026");
		assertThat(team
			.postForm("/familydoctor/centre/population",
					Map.of("institution", CENTRE, "residents", "1", "keyResidents", "0"))
			.statusCode()).isEqualTo(403);
	}

	static void sleep() {
		try {
			Thread.sleep(100);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	static void expect(Runnable action, FamilyDoctorErrors error) {
		assertThatThrownBy(action::run).isInstanceOfSatisfying(BusinessException.class,
				ex -> assertThat(ex.error()).isEqualTo(error));
	}

}
