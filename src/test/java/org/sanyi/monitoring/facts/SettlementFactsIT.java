package org.sanyi.monitoring.facts;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sanyi.AwaitEvents;
import org.sanyi.IntegrationTest;
import org.sanyi.insurance.GatewayFixtures;
import org.sanyi.insurance.HsaClient;
import org.sanyi.insurance.InsuranceAdmin;
import org.sanyi.insurance.InsuranceAdmin.NewPerson;
import org.sanyi.insurance.SettlementCompleted;
import org.sanyi.monitoring.engine.FactTotals;
import org.sanyi.monitoring.engine.FactTotals.Component;
import org.sanyi.monitoring.engine.FactTotals.DaySpan;
import org.sanyi.monitoring.engine.FactTotals.Selection;
import org.sanyi.shared.facts.Fact;
import org.sanyi.shared.facts.FactsReported;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.core.EventSerializer;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sanyi.insurance.GatewayFixtures.CITY_HOSPITAL;
import static org.sanyi.insurance.GatewayFixtures.CITY_HOSPITAL_NAME;
import static org.sanyi.insurance.GatewayFixtures.line;

/**
 * From a settlement at the gateway to the sums the indicator engine reads: the
 * settlement's facts arrive through the event publication registry, {@link FactTotals}
 * returns exactly its amounts (by charge category, fund, self-paid, counts), its reversal
 * takes them back exactly, a republished event is counted once, and facts naming an
 * unknown institution or element are held in the error queue.
 */
@IntegrationTest
class SettlementFactsIT {

	static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	@LocalServerPort
	int port;

	@Autowired
	InsuranceAdmin admin;

	@Autowired
	FactTotals totals;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationEventPublisher publisher;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	EventSerializer serializer;

	@Autowired
	DataSource dataSource;

	HsaClient his;

	static final Component FEES = Component.of("ins.fee");

	static final Component DRUGS = new Component("ins.fee", Map.of("fee_category", "09"));

	static final Component SURGERY = new Component("ins.fee", Map.of("fee_category", "06"));

	static final Component OTHER = new Component("ins.fee", Map.of("fee_category", "14"));

	static final Component FUND = Component.of("ins.fund_paid");

	static final Component SELF = Component.of("ins.self_paid");

	static final Component ACCOUNT = Component.of("ins.account_paid");

	static final Component SETTLEMENTS = Component.of("ins.settlement.count");

	static final Component OUTPATIENT_VISITS = new Component("ins.visit.count", Map.of("clr_type", "11"));

	/**
	 * The slice of an employee of the fixtures living in 云岫县, treated at the city
	 * hospital (out of county).
	 */
	static final Component OUT_OF_COUNTY_DRUGS = new Component("ins.fee",
			Map.of("fee_category", "09", "insutype", "310", "person_county", "359921", "in_county", "N", "in_region",
					"Y", "age_band", "18-44", "med_type", "11"));

	static final Set<Component> ALL = Set.of(FEES, DRUGS, SURGERY, OTHER, FUND, SELF, ACCOUNT, SETTLEMENTS,
			OUTPATIENT_VISITS, OUT_OF_COUNTY_DRUGS);

	@BeforeEach
	void setUp() {
		GatewayFixtures.addExampleItems(admin);
		his = GatewayFixtures.client(port, CITY_HOSPITAL, CITY_HOSPITAL_NAME).signIn();
	}

