package org.sanyi.pharma.druguse;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;
import org.sanyi.AwaitEvents;
import org.sanyi.HttpSession;
import org.sanyi.IntegrationTest;
import org.sanyi.insurance.InsuredProfile;
import org.sanyi.insurance.SettledClaims;
import org.sanyi.insurance.SettledClaims.Claim;
import org.sanyi.insurance.SettlementCompleted;
import org.sanyi.insurance.SettlementReversed;
import org.sanyi.pharma.PharmaErrors;
import org.sanyi.pharma.engine.Antimicrobials.Ddd;
import org.sanyi.security.DataScope;
import org.sanyi.shared.BusinessException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The drug-use facts reach monitoring as numerator and denominator components: the demo
 * year's history, a live inpatient settlement with its DDDs and its reversal; the DDD
 * table's import is all or nothing and scoped.
 */
@IntegrationTest
class DrugUseIT {

	/**
	 * DDDs per billed unit of the seed catalogue's measured antimicrobials: 头孢曲松钠注射剂 1 g
	 * a vial over 2 g; 头孢哌酮钠舒巴坦钠 1.5 g a vial over 4 g; 莫西沙星片 0.4 g × 3 a box over 0.4 g;
	 * 阿奇霉素片 0.25 g × 6 a box over 0.3 g (oral).
	 */
	static final Map<String, BigDecimal> DDD_PER_UNIT = Map.of("XJ01DDA001A010010100148", new BigDecimal("0.5"),
			"XJ01DDA002A010010100185", new BigDecimal("0.375"), "XJ01MAA002A001010100259", new BigDecimal("3"),
			"XJ01FAA001A001010100296", new BigDecimal("5"));

	@Autowired
	JdbcClient jdbc;

	@Autowired
	SettledClaims claims;

	@Autowired
	InpatientDrugUseListener listener;

	@Autowired
	OutpatientVisitListener visitListener;

	@org.springframework.boot.test.web.server.LocalServerPort
	int port;

	@Autowired
	DddTable ddds;

	@Autowired
	TransactionTemplate tx;

	@Test
	void theDemoYearIsReportedOnceAMonthWithNumeratorsNeverAboveDenominators() {
		assertThat(
				jdbc.sql("select count(*) from mon_fact_report where report_key like 'pharma:druguse:history:3599:%'")
					.query(Long.class)
					.single())
			.isEqualTo(12);
		Map<String, BigDecimal> totals = totals();
		assertThat(totals.get("pharma.rx.outpatient")).isPositive();
		assertThat(totals.get("pharma.rx.outpatient.antibiotic")).isPositive()
			.isLessThan(totals.get("pharma.rx.outpatient"));
		assertThat(totals.get("pharma.inpatient.antibiotic")).isPositive()
			.isLessThanOrEqualTo(totals.get("pharma.inpatient.discharges"));
		assertThat(totals.get("pharma.inpatient.days"))
			.isGreaterThanOrEqualTo(totals.get("pharma.inpatient.discharges"));
		assertThat(totals.get("pharma.inpatient.antimicrobial.ddd")).isPositive();
	}

	/**
	 * Every inpatient antimicrobial of the demo catalogue has its strength per unit, so
	 * none is unmeasured and the city's AUD (DDDs × 100 ÷ patient-days) is that of a
	 * general hospital's mix: near the national line of 40, inside the 30–45 typical of
	 * one.
	 */
	@Test
	void theDemoYearsAntimicrobialUseIntensityIsFullyMeasuredAndPlausible() {
		Map<String, BigDecimal> totals = totals();
		assertThat(totals.getOrDefault("pharma.inpatient.antimicrobial.unmeasured", BigDecimal.ZERO)).isZero();
		BigDecimal aud = org.sanyi.pharma.engine.DrugUse.aud(totals.get("pharma.inpatient.antimicrobial.ddd"),
				totals.get("pharma.inpatient.days"));
		System.out.println("demo AUD " + aud + " = " + totals.get("pharma.inpatient.antimicrobial.ddd")
				+ " DDDs × 100 / " + totals.get("pharma.inpatient.days") + " patient-days");
		assertThat(aud).isBetween(new BigDecimal("30"), new BigDecimal("45"));
	}

