package org.sanyi.demo;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.sanyi.HttpSession;
import org.sanyi.IntegrationTest;
import org.sanyi.demo.internal.Facility;
import org.sanyi.demo.internal.InpatientCase;
import org.sanyi.demo.internal.InsuredActivity;
import org.sanyi.identity.HealthCards;
import org.sanyi.identity.Resident;
import org.sanyi.identity.ResidentIdentifier.IdentifierType;
import org.sanyi.identity.ResidentIndex;
import org.sanyi.insurance.InsuranceAdmin.NewPerson;
import org.sanyi.insurance.InsuranceAdmin.RecordedVisit;
import org.sanyi.registry.Institution;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo region as the first start stored it (scale 0.1 in tests): one population in
 * insurance and the master patient index, settlement lists that fit the hospital and the
 * case, and the sampling ratio on the pages with totals. The generated year is
 * regenerated from the seed ({@link DemoYear}), exactly as the start stored it.
 */
@IntegrationTest
class DemoPopulationIT {

	@LocalServerPort
	int port;

	@Autowired
	DemoYear year;

	@Autowired
	DemoProperties properties;

	@Autowired
	ResidentIndex residents;

	@Autowired
	HealthCards cards;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theDemoPharmaciesSettleTheirSalesAsRetailPurchasesOnThePrescriptionAndWriteThemOff() {
		// every sale of the demo is a 41 settlement of the selling pharmacy, its lines
		// dispensed on the prescription, pooled, and named by the sale's write-off
		List<java.util.Map<String, Object>> sales = jdbc
			.sql("""
					select d.hi_rxno, d.pay_mode, s.med_type, s.clr_type, s.fund_pay_sumamt, s.medfee_sumamt,
					       (select count(*) from ins_fee_line f where f.setl_id = s.setl_id and f.ext_rxno = d.hi_rxno) as lines
					from ph_dispensing d join ins_settlement s on s.setl_id = d.setl_id and s.fixmedins_code = d.pharmacy_code
					where d.pharmacist_code = 'Y' || substr(d.pharmacy_code, 2) || '1'
					""")
			.query()
			.listOfRows();
		assertThat(sales).isNotEmpty();
		assertThat(sales).allSatisfy(r -> {
			assertThat(r.get("pay_mode")).isEqualTo("3");
			assertThat(r.get("med_type")).isEqualTo("41");
			assertThat(r.get("clr_type")).isEqualTo("41");
			assertThat(((Number) r.get("lines")).intValue()).isPositive();
			assertThat((java.math.BigDecimal) r.get("fund_pay_sumamt"))
				.isLessThan((java.math.BigDecimal) r.get("medfee_sumamt"));
		});
		// the pool's row shows the outpatient deductible and ratio applied (the
		// prescription's path), not the refusal of a purchase without one
		assertThat(jdbc.sql("""
				select f.setl_proc_info from ins_settlement_fund f join ph_dispensing d on d.setl_id = f.setl_id
				where f.seq = 1 and d.pharmacist_code = 'Y' || substr(d.pharmacy_code, 2) || '1'
				""").query(String.class).list()).isNotEmpty()
			.allSatisfy(trace -> assertThat(trace).contains("年度起付线").doesNotContain("无外配处方"));
		// the demo's pharmacist of each pharmacy is Y + its code + 1 (the tests' are
		// others):
		// the demo's pharmacies sell nothing unsettled
		assertThat(jdbc.sql(
				"select count(*) from ph_dispensing where setl_id is null and pharmacist_code = 'Y' || substr(pharmacy_code, 2) || '1'")
			.query(Integer.class)
			.single()).isZero();
	}