	@Test
	void settlementShowsInTheTotalsReversalTakesItBackAndAReplayedEventCountsOnce() throws Exception {
		AwaitEvents.monitoring(jdbc);
		DaySpan today = new DaySpan(LocalDate.now(ZONE), LocalDate.now(ZONE));
		Selection hospital = new Selection.Institutions(Set.of(CITY_HOSPITAL));
		Selection city = new Selection.Region("3599");
		Map<Component, BigDecimal> before = totals.totals(ALL, hospital, today);
		Map<Component, BigDecimal> cityBefore = totals.totals(ALL, city, today);
		Selection county = new Selection.Region("359921");
		Map<Component, BigDecimal> countyBefore = totals.totals(ALL, county, today);

		NewPerson person = GatewayFixtures.employee("1000.00");
		admin.enrol(List.of(person));
		String visitId = ok(his.call("2201", GatewayFixtures.registration(person))).at("/data/mdtrt_id").asString();
		ok(his.call("2204",
				Map.of("feedetail",
						List.of(line(visitId, person.psnNo(), "1", "T-A-SURGERY", "1", "300", "300.00"),
								line(visitId, person.psnNo(), "2", "T-B-DRUG", "1", "150", "150.00"),
								line(visitId, person.psnNo(), "3", "NOT-IN-CATALOGUE", "1", "50", "50.00")))));
		// the settlement's queue row is read before monitoring takes it: its drain lock
		// is
		// held meanwhile, as another node draining would hold it
		String setlId;
		String stored;
		try (AwaitEvents.Held held = AwaitEvents.hold(dataSource, "monitoring.facts")) {
			setlId = ok(his.call("2207", Map.of("data",
					Map.of("psn_no", person.psnNo(), "mdtrt_cert_type", "02", "mdtrt_cert_no", person.certNo(),
							"med_type", "11", "medfee_sumamt", new BigDecimal("500.00"), "psn_setlway", "01",
							"mdtrt_id", visitId, "chrg_bchno", "0000", "acct_used_flag", "1", "insutype", "310"))))
				.at("/setlinfo/setl_id")
				.asString();
			stored = jdbc.sql("""
					select serialized_event from event_queue where consumer = 'monitoring.facts'
					and event_type = 'org.sanyi.insurance.SettlementCompleted' and serialized_event like :id""")
				.param("id", "%" + setlId + "%")
				.query(String.class)
				.single();
			Thread.sleep(600);
			assertThat(jdbc.sql("select count(*) from event_queue where serialized_event like :id")
				.param("id", "%" + setlId + "%")
				.query(Long.class)
				.single()).as("no drain takes a consumer's events while another holds its lock").isEqualTo(1);
		}
		AwaitEvents.monitoring(jdbc);

		Map<Component, BigDecimal> after = totals.totals(ALL, hospital, today);
		assertThat(change(before, after)).containsExactlyInAnyOrderEntriesOf(Map.of(FEES, "500.00", DRUGS, "150.00",
				SURGERY, "300.00", OTHER, "50.00", FUND, "141.00", SELF, "359.00", ACCOUNT, "359.00", SETTLEMENTS, "1",
				OUTPATIENT_VISITS, "1", OUT_OF_COUNTY_DRUGS, "150.00"));
		assertThat(change(cityBefore, totals.totals(ALL, city, today))).isEqualTo(change(before, after));
		assertThat(totals.totals(ALL, county, today)).as("the city hospital is not in 云岫县").isEqualTo(countyBefore);

		// the event as the queue kept it for monitoring, published once more
		SettlementCompleted completed = (SettlementCompleted) serializer.deserialize(stored, SettlementCompleted.class);
		assertThat(completed.settlementId()).isEqualTo(setlId);
		new TransactionTemplate(transactions).executeWithoutResult(status -> publisher.publishEvent(completed));
		AwaitEvents.monitoring(jdbc);
		assertThat(totals.totals(ALL, hospital, today)).as("a republished settlement counts once").isEqualTo(after);

		ok(his.call("2208", Map.of("data", Map.of("setl_id", setlId, "mdtrt_id", visitId, "psn_no", person.psnNo()))));
		AwaitEvents.monitoring(jdbc);
		assertThat(totals.totals(ALL, hospital, today)).as("the reversal takes back exactly what the settlement added")
			.isEqualTo(before);
		assertThat(totals.totals(ALL, city, today)).isEqualTo(cityBefore);
		assertThat(jdbc.sql("select count(*) from mon_fact_report where report_key = :k")
			.param("k", "ins:setl:" + setlId)
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void factsOfAnUnknownInstitutionOrElementAreHeldInTheErrorQueueAndTheOthersCount() {
		LocalDate day = LocalDate.of(2027, 3, 15);
		Component beds = Component.of("ins.inpatient.days");
		DaySpan march = new DaySpan(LocalDate.of(2027, 3, 1), LocalDate.of(2027, 3, 31));
		Selection county = new Selection.Institutions(Set.of(GatewayFixtures.COUNTY_HOSPITAL));
		BigDecimal before = totals.totals(Set.of(beds), county, march).get(beds);
		String key = "test:report:" + System.nanoTime();
		FactsReported report = new FactsReported(key, "test",
				List.of(Fact.of("ins.inpatient.days", GatewayFixtures.COUNTY_HOSPITAL, day, new BigDecimal("7")),
						Fact.of("ins.inpatient.days", "H99999999999", day, new BigDecimal("3")),
						Fact.of("test.unknown.element", GatewayFixtures.COUNTY_HOSPITAL, day, BigDecimal.ONE),
						new Fact("ins.inpatient.days", GatewayFixtures.COUNTY_HOSPITAL, day, Map.of("colour", "red"),
								BigDecimal.ONE),
						Fact.of("ins.fund_paid", GatewayFixtures.COUNTY_HOSPITAL, day, new BigDecimal("1.005"))));
		new TransactionTemplate(transactions).executeWithoutResult(status -> publisher.publishEvent(report));
		AwaitEvents.monitoring(jdbc);
		// published again once processed (a redelivery): the registry keeps one
		// publication per delivery
		new TransactionTemplate(transactions).executeWithoutResult(status -> publisher.publishEvent(report));
		AwaitEvents.monitoring(jdbc);

		assertThat(totals.totals(Set.of(beds), county, march).get(beds))
			.isEqualByComparingTo(before.add(BigDecimal.valueOf(7)));
		assertThat(jdbc
			.sql("select institution || ' ' || element || ' ' || problem from mon_fact_error "
					+ "where report_key = :k order by id")
			.param("k", key)
			.query(String.class)
			.list()).containsExactly("H99999999999 ins.inpatient.days UNKNOWN_INSTITUTION",
					"H35992100001 test.unknown.element UNKNOWN_ELEMENT",
					"H35992100001 ins.inpatient.days UNKNOWN_DIMENSION", "H35992100001 ins.fund_paid INVALID_VALUE");
	}

	/** Amounts as the engine reads them, the change per component as plain strings. */
	private static Map<Component, String> change(Map<Component, BigDecimal> before, Map<Component, BigDecimal> after) {
		Map<Component, String> change = new java.util.HashMap<>();
		after.forEach((c, v) -> {
			BigDecimal d = v.subtract(before.getOrDefault(c, BigDecimal.ZERO));
			if (d.signum() != 0) {
				change.put(c, d.toPlainString());
			}
		});
		return change;
	}

	private static JsonNode ok(JsonNode answer) {
		assertThat(answer.get("infcode").asInt()).as(answer.path("err_msg").asString()).isZero();
		return answer.get("output");
	}

}