	@Test
	void aLiveInpatientSettlementReportsItsDddsAndItsReversalTakesThemBack() {
		Claim stay = measuredStay();
		BigDecimal ddd = stay.lines()
			.stream()
			.filter(l -> DDD_PER_UNIT.containsKey(l.code()))
			.map(l -> l.quantity().multiply(DDD_PER_UNIT.get(l.code())))
			.reduce(BigDecimal.ZERO, BigDecimal::add);
		long days = Math.max(1, stay.discharge().toEpochDay() - stay.admission().toEpochDay());

		// the listener as the event publication registry calls it (twice: a republished
		// event)
		tx.executeWithoutResult(s -> listener.on(completed(stay)));
		tx.executeWithoutResult(s -> listener.on(completed(stay)));
		await("select count(*) from ph_settled_drug_use where setl_id = :s", stay.settlementId());
		AwaitEvents.monitoring(jdbc);

		Map<String, BigDecimal> counted = reported("pharma:inpatient:" + stay.settlementId());
		assertThat(counted.get("pharma.inpatient.antimicrobial.ddd")).isEqualByComparingTo(ddd);
		assertThat(counted.get("pharma.inpatient.discharges")).isEqualByComparingTo("1");
		assertThat(counted.get("pharma.inpatient.antibiotic")).isEqualByComparingTo("1");
		assertThat(counted.get("pharma.inpatient.days")).isEqualByComparingTo(BigDecimal.valueOf(days));
		assertThat(counted).doesNotContainKey("pharma.inpatient.antimicrobial.unmeasured");

		tx.executeWithoutResult(s -> listener.on(reversed(stay, "R" + stay.settlementId())));
		await("select count(*) from ph_settled_drug_use where setl_id = :s and reversed_by is not null",
				stay.settlementId());
		AwaitEvents.monitoring(jdbc);
		Map<String, BigDecimal> takenBack = reported("pharma:inpatient:R" + stay.settlementId());
		assertThat(takenBack.get("pharma.inpatient.antimicrobial.ddd")).isEqualByComparingTo(ddd.negate());
		assertThat(takenBack.get("pharma.inpatient.discharges")).isEqualByComparingTo("-1");
		assertThat(jdbc.sql("select reversed_by from ph_settled_drug_use where setl_id = :s")
			.param("s", stay.settlementId())
			.query(String.class)
			.single()).isEqualTo("R" + stay.settlementId());
	}

