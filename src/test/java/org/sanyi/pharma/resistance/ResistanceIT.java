package org.sanyi.pharma.resistance;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.sanyi.HttpSession;
import org.sanyi.IntegrationTest;
import org.sanyi.monitoring.analysis.IndicatorQueries;
import org.sanyi.monitoring.engine.FactTotals.Selection;
import org.sanyi.monitoring.engine.IndicatorValue;
import org.sanyi.monitoring.engine.Period;
import org.sanyi.pharma.PharmaErrors;
import org.sanyi.pharma.engine.Resistance;
import org.sanyi.pharma.engine.Resistance.Warning;
import org.sanyi.registry.Registry;
import org.sanyi.security.DataScope;
import org.sanyi.shared.BusinessException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * 细菌耐药: the demo laboratories' year raises the national warnings, an import is all or
 * nothing and once, its results reach monitoring as facts, and each sees its own area.
 */
@IntegrationTest
class ResistanceIT {

	static final String COUNTY_HOSPITAL = "H35992100001";

	static final String CITY_HOSPITAL = "H35990000001";

	static final LocalDate FROM = LocalDate.of(2025, 11, 1);

	static final LocalDate TO = LocalDate.of(2026, 10, 31);

	@LocalServerPort
	int port;

	@Autowired
	Resistances resistances;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Registry registry;

	@Autowired
	IndicatorQueries indicators;

	@Test
	void theDemoYearWarnsOfCarbapenemResistantAcinetobacterAndMrsa() {
		List<Resistances.Rate> city = resistances.rates(DataScope.region("359900"), FROM, TO);

		Resistances.Rate meropenem = cell(city, "aba", "MEM");
		assertThat(meropenem.tested()).isGreaterThanOrEqualTo(100);
		assertThat(meropenem.warning()).isEqualTo(Warning.SUSPEND);
		assertThat(cell(city, "sau", "OXA").warning()).isIn(Warning.NOTIFY, Warning.CAUTION);
		assertThat(cell(city, "sau", "VAN").warning()).isEqualTo(Warning.NONE);
		long tested = jdbc.sql("""
				select count(*) from ph_ast_result where organism_code = 'aba' and antibiotic_code = 'MEM'
				and specimen_date between :f and :t""").param("f", FROM).param("t", TO).query(Long.class).single();
		assertThat(meropenem.isolates()).isEqualTo(tested);
		// carbapenem-resistant Acinetobacter is cultured again and again: the first
		// isolates (CLSI M39) are fewer, and the pure engine picks the same ones as the
		// SQL
		assertThat(meropenem.tested()).isLessThan(tested);
		record Row(String institutionCode, String patientKey, String specimenId, LocalDate specimenDate,
				String interpretation) {
		}
		// every isolate of the calendar years the period touches: a first isolate is the
		// first of its patient, organism and year
		List<Row> rows = jdbc.sql("""
				select institution_code, patient_key, specimen_id, specimen_date, interpretation from ph_ast_result
				where organism_code = 'aba' and antibiotic_code = 'MEM' and specimen_date between :f and :t
				and institution_region like '3599%'""")
			.param("f", FROM.withDayOfYear(1))
			.param("t", TO.withDayOfYear(TO.lengthOfYear()))
			.query(Row.class)
			.list();
		var firsts = Resistance
			.firstIsolates(rows.stream()
				.map(r -> new Resistance.Isolate(r.patientKey(), r.institutionCode(), "aba", r.specimenDate(),
						r.specimenId()))
				.toList())
			.stream()
			.filter(i -> !i.specimenDate().isBefore(FROM) && !i.specimenDate().isAfter(TO))
			.collect(java.util.stream.Collectors.toSet());
		long firstResistant = rows.stream()
			.filter(r -> "R".equals(r.interpretation()) && firsts.contains(new Resistance.Isolate(r.patientKey(),
					r.institutionCode(), "aba", r.specimenDate(), r.specimenId())))
			.count();
		assertThat(meropenem.tested()).isEqualTo(firsts.size());
		assertThat(meropenem.resistant()).isEqualTo(firstResistant);
	}

