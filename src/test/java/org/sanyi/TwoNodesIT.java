package org.sanyi;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import java.util.stream.IntStream;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.sanyi.drg.DrgGrouping;
import org.sanyi.drg.DrgSchemeInfo;
import org.sanyi.drg.DrgSchemeInfo.RegionAssignment;
import org.sanyi.drg.DrgSchemes;
import org.sanyi.identity.PatientRegistration;
import org.sanyi.identity.PopulationLoad;
import org.sanyi.identity.PopulationRecord;
import org.sanyi.identity.Registration;
import org.sanyi.identity.ResidentIndex;
import org.sanyi.identity.registration.ResidentIndexService;
import org.sanyi.insurance.GatewayFixtures;
import org.sanyi.insurance.HsaClient;
import org.sanyi.insurance.InsuranceAdmin;
import org.sanyi.insurance.InsuranceAdmin.NewPerson;
import org.sanyi.insurance.support.Json;
import org.sanyi.shared.IdNumber;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.config.ScheduledTask;
import org.springframework.scheduling.config.ScheduledTaskHolder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two application nodes on one PostgreSQL, as behind a load balancer: the shared test
 * context is node A, and node B is a second Sanyi started here on A's database (no demo
 * generation; Flyway finds nothing to migrate). What one node does, the other must see:
 * registrations, merges, unmerges and population loads in the master patient index,
 * scheduled jobs, page sessions, the stored answers of the national interface, and
 * grouping-scheme assignments.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TwoNodesIT {

	static final String COUNTY_HOSPITAL = "H35992100001";

	static final String CITY_HOSPITAL = "H35990000001";

	static final int PEOPLE = 20;

	/**
	 * The gate of {@code MatchIndexFeed}: shared by registrations, exclusive for merges
	 * and population loads.
	 */
	static final long GATE = 31L << 58;

	/**
	 * A city outside the demo province (南宁), which no other test assigns a grouping
	 * scheme to.
	 */
	static final String ELSEWHERE = "450100";

	@LocalServerPort
	int portA;

	@Autowired
	ApplicationContext nodeA;

	@Autowired
	EmbeddedPostgres postgres;

	@Autowired
	JdbcClient jdbc;

	ConfigurableApplicationContext nodeB;

	int portB;

	@BeforeAll
	void startNodeB() {
		nodeB = new SpringApplicationBuilder(SanyiApplication.class).run("--server.port=0",
				// as node A: the test profile's keys, the application's role, the
				// migrations as the owner
				"--spring.profiles.active=test", "--sanyi.db.url=" + postgres.getJdbcUrl("sanyi_app", "postgres"),
				"--sanyi.db.user=sanyi_app", "--sanyi.db.password=", "--sanyi.db.migration-user=postgres",
				"--sanyi.db.pool-size=4", "--sanyi.demo.enabled=false",
				// B rebuilds its grouping-scheme registry at every use instead of every
				// 30 s, so the test need not wait
				"--sanyi.drg.scheme-refresh=PT0S",
				// node A owns the outbox of this test run; B must not take over A's
				// publications while A is alive
				"--spring.modulith.events.republish-outstanding-events-on-restart=false",
				"--logging.level.org.flywaydb=warn");
		portB = ((WebServerApplicationContext) nodeB).getWebServer().getPort();
	}

	@AfterAll
	void stopNodeB() {
		if (nodeB != null) {
			nodeB.close();
		}
	}

	@Test
	void thePersonRegisteredAtBothNodesAtTheSameMomentIsOneResident() throws Exception {
		ResidentIndex indexA = nodeA.getBean(ResidentIndex.class);
		ResidentIndex indexB = nodeB.getBean(ResidentIndex.class);
		for (int i = 0; i < PEOPLE; i++) {
			// even: with a valid ID number (deterministic link); odd: without one
			// (probabilistic link on name, birth
			// date, sex, phone and address)
			PatientRegistration county = person(i, "TNA-" + i, i % 2 == 0);
			PatientRegistration city = person(i, "TNB-" + i, i % 2 == 0);

			List<Registration> both = atTheSameMoment(() -> indexA.register(COUNTY_HOSPITAL, county),
					() -> indexB.register(CITY_HOSPITAL, city));

			assertThat(both.get(1).residentId()).as("person %d", i).isEqualTo(both.get(0).residentId());
			assertThat(jdbc.sql("""
					select count(distinct resident_id) from idn_source_record
					where (institution_code, patient_no) in ((:county, :a), (:city, :b))""")
				.param("county", COUNTY_HOSPITAL)
				.param("a", "TNA-" + i)
				.param("city", CITY_HOSPITAL)
				.param("b", "TNB-" + i)
				.query(Integer.class)
				.single()).as("person %d", i).isOne();
		}
	}

	@Test
	void differentPeopleRegisteredAtTheSameMomentOnTwoNodesAreTwoResidents() throws Exception {
		ResidentIndex indexA = nodeA.getBean(ResidentIndex.class);
		ResidentIndex indexB = nodeB.getBean(ResidentIndex.class);
		for (int i = 0; i < 5; i++) {
			PatientRegistration one = person(100 + 2 * i, "TND-" + i, true);
			PatientRegistration other = person(101 + 2 * i, "TND-" + i, true);

			List<Registration> both = atTheSameMoment(() -> indexA.register(COUNTY_HOSPITAL, one),
					() -> indexB.register(CITY_HOSPITAL, other));

			assertThat(both).extracting(r -> r.decision().name()).containsOnly("NEW");
			assertThat(both.get(0).residentId()).isNotEqualTo(both.get(1).residentId());
		}
	}

	@Test
	void mergesAndUnmergesOnOneNodeReachTheOtherNodesIndex() {
		var indexA = nodeA.getBean(ResidentIndexService.class);
		var indexB = nodeB.getBean(ResidentIndexService.class);
		String survivor = indexA.register(COUNTY_HOSPITAL, person(200, "TNM-1", true)).residentId();
		PatientRegistration merged = person(201, "TNM-2", true);
		String mergedId = indexB.register(CITY_HOSPITAL, merged).residentId();

		indexA.merge(survivor, mergedId);

		Registration again = indexB.register(CITY_HOSPITAL, renumbered(merged, "TNM-3"));
		assertThat(again.residentId()).as("a registration at B after the merge at A").isEqualTo(survivor);

		String first = indexA.register(COUNTY_HOSPITAL, person(202, "TNU-1", true)).residentId();
		PatientRegistration second = person(203, "TNU-2", true);
		String secondId = indexB.register(CITY_HOSPITAL, second).residentId();
		long merge = indexA.merge(first, secondId);
		indexB.register(CITY_HOSPITAL, person(204, "TNU-3", true));
		indexA.unmerge(merge);

		Registration afterUnmerge = indexB.register(COUNTY_HOSPITAL, renumbered(second, "TNU-4"));
		assertThat(afterUnmerge.residentId()).as("a registration at B after the unmerge at A").isEqualTo(secondId);
	}

	@Test
	void aPopulationLoadedAtNodeAIsInNodeBsIndexByChangeNumber() {
		ResidentIndex indexA = nodeA.getBean(ResidentIndex.class);
		ResidentIndex indexB = nodeB.getBean(ResidentIndex.class);
		// B's index is loaded and following the change numbers before the load
		indexB.register(CITY_HOSPITAL, person(300, "TNP-0", true));
		List<PopulationRecord> population = IntStream.range(301, 306)
			.mapToObj(n -> new PopulationRecord(COUNTY_HOSPITAL, person(n, "TNP-" + n, true), null))
			.toList();

		assertThat(indexA.registerPopulation(population).created()).isEqualTo(5);

		for (int n = 301; n < 306; n++) {
			String loaded = residentOf(COUNTY_HOSPITAL, "TNP-" + n);
			// without the ID number only the matcher, on B's index, can find the loaded
			// record
			Registration withoutIdNumber = indexB.register(CITY_HOSPITAL, person(n, "TNQ-" + n, false));
			assertThat(withoutIdNumber.residentId()).as("person %d", n).isEqualTo(loaded);
			assertThat(withoutIdNumber.rule()).isEqualTo("PROBABILISTIC");
			assertThat(indexB.register(CITY_HOSPITAL, person(n, "TNR-" + n, true)).residentId()).isEqualTo(loaded);
		}
	}

	@Test
	void aPopulationLoadWaitsForTheRegistrationsInFlightOnEveryNode() throws Exception {
		ResidentIndex indexA = nodeA.getBean(ResidentIndex.class);
		TransactionTemplate transactionB = new TransactionTemplate(nodeB.getBean(PlatformTransactionManager.class));
		JdbcClient jdbcB = nodeB.getBean(JdbcClient.class);
		CountDownLatch inFlight = new CountDownLatch(1);
		CountDownLatch commit = new CountDownLatch(1);
		try (ExecutorService threads = Executors.newFixedThreadPool(2)) {
			// a registration at B between its match and its commit holds the gate shared
			Future<?> registration = threads.submit(() -> transactionB.executeWithoutResult(s -> {
				jdbcB.sql("select pg_advisory_xact_lock_shared(:gate)").param("gate", GATE).query(Object.class).list();
				inFlight.countDown();
				await(commit);
			}));
			assertThat(inFlight.await(30, TimeUnit.SECONDS)).isTrue();
			Future<PopulationLoad> load = threads.submit(() -> indexA.registerPopulation(
					List.of(new PopulationRecord(COUNTY_HOSPITAL, person(310, "TNW-310", true), null))));

			// until the load waits for the gate, or has run without waiting (wrong)
			waitUntil(() -> load.isDone() || jdbc.sql("""
					select count(*) from pg_locks where locktype = 'advisory' and not granted
					and classid::bigint = :high and objid::bigint = 0 and objsubid = 1""")
				.param("high", GATE >>> 32)
				.query(Long.class)
				.single() > 0);
			assertThat(load.isDone()).as("the load ran while a registration was in flight").isFalse();
			assertThat(residentOf(COUNTY_HOSPITAL, "TNW-310")).isNull();

			commit.countDown();
			registration.get(30, TimeUnit.SECONDS);
			assertThat(load.get(30, TimeUnit.SECONDS).created()).isOne();
		}
		finally {
			commit.countDown();
		}
	}

	String residentOf(String institution, String patientNo) {
		return jdbc.sql("select resident_id from idn_source_record where institution_code = :i and patient_no = :p")
			.param("i", institution)
			.param("p", patientNo)
			.query(String.class)
			.optional()
			.orElse(null);
	}

	static void await(CountDownLatch latch) {
		try {
			latch.await(60, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	static void waitUntil(BooleanSupplier condition) throws InterruptedException {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
		while (!condition.getAsBoolean()) {
			assertThat(System.nanoTime()).as("waited 30 s").isLessThan(deadline);
			Thread.sleep(20);
		}
	}

	@Test
	void aScheduledJobFiredOnBothNodesAtOnceRunsOnce() throws Exception {
		Runnable reconciliationA = scheduled(nodeA, "ReconciliationService", "nightly");
		Runnable reconciliationB = scheduled(nodeB, "ReconciliationService", "nightly");
		long before = scheduledRuns();

		atTheSameMoment(() -> {
			reconciliationA.run();
			return null;
		}, () -> {
			reconciliationB.run();
			return null;
		});

		assertThat(scheduledRuns() - before).isOne();
		assertThat(jdbc
			.sql("select count(*) from shedlock where name = 'insurance-reconciliation' and lock_until > "
					+ "timezone('utc', now())")
			.query(Integer.class)
			.single()).isOne();
	}

	@Test
	void aSessionSignedInAtNodeAIsValidAtNodeB() {
		HttpSession atA = HttpSession.loggedIn(portA, "admin", "Sanyi@2026");
		assertThat(atA.get("/security/audit").statusCode()).isEqualTo(200);

		HttpSession atB = atA.at(portB);
		HttpResponse<String> page = atB.get("/security/audit");

		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("name=\"_csrf\"");
		// a form posted at B with the CSRF token of A's page is accepted: the token lives
		// in the shared session
		HttpResponse<String> logout = atA.at(portB).postForm("/logout", Map.of());
		assertThat(logout.statusCode()).isEqualTo(302);
		assertThat(logout.headers().firstValue("Location").orElse("")).endsWith("/login?logout");
	}

	@Test
	void aGatewayMsgidAnsweredByNodeAIsAnsweredTheSameWhenReplayedAtNodeB() {
		InsuranceAdmin admin = nodeA.getBean(InsuranceAdmin.class);
		NewPerson person = GatewayFixtures.employee("300.00");
		admin.enrol(List.of(person));
		HsaClient hisA = GatewayFixtures
			.client(portA, GatewayFixtures.CITY_HOSPITAL, GatewayFixtures.CITY_HOSPITAL_NAME)
			.signIn();
		String msgid = hisA.nextMsgid();
		byte[] body = hisA.body("2201", GatewayFixtures.registration(person), msgid, "359900");
		HttpResponse<String> first = hisA.post("2201", body);
		assertThat(Json.MAPPER.readTree(first.body()).path("infcode").asInt(-1)).isZero();
		assertThat(Json.MAPPER.readTree(first.body()).at("/output/data/mdtrt_id").asString()).isNotBlank();

		HsaClient hisB = GatewayFixtures.client(portB, GatewayFixtures.CITY_HOSPITAL,
				GatewayFixtures.CITY_HOSPITAL_NAME);
		HttpResponse<String> replay = hisB.post("2201", body);

		assertThat(replay.statusCode()).isEqualTo(200);
		assertThat(replay.body()).isEqualTo(first.body());
		assertThat(jdbc.sql("select count(*) from ins_visit where psn_no = :p")
			.param("p", person.psnNo())
			.query(Integer.class)
			.single()).isOne();
	}

	@Test
	void aGroupingSchemeAssignedAtNodeAIsUsedAtNodeB() {
		DrgSchemes schemesA = nodeA.getBean(DrgSchemes.class);
		DrgGrouping groupingB = nodeB.getBean(DrgGrouping.class);
		long demoScheme = schemesA.find("sanyi_demo", "2026.1").orElseThrow().id();
		LocalDate discharged = LocalDate.of(2026, 6, 30);
		assertThat(groupingB.schemeFor(ELSEWHERE, discharged).filter(s -> s.id() == demoScheme)).isEmpty();

		RegionAssignment assignment = schemesA.assign(demoScheme, ELSEWHERE, null, null);
		try {
			assertThat(groupingB.schemeFor(ELSEWHERE, discharged)).map(DrgSchemeInfo::id).contains(demoScheme);
		}
		finally {
			schemesA.unassign(assignment.id());
		}
	}

	/**
	 * Person {@code n} of this test: a name, birth date, phone and address of its own,
	 * and an ID number if asked.
	 */
	static PatientRegistration person(int n, String patientNo, boolean withIdNumber) {
		String[] surnames = { "赵", "钱", "孙", "李", "周", "吴", "郑", "王", "冯", "陈" };
		String[] given = { "立群", "海燕", "振华", "秀兰", "建国", "丽娟", "志明", "春生", "玉梅", "德胜", "文斌" };
		LocalDate birth = LocalDate.of(1961 + n % 37, 1 + n % 12, 1 + n % 28);
		int sequence = 700 + n % 300;
		String first17 = "359921" + birth.toString().replace("-", "") + sequence;
		// GB 11643: an odd sequence number is a man
		return new PatientRegistration(patientNo, surnames[n % 10] + given[(n / 10) % 11],
				sequence % 2 == 1 ? "1" : "2", birth, withIdNumber ? first17 + IdNumber.checkCharacter(first17) : null,
				"1370595%04d".formatted(n), "福建省青溪市云岫县城关镇节点路" + (n + 1) + "号", null);
	}

	static PatientRegistration renumbered(PatientRegistration p, String patientNo) {
		return new PatientRegistration(patientNo, p.name(), p.sex(), p.birthDate(), p.idNumber(), p.phone(),
				p.address(), p.psnNo());
	}

	/** Runs both at once (released by one barrier) and returns their results in order. */
	static <T> List<T> atTheSameMoment(Supplier<T> one, Supplier<T> other) throws Exception {
		CyclicBarrier start = new CyclicBarrier(2);
		try (ExecutorService threads = Executors.newFixedThreadPool(2)) {
			List<Future<T>> futures = new ArrayList<>();
			for (Supplier<T> task : List.of(one, other)) {
				futures.add(threads.submit(() -> {
					start.await();
					return task.get();
				}));
			}
			List<T> results = new ArrayList<>();
			for (Future<T> f : futures) {
				results.add(f.get());
			}
			return results;
		}
	}

	/**
	 * What the node's scheduler runs for the job: the method called on the bean, through
	 * its proxies.
	 */
	static Runnable scheduled(ApplicationContext node, String bean, String method) {
		List<Runnable> tasks = node.getBeansOfType(ScheduledTaskHolder.class)
			.values()
			.stream()
			.flatMap(holder -> holder.getScheduledTasks().stream())
			.map(ScheduledTask::getTask)
			.map(task -> task.getRunnable())
			.toList();
		// the scheduler's runnable (it tracks the outcome) names the method it calls
		return tasks.stream()
			.filter(r -> r.toString().endsWith("." + bean + "." + method))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no scheduled " + bean + "." + method + " in " + tasks));
	}

	long scheduledRuns() {
		return jdbc.sql("select count(*) from ins_reconciliation_run where trigger = 'SCHEDULED'")
			.query(Long.class)
			.single();
	}

}