	/**
	 * 门诊患者抗菌药物使用率 from the demo year's settlements: every outpatient visit of a hospital
	 * or clinic is one, those with a J01 drug line the numerator, a plausible share under
	 * the 20 % target; the 合理用药 page shows the months with their source.
	 */
	@Test
	void theDemoYearsOutpatientVisitsGiveAPlausibleAntibacterialUseRateShownWithItsSource() {
		Map<String, BigDecimal> totals = totals();
		long[] expected = new long[2];
		Set<String> pharmacies = Set
			.copyOf(jdbc.sql("select code from reg_institution where kind = 'PHARMACY'").query(String.class).list());
		demoYear(c -> {
			if (SettledDrugUse.outpatient(c.medType()) && !pharmacies.contains(c.institutionCode())) {
				expected[0]++;
				expected[1] += c.lines().stream().anyMatch(l -> l.code().startsWith("XJ01")) ? 1 : 0;
			}
			return false;
		});
		long expectedVisits = expected[0];
		long expectedAntibacterial = expected[1];
		BigDecimal visits = totals.get("pharma.visit.outpatient")
			.add(totals.getOrDefault("pharma.visit.emergency", BigDecimal.ZERO));
		BigDecimal antibacterial = totals.get("pharma.visit.outpatient.antibacterial")
			.add(totals.getOrDefault("pharma.visit.emergency.antibacterial", BigDecimal.ZERO));
		// the history is reported at demo step 345: settlements later demo steps record
		// in the year are not in it (never more than are settled)
		assertThat(visits.longValue()).isPositive().isLessThanOrEqualTo(expectedVisits);
		assertThat(antibacterial.longValue()).isPositive().isLessThanOrEqualTo(expectedAntibacterial);
		BigDecimal rate = antibacterial.multiply(BigDecimal.valueOf(100))
			.divide(visits, 2, java.math.RoundingMode.HALF_UP);
		System.out.println("demo outpatient antibacterial use rate " + rate + " % = " + antibacterial + " / " + visits);
		assertThat(rate).isBetween(new BigDecimal("8"), new BigDecimal("20"));
		// acute visits through a hospital's emergency department (急诊, med_type 13): a
		// small
		// share of all, counted apart with their own antibacterial numerator
		BigDecimal emergency = totals.getOrDefault("pharma.visit.emergency", BigDecimal.ZERO);
		BigDecimal emergencyAntibacterial = totals.getOrDefault("pharma.visit.emergency.antibacterial",
				BigDecimal.ZERO);
		System.out.println("demo emergency visits " + emergency + ", with an antibacterial " + emergencyAntibacterial);
		assertThat(emergency.longValue()).isPositive().isLessThan(visits.longValue() / 10);
		assertThat(emergencyAntibacterial).isLessThanOrEqualTo(emergency);
		// the visits were also added to the institutions' days, which the page sums
		assertThat(jdbc.sql("""
				select coalesce(sum(visits), 0) from ph_visit_antibacterial
				where institution_region like '3599%' and day between '2025-11-01' and '2026-10-31'""")
			.query(Long.class)
			.single()).isGreaterThanOrEqualTo(visits.longValue());

		HttpSession officer = HttpSession.loggedIn(port, "wjw", "Sanyi@2026");
		String html = officer.get("/pharma/drug-use").body();
		assertThat(html).contains("门急诊患者抗菌药物使用率").contains("数据来源：平台医保结算费用明细").contains("2026-10");
		// a county's hospital user sees only its own visits, not the city's
		long county = jdbc.sql("""
				select coalesce(sum(visits), 0) from ph_visit_antibacterial
				where institution_region like '359921%' and day between '2025-11-01' and '2026-10-31'""")
			.query(Long.class)
			.single();
		assertThat(county).isPositive().isLessThan(visits.longValue());
	}