	/**
	 * The recorded year's purchases at the retail pharmacies: the employees' account
	 * purchases of over-the-counter drugs, settled as 41 without a prescription — the
	 * pool's row 0.00 with its reason, the account paying — and the planted card used six
	 * times a month for the same box found by 高频购药 at its pharmacy.
	 */
	@Test
	void employeesBuyOverTheCounterWithTheirAccountAtThePharmaciesAndACardUsedTooOftenIsFound() {
		long generated = year.activity()
			.visits()
			.stream()
			.filter(v -> "41".equals(v.medType()) && v.externalRx() == null)
			.count();
		List<java.util.Map<String, Object>> recorded = jdbc
			.sql("""
					select s.clr_type, s.insutype, s.fund_pay_sumamt, s.acct_pay, s.psn_cash_pay, s.medfee_sumamt,
					       (select f.setl_proc_info from ins_settlement_fund f where f.setl_id = s.setl_id and f.seq = 1) as pool
					from ins_settlement s
					where s.med_type = '41' and s.fixmedins_code like 'P%'
					  and not exists (select 1 from ph_dispensing d where d.setl_id = s.setl_id)
					  and not exists (select 1 from ins_fee_line l where l.setl_id = s.setl_id and l.ext_rxno is not null)
					""")
			.query()
			.listOfRows();

		assertThat(generated).isPositive();
		assertThat((long) recorded.size()).isGreaterThanOrEqualTo(generated * 9 / 10);
		assertThat(recorded).allSatisfy(r -> {
			assertThat(r.get("clr_type")).isEqualTo("41");
			assertThat(r.get("insutype")).isEqualTo("310");
			assertThat((java.math.BigDecimal) r.get("fund_pay_sumamt")).isZero();
			assertThat(((java.math.BigDecimal) r.get("acct_pay")).add((java.math.BigDecimal) r.get("psn_cash_pay")))
				.isEqualByComparingTo((java.math.BigDecimal) r.get("medfee_sumamt"));
			assertThat((String) r.get("pool")).contains("无外配处方");
		});
		assertThat(recorded).anySatisfy(r -> assertThat((java.math.BigDecimal) r.get("acct_pay")).isPositive());
		assertThat(jdbc.sql("""
				select count(*) from sup_suspicion
				where rule_id = 'JG019' and fixmedins_code like 'P%' and item_code = 'ZA04BAA001'
				""").query(Integer.class).single()).isGreaterThanOrEqualTo(2);
	}

	@Test
	void everyInsuredPersonWhoSettledIsAResidentWithACardTheSameIdNumberAndPsnNo() {
		Set<String> settled = year.activity().visits().stream().map(RecordedVisit::psnNo).collect(Collectors.toSet());
		List<NewPerson> persons = year.population()
			.persons()
			.stream()
			.filter(p -> settled.contains(p.psnNo()))
			.toList();
		assertThat(persons).hasSizeGreaterThan(300);
		for (NewPerson p : persons) {
			Resident r = residents.findByPsnNo(p.psnNo())
				.orElseThrow(() -> new AssertionError("no resident " + p.psnNo()));
			assertThat(residents.idNumberOf(r.residentId())).as(p.psnNo()).contains(p.certNo());
			assertThat(residents.findByIdNumber(p.certNo()).map(Resident::residentId)).contains(r.residentId());
			assertThat(cards.activeCardNumber(r.residentId())).as(p.psnNo()).isPresent();
			assertThat(r.name()).isEqualTo(p.name());
		}
		// 李春梅 keeps her own resident id, linked to her township centre's health record
		// besides her hospitals'
		Resident her = residents.findByPsnNo(DemoYear.RESIDENT_PSN_NO).orElseThrow();
		assertThat(her.residentId()).isEqualTo("demo-resident-1");
		assertThat(residents.identifiers(her.residentId()).stream().filter(i -> i.type() == IdentifierType.PATIENT_NO))
			.hasSizeGreaterThanOrEqualTo(3);
	}

	@Test
	void everyInsuredPersonIsInTheIndexOnceAndAgainLoadingChangesNothing() {
		int insured = year.population().persons().size();
		long withPsnNo = jdbc.sql("select count(distinct lookup_key) from idn_identifier where type = 'PSN_NO'")
			.query(Long.class)
			.single();
		assertThat(withPsnNo).isGreaterThanOrEqualTo(insured);
		var again = residents
			.registerPopulation(new DemoResidents(residents, year, properties).records(year.population()));
		assertThat(again.created()).isZero();
		assertThat(again.linked()).isZero();
		assertThat(again.unchanged()).isEqualTo(insured);
	}

