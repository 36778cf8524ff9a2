package org.sanyi.insurance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.sanyi.demo.DemoGatewayAccounts;
import org.sanyi.insurance.InsuranceAdmin.CatalogueItem;
import org.sanyi.insurance.InsuranceAdmin.Deposit;
import org.sanyi.insurance.InsuranceAdmin.NewEnrolment;
import org.sanyi.insurance.InsuranceAdmin.NewIdentity;
import org.sanyi.insurance.InsuranceAdmin.NewPerson;
import org.sanyi.shared.IdNumber;

/**
 * Persons, catalogue items and HIS clients of the gateway tests. Every test enrols its
 * own persons (the database is shared by all integration tests), so year-to-date totals
 * start from zero and the engine's expected amounts hold.
 */
public final class GatewayFixtures {

	/** 青溪市第一医院, 三级甲等 (hosp_lv 02), registered at city level. */
	public static final String CITY_HOSPITAL = "H35990000001";

	public static final String CITY_HOSPITAL_NAME = "青溪市第一医院";

	/** 云岫县总医院. */
	public static final String COUNTY_HOSPITAL = "H35992100001";

	public static final long SEED = 20261122L;

	private static final AtomicInteger PERSONS = new AtomicInteger();

	private GatewayFixtures() {
	}

	public static HsaClient client(int port, String institution, String name) {
		return new HsaClient(port, institution, name, DemoGatewayAccounts.secret(SEED, institution), "359900");
	}

	/** Catalogue items of worked example A (insurance.md §2.6), added once. */
	public static void addExampleItems(InsuranceAdmin admin) {
		admin.saveCatalogue(List.of(
				new CatalogueItem("T-A-CONSUMABLE", "测试耗材（限价 5000）", "08", "01", BigDecimal.ZERO,
						new BigDecimal("5000"), false, new BigDecimal("6000")),
				new CatalogueItem("T-A-SURGERY", "测试手术", "06", "01", BigDecimal.ZERO, null, false,
						new BigDecimal("60000")),
				new CatalogueItem("T-A-WARD", "测试病房", "01", "01", BigDecimal.ZERO, null, false, new BigDecimal("2000")),
				new CatalogueItem("T-B-DRUG", "测试乙类药品", "09", "02", new BigDecimal("0.10"), null, false,
						new BigDecimal("300"))));
	}

	/**
	 * A resident of the city (or of {@code insuredRegion}), enrolled in 2026, with the
	 * given identities.
	 */
	public static NewPerson resident(String insuredRegion, String... identities) {
		return person("390", insuredRegion, "1501", 1964, identities, List.of());
	}

	/**
	 * An employee in service aged under 45 with a personal account holding
	 * {@code balance}.
	 */
	public static NewPerson employee(String balance) {
		return person("310", "359900", "1101", 1990, new String[0],
				List.of(new Deposit(LocalDate.of(2026, 1, 15), new BigDecimal(balance))));
	}

	private static NewPerson person(String insutype, String insuredRegion, String psnType, int birthYear,
			String[] identities, List<Deposit> deposits) {
		int n = PERSONS.incrementAndGet();
		String psnNo = "T" + insuredRegion + ProcessHandle.current().pid() % 1000 + "%06d".formatted(n);
		LocalDate birth = LocalDate.of(birthYear, 1 + n % 12, 1 + n % 28);
		String first17 = "359921" + birth.toString().replace("-", "") + "%03d".formatted(n % 1000);
		String certNo = first17 + IdNumber.checkCharacter(first17);
		List<NewIdentity> ids = new ArrayList<>();
		for (String identity : identities) {
			ids.add(new NewIdentity(identity, LocalDate.of(2025, 1, 1), null));
		}
		return new NewPerson(psnNo, certNo, "测试" + n, n % 2 == 0 ? "2" : "1", birth, insuredRegion,
				"359900".equals(insuredRegion) ? "359921" : insuredRegion, psnType, false, "TC" + "%08d".formatted(n),
				null, ids, List.of(new NewEnrolment(insutype, 2025, "1", LocalDate.of(2025, 1, 1)),
						new NewEnrolment(insutype, 2026, "1", LocalDate.of(2026, 1, 1))),
				deposits);
	}

	/**
	 * The input of a 2201 outpatient registration of an employee (insutype 310) on 1 Nov
	 * 2026, internal medicine.
	 */
	public static Map<String, Object> registration(NewPerson person) {
		return Map.of("data",
				Map.of("psn_no", person.psnNo(), "insutype", "310", "begntime", "2026-11-01 09:00:00",
						"mdtrt_cert_type", "02", "mdtrt_cert_no", person.certNo(), "ipt_otp_no",
						"MZ" + System.nanoTime() % 1_000_000_000L, "dept_code", "03", "dept_name", "内科"));
	}

	/**
	 * The input of a 2401 inpatient admission (med_type 21) of a resident (insutype 390)
	 * with one main diagnosis: a 外科 gallstone ({@code K80.200}, 胆囊结石) or 内科 stroke
	 * ({@code I63.900}, 脑梗死) patient of doctor D002, bed 12.
	 */
	public static Map<String, Object> admission(NewPerson person, String begntime, String department,
			String diagnosisCode, String diagnosisName) {
		return Map.of("mdtrtinfo",
				Map.ofEntries(Map.entry("psn_no", person.psnNo()), Map.entry("insutype", "390"),
						Map.entry("begntime", begntime), Map.entry("mdtrt_cert_type", "02"),
						Map.entry("mdtrt_cert_no", person.certNo()), Map.entry("med_type", "21"),
						Map.entry("ipt_no", "ZY" + System.nanoTime() % 1_000_000_000L), Map.entry("atddr_no", "D002"),
						Map.entry("chfpdr_name", "李主任"), Map.entry("adm_dept_codg", "04"),
						Map.entry("adm_dept_name", department), Map.entry("adm_bed", "12"),
						Map.entry("dise_codg", diagnosisCode), Map.entry("dise_name", diagnosisName)),
				"diseinfo", List.of(Map.of("psn_no", person.psnNo(), "diag_type", "1", "maindiag_flag", "1",
						"diag_srt_no", "1", "diag_code", diagnosisCode, "diag_name", diagnosisName)));
	}

	/** A fee line node of 2204/2301. */
	public static Map<String, Object> line(String visitId, String psnNo, String sn, String code, String cnt,
			String pric, String amount) {
		Map<String, Object> l = new LinkedHashMap<>();
		l.put("feedetl_sn", sn);
		l.put("mdtrt_id", visitId);
		l.put("psn_no", psnNo);
		l.put("chrg_bchno", "B1");
		l.put("med_list_codg", code);
		l.put("medins_list_codg", "HIS-" + code);
		l.put("det_item_fee_sumamt", new BigDecimal(amount));
		l.put("cnt", new BigDecimal(cnt));
		l.put("pric", new BigDecimal(pric));
		l.put("fee_ocur_time", "2026-11-01 09:00:00");
		return l;
	}

	/**
	 * A refund line (退费明细) of 2204/2301: its own serial, {@code init_feedetl_sn},
	 * negative cnt and amount.
	 */
	public static Map<String, Object> refund(String visitId, String psnNo, String sn, String initSn, String code,
			String cnt, String pric, String amount) {
		Map<String, Object> l = line(visitId, psnNo, sn, code, cnt, pric, amount);
		l.put("init_feedetl_sn", initSn);
		l.put("chrg_bchno", "B2");
		return l;
	}

}