	/**
	 * A live outpatient settlement (2207) is one visit; with a J01 line it is also one
	 * with an antibacterial; a republished event counts once, a reversal takes back
	 * exactly what was counted, and a pharmacy's sale (med_type 41) is no visit.
	 */
	@Test
	void aLiveOutpatientSettlementIsOneVisitAndItsReversalTakesItBack() {
		Claim withJ01 = outpatientVisit(true);
		Claim withoutJ01 = outpatientVisit(false);
		long[] before = day(withJ01);

		tx.executeWithoutResult(s -> visitListener.on(completed(withJ01, Map.of("09", BigDecimal.ONE))));
		tx.executeWithoutResult(s -> visitListener.on(completed(withJ01, Map.of("09", BigDecimal.ONE))));
		tx.executeWithoutResult(s -> visitListener.on(completed(withoutJ01, Map.of("09", BigDecimal.ONE))));
		Claim pharmacySale = new Claim("PHX" + withoutJ01.settlementId(), withoutJ01.visitId(), withoutJ01.personId(),
				withoutJ01.sex(), withoutJ01.birthDate(), withoutJ01.institutionCode(), withoutJ01.institutionRegion(),
				withoutJ01.hospitalLevel(), "41", false, withoutJ01.admission(), withoutJ01.discharge(),
				withoutJ01.settled(), "", withoutJ01.diagnoses(), withoutJ01.lines());
		tx.executeWithoutResult(s -> visitListener.on(completed(pharmacySale, Map.of("09", BigDecimal.ONE))));
		// an event published before events carried drugs: its lines are read back
		Claim olderEvent = demoYear(c -> "11".equals(c.medType()) && c.institutionCode().startsWith("H")
				&& !(c.institutionCode().equals(withJ01.institutionCode()) && c.settled().equals(withJ01.settled()))
				&& c.lines().stream().anyMatch(l -> l.code().startsWith("XJ01")) && notCounted(c))
			.orElseThrow();
		tx.executeWithoutResult(s -> visitListener.on(completed(olderEvent, Map.of("09", BigDecimal.ONE), Map.of())));
		await("select count(*) from ph_settled_drug_use where setl_id = :s", withoutJ01.settlementId());
		AwaitEvents.monitoring(jdbc);
		// an antibacterial found in the lines read back
		await("select count(*) from ph_settled_drug_use where setl_id = :s and antibiotic = 1",
				olderEvent.settlementId());

		assertThat(reported("pharma:outpatient:" + withJ01.settlementId()))
			.containsOnlyKeys("pharma.visit.outpatient", "pharma.visit.outpatient.antibacterial")
			.allSatisfy((k, v) -> assertThat(v).isEqualByComparingTo("1"));
		assertThat(reported("pharma:outpatient:" + withoutJ01.settlementId()))
			.containsOnlyKeys("pharma.visit.outpatient");
		assertThat(reported("pharma:outpatient:" + pharmacySale.settlementId())).isEmpty();
		assertThat(jdbc.sql("select kind || antibiotic from ph_settled_drug_use where setl_id = :s")
			.param("s", withJ01.settlementId())
			.query(String.class)
			.single()).isEqualTo("O1");
		long[] counted = day(withJ01);
		assertThat(counted[0] - before[0]).isEqualTo(withJ01.settled().equals(withoutJ01.settled())
				&& withJ01.institutionCode().equals(withoutJ01.institutionCode()) ? 2 : 1);
		assertThat(counted[1] - before[1]).isEqualTo(1);

		tx.executeWithoutResult(s -> visitListener.on(reversed(withJ01, "R" + withJ01.settlementId())));
		tx.executeWithoutResult(s -> visitListener.on(reversed(withJ01, "R" + withJ01.settlementId())));
		await("select count(*) from ph_settled_drug_use where setl_id = :s and reversed_by is not null",
				withJ01.settlementId());
		AwaitEvents.monitoring(jdbc);
		assertThat(reported("pharma:outpatient:R" + withJ01.settlementId()))
			.containsOnlyKeys("pharma.visit.outpatient", "pharma.visit.outpatient.antibacterial")
			.allSatisfy((k, v) -> assertThat(v).isEqualByComparingTo("-1"));
		long[] reversed = day(withJ01);
		assertThat(reversed[1]).isEqualTo(before[1]);
	}

	/**
	 * An outpatient visit of the demo year with (or without) a J01 line, not counted
	 * live.
	 */
	private Claim outpatientVisit(boolean antibacterial) {
		return demoYear(c -> {
			boolean j01 = c.lines().stream().anyMatch(l -> l.code().startsWith("XJ01"));
			return "11".equals(c.medType()) && j01 == antibacterial
					&& c.lines().stream().anyMatch(l -> l.code().startsWith("X")) && c.institutionCode().startsWith("H")
					&& notCounted(c);
		}).orElseThrow(() -> new AssertionError("no outpatient visit"));
	}

	/** Whether drug use has not counted the settlement yet. */
	private boolean notCounted(Claim c) {
		return jdbc.sql("select count(*) from ph_settled_drug_use where setl_id = :s")
			.param("s", c.settlementId())
			.query(Long.class)
			.single() == 0;
	}