	@Test
	void settlementListsComeFromHospitalsOnlyAndFitTheHospitalAndTheCase() {
		Set<String> maternal = new HashSet<>();
		Set<String> notPaidByDrg = new HashSet<>();
		for (Facility f : year.facilities()) {
			if (f.kind() == Institution.Kind.MATERNAL_CHILD) {
				maternal.add(f.code());
			}
			if (!Facility.paidByDrg(f.kind(), f.level())) {
				notPaidByDrg.add(f.code());
			}
		}
		// the demo's own lists (other tests upload theirs to the same database)
		Set<String> demo = year.activity().inpatient().keySet();
		List<String[]> lists = jdbc.sql("""
				select psn_no, institution_code, adm_time::date::text, dscg_time::date::text, gend, age, adm_caty, drg,
				       adrg, procedures::text from drg_setl_list where current_version""")
			.query((rs, n) -> new String[] {
					InpatientCase.key(rs.getString(1), rs.getString(2), java.time.LocalDate.parse(rs.getString(3)),
							java.time.LocalDate.parse(rs.getString(4))),
					rs.getString(2), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8),
					rs.getString(9), rs.getString(10) })
			.list()
			.stream()
			.filter(l -> demo.contains(l[0]))
			.toList();
		long stays = year.activity()
			.inpatient()
			.values()
			.stream()
			.filter(c -> !notPaidByDrg.contains(c.visit().institutionCode()))
			.count();
		assertThat(lists).hasSize((int) stays).hasSizeGreaterThan(100);
		for (String[] l : lists) {
			assertThat(notPaidByDrg).as(l[0]).doesNotContain(l[1]);
			if (maternal.contains(l[1])) {
				assertThat(l[2].equals("2") || Integer.parseInt(l[3]) < 15)
					.as("a man at a maternal-and-child hospital: " + l[0])
					.isTrue();
			}
			if (l[6].equals("FM1")) { // a coronary stent only with a PCI, in cardiology
				assertThat(l[4]).as(l[0]).isEqualTo("A03.04");
				assertThat(l[7]).as(l[0]).contains("36.07");
			}
		}
		long ungroupable = lists.stream().filter(l -> l[5].equals("0000")).count();
		assertThat(100.0 * ungroupable / lists.size()).isLessThan(3.0);
	}

	@Test
	void everyStayIsTheSampleOfItsHospitalsBeds() {
		InpatientCase any = year.activity().inpatient().values().iterator().next();
		assertThat(any.visit().medType()).isEqualTo("21");
		double sample = properties.inpatientSample();
		for (Facility f : year.facilities()) {
			long stays = year.activity()
				.inpatient()
				.values()
				.stream()
				.filter(c -> c.visit().institutionCode().equals(f.code()))
				.filter(c -> !c.patient().psnNo().equals(DemoYear.RESIDENT_PSN_NO))
				.count();
			double expected = InsuredActivity.expectedDischarges(f, sample);
			assertThat((double) stays).as(f.code()).isBetween(expected * 0.9 - 2, expected * 1.1 + 2);
		}
	}

	@Test
	void pagesWithTotalsSayWhatSampleTheDemoIs() {
		HttpSession ybj = HttpSession.loggedIn(port, "ybj", "Sanyi@2026");
		String note = "演示数据：住院按 " + DemoSampleNote.percent(properties.inpatientSample()) + " 抽样，门诊按 "
				+ DemoSampleNote.percent(properties.outpatientSample()) + " 抽样";
		for (String page : List.of("/drg/report", "/drg/cases", "/insurance/settlements", "/insurance/ledger",
				"/insurance/budgets")) {
			assertThat(ybj.get(page).body()).as(page).contains(note);
		}
		assertThat(HttpSession.loggedIn(port, "ybj", "Sanyi@2026").get("/drg/report?lang=en").body())
			.contains("Demo data: a " + DemoSampleNote.percent(properties.inpatientSample()) + " sample");
		assertThat(DemoSampleNote.percent(0.005)).isEqualTo("0.5%");
		assertThat(DemoSampleNote.percent(0.0002)).isEqualTo("0.02%");
	}

}