	@Test
	void aPatientsRepeatCulturesCountOnceAndThePatientIdIsNotStored() {
		String header = "specimen_id,specimen_date,organism_code,organism_name,antibiotic_code,antibiotic_name,interpretation,patient_id\n";
		byte[] file = (header + """
				FI-0001,2026-11-02,sma,嗜麦芽窄食单胞菌,SXT,复方磺胺甲噁唑,R,ZY-778812
				FI-0002,2026-11-05,sma,嗜麦芽窄食单胞菌,SXT,复方磺胺甲噁唑,R,ZY-778812
				FI-0003,2026-11-09,sma,嗜麦芽窄食单胞菌,SXT,复方磺胺甲噁唑,S,ZY-778812
				FI-0004,2026-11-03,sma,嗜麦芽窄食单胞菌,SXT,复方磺胺甲噁唑,S,ZY-778813
				FI-0005,2026-11-04,sma,嗜麦芽窄食单胞菌,SXT,复方磺胺甲噁唑,S,
				""").getBytes(StandardCharsets.UTF_8);
		DataScope county = staff(COUNTY_HOSPITAL);
		assertThat(resistances.importCsv(COUNTY_HOSPITAL, "first.csv", file, county, "yaoshi").stored()).isEqualTo(5);

		Resistances.Rate sxt = cell(resistances.rates(county, LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30)),
				"sma", "SXT");
		// three patients: ZY-778812's first (R), ZY-778813's (S) and the one without id
		// (S)
		assertThat(sxt.isolates()).isEqualTo(5);
		assertThat(sxt.tested()).isEqualTo(3);
		assertThat(sxt.resistant()).isEqualTo(1);
		assertThat(jdbc.sql("select count(*) from ph_ast_result where patient_key like '%778812%'")
			.query(Long.class)
			.single()).isZero();
		assertThat(jdbc.sql("select count(distinct patient_key) from ph_ast_result where specimen_id like 'FI-%'")
			.query(Long.class)
			.single()).isEqualTo(3);