	/**
	 * The city's settled claims of the demo year, page by page, until {@code stop}
	 * answers true: the claim it stopped at, or empty at the end of the year.
	 */
	private Optional<Claim> demoYear(Predicate<Claim> stop) {
		SettledClaims.Key after = null;
		while (true) {
			List<Claim> page = claims.settled("3599", LocalDate.of(2025, 11, 1), LocalDate.of(2026, 10, 31), after,
					1_000);
			if (page.isEmpty()) {
				return Optional.empty();
			}
			for (Claim c : page) {
				if (stop.test(c)) {
					return Optional.of(c);
				}
			}
			after = page.getLast().key();
		}
	}

	/**
	 * The outpatient visits and those with an antibacterial of the claim's institution
	 * and day.
	 */
	private long[] day(Claim c) {
		return jdbc.sql("""
				select coalesce(sum(visits), 0), coalesce(sum(antibacterial), 0) from ph_visit_antibacterial
				where institution_code = :i and day = :d and not emergency""")
			.param("i", c.institutionCode())
			.param("d", c.settled())
			.query((rs, n) -> new long[] { rs.getLong(1), rs.getLong(2) })
			.single();
	}

	@Test
	void aCitysImportedDddOverridesTheSeedForItsCountiesOnly() {
		byte[] file = """
				atc_code,substance,route,ddd,unit
				J01DD04,头孢曲松,P,4,g
				J01XX08,利奈唑胺,O,1200,mg
				""".getBytes(StandardCharsets.UTF_8);

		DddTable.Result result = ddds.importCsv("359900", file, DataScope.region("359900"), "wjw");

		assertThat(result.stored()).isEqualTo(2);
		assertThat(ddd(ddds.forRegion("359921"), "J01DD04")).isEqualByComparingTo("4");
		assertThat(ddd(ddds.forRegion("359921"), "J01XX08")).isEqualByComparingTo("1.2");
		assertThat(ddd(ddds.forRegion("350100"), "J01DD04")).isEqualByComparingTo("2");
		// back to the seed's value for the other tests of this run
		ddds.importCsv("359900",
				"atc_code,substance,route,ddd,unit\nJ01DD04,头孢曲松,P,2,g\n".getBytes(StandardCharsets.UTF_8),
				DataScope.region("359900"), "wjw");
	}

	@Test
	void aBadDddFileNamesEachLineAndStoresNothing() {
		long before = jdbc.sql("select count(*) from ph_ddd").query(Long.class).single();
		byte[] file = """
				atc_code,substance,route,ddd,unit
				J01CA04,阿莫西林,O,1.5,g
				J01CA,阿莫西林,O,1.5,g
				J01CA04,阿莫西林,X,1.5,g
				J01FA10,阿奇霉素,O,0.3,MU
				J01CA04,阿莫西林,O,3,g
				""".getBytes(StandardCharsets.UTF_8);

		DddTable.Result result = ddds.importCsv("359921", file, DataScope.region("359921"), "wjw_county");

		assertThat(result.stored()).isZero();
		assertThat(result.problems()).extracting(p -> p.line() + ":" + p.column() + ":" + p.error().error().code())
			.containsExactly("3:atc_code:PH-0301", "4:route:PH-0301", "5:ddd:PH-0301", "6:atc_code:PH-0302");
		assertThat(jdbc.sql("select count(*) from ph_ddd").query(Long.class).single()).isEqualTo(before);
		assertThatThrownBy(() -> ddds.importCsv("350100", file, DataScope.region("359921"), "wjw_county"))
			.isInstanceOfSatisfying(BusinessException.class,
					e -> assertThat(e.error()).isEqualTo(PharmaErrors.DDD_REGION));
	}

	private static BigDecimal ddd(List<Ddd> table, String atc) {
		return table.stream().filter(d -> d.atcCode().equals(atc)).findFirst().orElseThrow().grams();
	}