		// the laboratory sends an earlier specimen of ZY-778812 (S): it becomes the first
		// isolate in place of FI-0001 (R), and monitoring is told both changes
		byte[] earlier = (header + "FI-0000,2026-11-01,sma,嗜麦芽窄食单胞菌,SXT,复方磺胺甲噁唑,S,ZY-778812\n")
			.getBytes(StandardCharsets.UTF_8);
		assertThat(resistances.importCsv(COUNTY_HOSPITAL, "earlier.csv", earlier, county, "yaoshi").stored())
			.isEqualTo(1);
		Resistances.Rate after = cell(resistances.rates(county, LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30)),
				"sma", "SXT");
		assertThat(after.isolates()).isEqualTo(6);
		assertThat(after.tested()).isEqualTo(3);
		assertThat(after.resistant()).isZero();
		long importId = jdbc
			.sql("select max(id) from ph_ast_import where institution_code = :i and file_name = 'earlier.csv'")
			.param("i", COUNTY_HOSPITAL)
			.query(Long.class)
			.single();
		awaitKey("pharma:ast:" + importId);
		assertThat(reported("pharma:ast:" + importId, "pharma.ast.tested")).containsOnly(
				java.util.Map.entry(LocalDate.of(2026, 11, 1), new java.math.BigDecimal("1")),
				java.util.Map.entry(LocalDate.of(2026, 11, 2), new java.math.BigDecimal("-1")));
		assertThat(reported("pharma:ast:" + importId, "pharma.ast.resistant"))
			.containsOnly(java.util.Map.entry(LocalDate.of(2026, 11, 2), new java.math.BigDecimal("-1")));

		byte[] bad = (header + "FI-0006,2026-11-10,sma,嗜麦芽窄食单胞菌,SXT,复方磺胺甲噁唑,R,张三\n").getBytes(StandardCharsets.UTF_8);
		assertThat(resistances.importCsv(COUNTY_HOSPITAL, "bad-patient.csv", bad, county, "yaoshi").problems())
			.extracting(p -> p.line() + ":" + p.column())
			.containsExactly("2:patient_id");
	}

	@Test
	void aHospitalSeesOnlyItsOwnLaboratory() {
		long own = jdbc
			.sql("select count(*) from ph_ast_result where institution_code = :i and specimen_date between :f and :t")
			.param("i", COUNTY_HOSPITAL)
			.param("f", FROM)
			.param("t", TO)
			.query(Long.class)
			.single();
		long seen = resistances.rates(staff(COUNTY_HOSPITAL), FROM, TO)
			.stream()
			.mapToLong(Resistances.Rate::isolates)
			.sum();
		assertThat(seen).isEqualTo(own).isPositive();
		HttpSession doctor = HttpSession.loggedIn(port, "doctor", "Sanyi@2026");
		assertThat(doctor.get("/pharma/resistance?from=2025-11&to=2026-10").body()).contains("鲍曼不动杆菌");
	}

	@Test
	void anImportIsStoredOnceReportedAsFactsAndABadFileStoresNothing() {
		String header = "specimen_id,specimen_date,organism_code,organism_name,antibiotic_code,antibiotic_name,interpretation\n";
		byte[] good = (header + """
				IT-0001,2026-11-03,eco,大肠埃希菌,CRO,头孢曲松,R
				IT-0001,2026-11-03,eco,大肠埃希菌,IPM,亚胺培南,S
				IT-0002,2026-11-04,kpn,肺炎克雷伯菌,IPM,亚胺培南,R
				""").getBytes(StandardCharsets.UTF_8);
		DataScope county = staff(COUNTY_HOSPITAL);

		Resistances.Result stored = resistances.importCsv(COUNTY_HOSPITAL, "lab.csv", good, county, "doctor");
		Resistances.Result again = resistances.importCsv(COUNTY_HOSPITAL, "lab.csv", good, county, "doctor");

		assertThat(stored.stored()).isEqualTo(3);
		assertThat(again.stored()).isZero();
		assertThat(again.problems()).extracting(p -> p.line() + ":" + p.error().error().code())
			.containsExactly("2:PH-0321", "3:PH-0321", "4:PH-0321");
		long importId = jdbc
			.sql("select max(id) from ph_ast_import where institution_code = :i and file_name = 'lab.csv'")
			.param("i", COUNTY_HOSPITAL)
			.query(Long.class)
			.single();
		// the facts are written by monitoring after the import's transaction
		awaitReport("pharma:ast:" + importId);

		long before = jdbc.sql("select count(*) from ph_ast_result").query(Long.class).single();
		byte[] bad = (header + """
				IT-0003,2026-11-05,eco,大肠埃希菌,CRO,头孢曲松,X
				IT-0004,2099-01-01,eco,大肠埃希菌,CRO,头孢曲松,R
				IT-0005,2026-11-05,E. coli,大肠埃希菌,CRO,头孢曲松,R
				IT-0006,2026-11-05,eco,大肠埃希菌,CRO,头孢曲松,S
				IT-0006,2026-11-05,eco,大肠埃希菌,CRO,头孢曲松,S
				""").getBytes(StandardCharsets.UTF_8);
		Resistances.Result refused = resistances.importCsv(COUNTY_HOSPITAL, "bad.csv", bad, county, "doctor");
		assertThat(refused.problems()).extracting(p -> p.line() + ":" + p.column())
			.containsExactly("2:interpretation", "3:specimen_date", "4:organism_code", "6:specimen_id");
		assertThat(jdbc.sql("select count(*) from ph_ast_result").query(Long.class).single()).isEqualTo(before);
		assertThatThrownBy(() -> resistances.importCsv(CITY_HOSPITAL, "lab.csv", good, county, "doctor"))
			.isInstanceOfSatisfying(BusinessException.class,
					e -> assertThat(e.error()).isEqualTo(PharmaErrors.INSTITUTION_NOT_FOUND));
	}

	/**
	 * Monitoring's 碳青霉烯类耐药鲍曼不动杆菌检出率 (crab_rate: Acinetobacter × imipenem) over the demo
	 * city's year, a month, and one hospital is the page's first-isolate rate of the same
	 * slice: the facts count first isolates only (not every isolate tested).
	 */
	@Test
	void monitoringsResistanceRateIsThePagesFirstIsolateRateForTheSameSlice() {
		IndicatorQueries.Snapshot snapshot = indicators.snapshot();
		List<org.sanyi.monitoring.indicator.DefinitionRow> crab = snapshot.select(List.of("crab_rate"));
		record Slice(DataScope scope, Selection where, LocalDate from, LocalDate to) {
		}
		List<Slice> slices = List.of(new Slice(DataScope.region("359900"), new Selection.Region("3599"), FROM, TO),
				new Slice(DataScope.region("359900"), new Selection.Region("3599"), LocalDate.of(2026, 3, 1),
						LocalDate.of(2026, 3, 31)),
				new Slice(staff(COUNTY_HOSPITAL), new Selection.Institutions(java.util.Set.of(COUNTY_HOSPITAL)), FROM,
						TO));
		for (Slice slice : slices) {
			Resistances.Rate page = cell(resistances.rates(slice.scope(), slice.from(), slice.to()), "aba", "IPM");
			assertThat(page.tested()).isPositive().isLessThanOrEqualTo(page.isolates());
			long end = System.nanoTime() + 60_000_000_000L;
			IndicatorValue value;
			do {
				value = snapshot.values(crab, slice.where(), Period.days(slice.from(), slice.to())).get("crab_rate");
			}
			while (!(value.denominator() != null && value.denominator().longValue() == page.tested()
					&& value.numerator().longValue() == page.resistant()) && System.nanoTime() < end && pause());
			assertThat(value.denominator()).as("tested %s", slice).isEqualByComparingTo(String.valueOf(page.tested()));
			assertThat(value.numerator()).as("resistant %s", slice)
				.isEqualByComparingTo(String.valueOf(page.resistant()));
			assertThat(value.value()).isEqualByComparingTo(page.rate());
		}
		// over the year the repeat cultures are many: counting every isolate would differ
		Resistances.Rate year = cell(resistances.rates(DataScope.region("359900"), FROM, TO), "aba", "IPM");
		assertThat(year.isolates()).isGreaterThan(year.tested());
	}

	private static boolean pause() {
		try {
			Thread.sleep(200);
			return true;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	private void awaitKey(String key) {
		long end = System.nanoTime() + 30_000_000_000L;
		while (jdbc.sql("select count(*) from mon_fact_report where report_key = :k")
			.param("k", key)
			.query(Long.class)
			.single() == 0) {
			if (System.nanoTime() > end) {
				throw new AssertionError("no fact report " + key);
			}
			pause();
		}
	}

	/** The facts of a report of one element, summed by day. */
	private java.util.Map<LocalDate, java.math.BigDecimal> reported(String key, String element) {
		java.util.Map<LocalDate, java.math.BigDecimal> out = new java.util.TreeMap<>();
		jdbc.sql("""
				select f.day, sum(f.value) from mon_fact f join mon_fact_report r on r.id = f.report_id
				where r.report_key = :k and f.element = :e group by f.day""")
			.param("k", key)
			.param("e", element)
			.query((rs, n) -> out.put(rs.getObject(1, LocalDate.class), rs.getBigDecimal(2).stripTrailingZeros()))
			.list();
		return out;
	}

	private void awaitReport(String key) {
		long end = System.nanoTime() + 30_000_000_000L;
		while (jdbc.sql("select count(*) from mon_fact_report where report_key = :k")
			.param("k", key)
			.query(Long.class)
			.single() == 0) {
			if (System.nanoTime() > end) {
				throw new AssertionError("no fact report " + key);
			}
			try {
				Thread.sleep(50);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
		}
		assertThat(jdbc.sql("""
				select sum(f.value) from mon_fact f join mon_fact_report r on r.id = f.report_id
				where r.report_key = :k and f.element = 'pharma.ast.resistant'""")
			.param("k", key)
			.query(java.math.BigDecimal.class)
			.single()).isEqualByComparingTo("2");
	}

	private static Resistances.Rate cell(List<Resistances.Rate> rates, String organism, String antibiotic) {
		return rates.stream()
			.filter(r -> r.organismCode().equals(organism) && r.antibioticCode().equals(antibiotic))
			.findFirst()
			.orElseThrow();
	}

	private DataScope staff(String institution) {
		return DataScope.institution(institution, registry.institution(institution).orElseThrow().regionCode());
	}

}