	/** An inpatient stay of the demo year whose antimicrobials are all measured ones. */
	private Claim measuredStay() {
		return demoYear(c -> {
			Set<String> antimicrobials = new java.util.HashSet<>();
			c.lines().stream().filter(l -> l.code().startsWith("XJ0")).forEach(l -> antimicrobials.add(l.code()));
			return SettledDrugUse.inpatient(c.medType()) && !antimicrobials.isEmpty()
					&& DDD_PER_UNIT.keySet().containsAll(antimicrobials) && notCounted(c);
		}).orElseThrow(() -> new AssertionError("no inpatient stay with only measured antimicrobials"));
	}

	private static SettlementCompleted completed(Claim c) {
		return completed(c, Map.of());
	}

	private static SettlementCompleted completed(Claim c, Map<String, BigDecimal> fees) {
		return completed(c, fees, drugs(c));
	}

	/**
	 * The claim's drug quantities by national code, as insurance's event carries them.
	 */
	private static Map<String, BigDecimal> drugs(Claim c) {
		Map<String, BigDecimal> drugs = new java.util.TreeMap<>();
		for (SettledClaims.Line l : c.lines()) {
			if (Set.of("09", "10", "11").contains(l.chargeType())) {
				drugs.merge(l.code(), l.quantity(), BigDecimal::add);
			}
		}
		drugs.values().removeIf(q -> q.signum() == 0);
		return drugs;
	}

	private static SettlementCompleted completed(Claim c, Map<String, BigDecimal> fees, Map<String, BigDecimal> drugs) {
		return new SettlementCompleted(c.settlementId(), c.visitId(), c.personId(), c.institutionCode(),
				c.institutionRegion(), "359900", "359900", "310", c.medType(), c.hospitalLevel(), c.admission(),
				c.discharge(), c.settled().atStartOfDay().atOffset(java.time.ZoneOffset.ofHours(8)), c.diagnoses(),
				BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, Map.of(), BigDecimal.ZERO, BigDecimal.ZERO, "test",
				fees, drugs, new InsuredProfile("359921", "1", 66), true, false);
	}

	private static SettlementReversed reversed(Claim c, String reversalId) {
		return new SettlementReversed(reversalId, c.settlementId(), c.visitId(), c.personId(), c.institutionCode(),
				c.institutionRegion(), "359900", "359900", "310", c.medType(), c.admission(), c.discharge(),
				c.settled(), java.time.OffsetDateTime.now(), c.diagnoses(), BigDecimal.ZERO, BigDecimal.ZERO, Map.of(),
				BigDecimal.ZERO, BigDecimal.ZERO, "2305", c.hospitalLevel(), BigDecimal.ZERO, Map.of(),
				new InsuredProfile("359921", "1", 66), true, false);
	}

	private Map<String, BigDecimal> totals() {
		Map<String, BigDecimal> out = new java.util.HashMap<>();
		jdbc.sql("""
				select f.element, sum(f.value) as v from mon_fact f join mon_fact_report r on r.id = f.report_id
				where r.report_key like 'pharma:druguse:history:%' group by f.element""")
			.query((rs, n) -> out.put(rs.getString(1), rs.getBigDecimal(2)))
			.list();
		return out;
	}

	private Map<String, BigDecimal> reported(String key) {
		Map<String, BigDecimal> out = new java.util.HashMap<>();
		jdbc.sql("""
				select f.element, sum(f.value) as v from mon_fact f join mon_fact_report r on r.id = f.report_id
				where r.report_key = :k group by f.element""")
			.param("k", key)
			.query((rs, n) -> out.put(rs.getString(1), rs.getBigDecimal(2)))
			.list();
		return out;
	}

	private void await(String sql, String setlId) {
		long end = System.nanoTime() + Duration.ofSeconds(30).toNanos();
		while (jdbc.sql(sql).param("s", setlId).query(Long.class).single() == 0) {
			if (System.nanoTime() > end) {
				throw new AssertionError("not counted within 30 s: " + setlId);
			}
			try {
				Thread.sleep(50);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
		}
	}

}
