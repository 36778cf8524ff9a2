package org.sanyi.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.sanyi.demo.internal.DemoRegionGenerator;
import org.sanyi.insurance.InsuranceAdmin;
import org.sanyi.insurance.InsuranceAdmin.CatalogueItem;
import org.sanyi.insurance.InsuranceAdmin.Diagnosis;
import org.sanyi.insurance.InsuranceAdmin.NewPerson;
import org.sanyi.insurance.InsuranceAdmin.RecordedLine;
import org.sanyi.insurance.InsuranceAdmin.RecordedVisit;
import org.sanyi.insurance.SigningScheme;
import org.sanyi.pharma.DualChannelAdmin;
import org.sanyi.registry.Institution;
import org.sanyi.registry.Registry;
import org.sanyi.security.UserAccounts;
import org.sanyi.shared.BusinessException;
import org.sanyi.shared.PlatformTime;
import org.sanyi.security.UserAccounts.NewAccount;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * 双通道 and 处方流转 in the demo city: the six negotiated drugs of the seed catalogue on the
 * city's 双通道 list from 1 January 2026, every other retail pharmacy designated (at most
 * twelve) with stock and a gateway account, signing keys for prescribers of 云岫县总医院 (SM2)
 * and 青溪市第一医院 (ECDSA) and for each pharmacy's pharmacist, and chronic-disease
 * e-prescriptions flowing through the same 7102–7206 code the gateway runs: some waiting,
 * some downloaded, reviewed, sold, repeats with uses left, a few revoked. A sale is
 * settled first as the pharmacy's system does it (2201/2203/2204/2207, med_type 41
 * 定点药店购药, the lines dispensed on the prescription: pooled as primary outpatient,
 * employees' rest from the personal account) at the catalogue's price, and written off
 * against that settlement (7206 pay_mode 3). 李春梅 (the resident account) has three: a
 * repeat collected once, one waiting for her to choose a pharmacy, one revoked. The
 * account {@code yaodian} is the first pharmacy's insurance clerk.
 */
@Component
@Order(340)
class DemoPrescriptions implements DemoStep {

	private static final Logger log = LoggerFactory.getLogger(DemoPrescriptions.class);

	static final LocalDate LISTED_FROM = LocalDate.of(2026, 1, 1);

	/**
	 * A negotiated drug of the seed: code, dose, unit, frequency, boxes for 28 days,
	 * diagnosis.
	 */
	private record Drug(String code, String name, String dose, String unit, String frequency, String boxes,
			String diagnosis, String diagnosisName) {
	}

	private static final List<Drug> DRUGS = List.of(
			new Drug("XB01ACA003A001010101073", "替格瑞洛片", "90", "mg", "bid", "4", "I20.000", "不稳定型心绞痛"),
			new Drug("XB01AFA001A001010101147", "利伐沙班片", "10", "mg", "qd", "6", "I48.900", "心房颤动"),
			new Drug("XA10BHA001A001010101480", "西格列汀片", "100", "mg", "qd", "4", "E11.900", "2型糖尿病"),
			new Drug("XA10BKA001A001010101517", "达格列净片", "10", "mg", "qd", "2", "E11.900", "2型糖尿病"),
			new Drug("XR03AKA001A050010102590", "布地奈德福莫特罗吸入粉雾剂", "1", "吸", "bid", "1", "J44.900", "慢性阻塞性肺病"),
			new Drug("XR03BBA001A050010102627", "噻托溴铵吸入粉雾剂", "18", "μg", "qd", "1", "J44.900", "慢性阻塞性肺病"));

	private static final String SM2 = "SM2";

	private final DualChannelAdmin admin;

	private final Registry registry;

	private final InsuranceAdmin insurance;

	private final UserAccounts accounts;

	private final DemoYear year;

	private final DemoProperties properties;

	private int sequence;

	/** Boxes on each pharmacy's shelf ({@code pharmacy|drug}), as set and sold. */
	private final Map<String, Integer> shelves = new HashMap<>();

	/** The catalogue's price of each listed drug, per box. */
	private final Map<String, BigDecimal> prices = new HashMap<>();

	/** The demo's insured persons by {@code psn_no}, for the pharmacies' settlements. */
	private final Map<String, NewPerson> insured = new HashMap<>();

	DemoPrescriptions(DualChannelAdmin admin, Registry registry, InsuranceAdmin insurance, UserAccounts accounts,
			DemoYear year, DemoProperties properties) {
		this.admin = admin;
		this.registry = registry;
		this.insurance = insurance;
		this.accounts = accounts;
		this.year = year;
		this.properties = properties;
	}

	@Override
	public String name() {
		return "双通道 pharmacies and e-prescriptions";
	}

	@Override
	public boolean run() {
		if (admin.hasDesignatedPharmacies()) {
			return false;
		}
		long start = System.nanoTime();
		String city = DemoRegionGenerator.CITY_CODE;
		for (Drug d : DRUGS) {
			admin.listDrug(city, d.code(), LISTED_FROM, "ybj");
		}
		List<Institution> pharmacies = pharmacies();
		Map<String, String> pharmacists = new LinkedHashMap<>();
		for (int i = 0; i < pharmacies.size(); i++) {
			Institution p = pharmacies.get(i);
			admin.designatePharmacy(p.code(), LISTED_FROM, "ybj");
			for (int d = 0; d < DRUGS.size(); d++) {
				// every seventh shelf is empty: the page shows what is out of stock
				int boxes = (i * 7 + d * 3) % 7 == 0 ? 0 : 20 + (i * 37 + d * 53) % 180;
				admin.setStock(p.code(), DRUGS.get(d).code(), BigDecimal.valueOf(boxes));
				shelves.put(p.code() + "|" + DRUGS.get(d).code(), boxes);
			}
			insurance.issueCredential(p.code(), p.code(), DemoGatewayAccounts.secret(properties.seed(), p.code()),
					SigningScheme.HMAC);
			pharmacists.put(p.code(), admin.issueDemoSigningKey(p.code(), pharmacist(p.code()), "PHARMACIST", SM2));
		}
		if (pharmacies.isEmpty()) {
			return true;
		}
		accounts.ensure(new NewAccount("yaodian", DemoAccounts.PASSWORD, "陈小芳（" + pharmacies.getFirst().name() + "）",
				"INSURANCE_CLERK", pharmacies.getFirst().regionCode(), pharmacies.getFirst().code(), null,
				"13859000019"));
		Map<String, Prescriber> prescribers = Map.of(DemoIdentity.COUNTY_HOSPITAL,
				prescriber(DemoIdentity.COUNTY_HOSPITAL, SM2), DemoIdentity.CITY_HOSPITAL,
				prescriber(DemoIdentity.CITY_HOSPITAL, "ECDSA"));
		Flow flow = new Flow(pharmacies, pharmacists);
		for (CatalogueItem item : insurance.catalogue()) {
			if (DRUGS.stream().anyMatch(d -> d.code().equals(item.code())) && item.referencePrice() != null) {
				prices.put(item.code(), item.referencePrice());
			}
		}
		List<NewPerson> patients = patients();
		patients.forEach(p -> insured.put(p.psnNo(), p));
		int n = 0;
		for (NewPerson patient : patients) {
			String hospital = n % 2 == 0 ? DemoIdentity.COUNTY_HOSPITAL : DemoIdentity.CITY_HOSPITAL;
			boolean repeat = n % 3 == 0;
			Map<String, Object> out = upload(prescribers.get(hospital), patient, DRUGS.get(n % DRUGS.size()), repeat);
			if (!"PENDING".equals(out.get("phar_chk_stas"))) {
				flow.advance((String) out.get("hi_rxno"), (String) out.get("epc_token"), n % 10, hospital);
			}
			n++;
		}
		// 审方 at 云岫县总医院: ticagrelor with rivaroxaban (antiplatelet with an oral
		// anticoagulant, a warning of the interaction table) for atrial fibrillation
		// after a
		// coronary stent; the pharmacist passed the first, two wait on her page
		Prescriber checked = prescribers.get(DemoIdentity.COUNTY_HOSPITAL);
		for (int i = 0; i < Math.min(3, patients.size()); i++) {
			Map<String, Object> out = upload(
					checked, patients.get(patients.size() - 1 - i), List.of(DRUGS.get(0), new Drug(DRUGS.get(1).code(),
							DRUGS.get(1).name(), "15", "mg", "qd", "4", "I48.900", "心房颤动")),
					"I48.900", "心房颤动；冠状动脉支架植入术后", false);
			if (i == 0 && "PENDING".equals(out.get("phar_chk_stas"))) {
				admin.verify((String) out.get("hi_rxno"), true, "房颤合并支架术后联用抗栓药，已评估出血风险，嘱监测出血征象并按期复查",
						checked.institution(), DemoAccounts.PHARMACIST, DemoAccounts.PHARMACIST_NAME);
			}
			n++;
		}
		NewPerson me = year.population()
			.persons()
			.stream()
			.filter(p -> p.psnNo().equals(DemoYear.RESIDENT_PSN_NO))
			.findFirst()
			.orElse(null);
		if (me != null) {
			insured.put(me.psnNo(), me);
			Prescriber county = prescribers.get(DemoIdentity.COUNTY_HOSPITAL);
			Map<String, Object> repeat = upload(county, me, DRUGS.get(2), true);
			flow.advance((String) repeat.get("hi_rxno"), (String) repeat.get("epc_token"), 6, county.institution());
			upload(county, me, DRUGS.get(4), false);
			Map<String, Object> revoked = upload(county, me, DRUGS.get(3), false);
			flow.advance((String) revoked.get("hi_rxno"), (String) revoked.get("epc_token"), 9, county.institution());
		}
		log.info("Demo 双通道: {} drugs listed, {} pharmacies designated, {} e-prescriptions in {} ms", DRUGS.size(),
				pharmacies.size(), n + (me == null ? 0 : 3), (System.nanoTime() - start) / 1_000_000);
		return true;
	}

	private record Prescriber(String institution, String doctor, String algorithm, String key) {
	}

	private Prescriber prescriber(String institution, String algorithm) {
		String doctor = "D" + institution.substring(1) + "01";
		return new Prescriber(institution, doctor, algorithm,
				admin.issueDemoSigningKey(institution, doctor, "DOCTOR", algorithm));
	}

	/** Every other operating pharmacy of the city, at most twelve. */
	private List<Institution> pharmacies() {
		List<Institution> all = registry.institutionsUnderRegion(DemoRegionGenerator.CITY_CODE)
			.stream()
			.filter(i -> i.kind() == Institution.Kind.PHARMACY && i.status() == Institution.Status.ACTIVE)
			.sorted(Comparator.comparing(Institution::code))
			.toList();
		List<Institution> chosen = new ArrayList<>();
		for (int i = 0; i < all.size() && chosen.size() < 12; i += 2) {
			chosen.add(all.get(i));
		}
		return chosen;
	}

	/** Insured adults of the city aged 45 or more: chronic patients. */
	private List<NewPerson> patients() {
		int wanted = (int) Math.max(12, Math.round(40 * properties.scale()));
		return year.population()
			.persons()
			.stream()
			.filter(p -> p.insuredRegion().equals(DemoRegionGenerator.CITY_CODE)
					&& p.birthDate().isBefore(DemoYear.REFERENCE_DATE.minusYears(45))
					&& !p.psnNo().equals(DemoYear.RESIDENT_PSN_NO))
			.limit(wanted)
			.toList();
	}

	private Map<String, Object> upload(Prescriber prescriber, NewPerson patient, Drug drug, boolean repeat) {
		return upload(prescriber, patient, List.of(drug), drug.diagnosis(), drug.diagnosisName(), repeat);
	}

	private Map<String, Object> upload(Prescriber prescriber, NewPerson patient, List<Drug> drugs, String diagnosis,
			String diagnosisName, boolean repeat) {
		sequence++;
		Map<String, Object> rx = new LinkedHashMap<>();
		rx.put("hosp_rxno", "CF" + prescriber.institution().substring(1, 7) + "%06d".formatted(sequence));
		rx.put("rx_type_code", "3");
		rx.put("psn_no", patient.psnNo());
		rx.put("patn_name", patient.name());
		rx.put("prsc_dept_name", "慢病门诊");
		rx.put("prsc_dr_code", prescriber.doctor());
		rx.put("prsc_dr_name", DemoIdentity.COUNTY_HOSPITAL.equals(prescriber.institution()) ? "张伟" : "王建华");
		rx.put("prsc_dr_title", "3");
		rx.put("dise_codg", diagnosis);
		rx.put("dise_name", diagnosisName);
		rx.put("valid_days", repeat ? "90" : "30");
		rx.put("rept_flag", repeat ? "1" : "0");
		if (repeat) {
			rx.put("max_rept_cnt", "3");
			rx.put("min_inrv_days", "28");
		}
		rx.put("rx_cotn_flag", "0");
		List<Map<String, Object>> lines = new ArrayList<>();
		for (Drug drug : drugs) {
			Map<String, Object> line = new LinkedHashMap<>();
			line.put("med_list_codg", drug.code());
			line.put("drug_genname", drug.name());
			line.put("sin_doscnt", drug.dose());
			line.put("sin_dosunt", drug.unit());
			line.put("used_frqu_codg", drug.frequency());
			line.put("medc_way_codg", drug.unit().equals("吸") || drug.unit().equals("μg") ? "吸入" : "口服");
			line.put("prd_days", "28");
			line.put("ent_cnt", drug.boxes());
			lines.add(line);
		}
		Map<String, Object> input = new LinkedHashMap<>();
		input.put("rxinfo", rx);
		input.put("rxdetail", lines);
		input.put("mdtrtinfo", Map.of("gend", patient.sex(), "brdy", patient.birthDate().toString()));
		Map<String, Object> signed = admin.signUpload(prescriber.institution(), input, prescriber.algorithm(),
				prescriber.key());
		return admin.prescriptionTransaction("7102", prescriber.institution(), prescriber.doctor(), signed);
	}

	private static String pharmacist(String pharmacy) {
		return "Y" + pharmacy.substring(1) + "1";
	}

	/** Moves a prescription along: what {@code step} (0–9) says happens to it. */
	private final class Flow {

		private final List<Institution> pharmacies;

		private final Map<String, String> keys;

		private int trace;

		Flow(List<Institution> pharmacies, Map<String, String> keys) {
			this.pharmacies = pharmacies;
			this.keys = keys;
		}

		void advance(String hiRxno, String token, int step, String hospital) {
			if (step == 9) {
				admin.prescriptionTransaction("7103", hospital, "demo", Map.of("data", Map.of("hi_rxno", hiRxno,
						"undo_dr_code", "D" + hospital.substring(1) + "01", "undo_rea", "患者调整治疗方案")));
				return;
			}
			if (step < 2) {
				return;
			}
			String pharmacy = pharmacies.get((hiRxno.hashCode() & 0x7fffffff) % pharmacies.size()).code();
			if (step == 2 && pharmacy.equals(pharmacies.getFirst().code())) {
				// the demo pharmacy's own work list starts with one to download
				return;
			}
			admin.prescriptionTransaction("7203", pharmacy, "demo", Map.of("data", Map.of("epc_token", token)));
			if (step < 4) {
				return;
			}
			String pharmacist = pharmacist(pharmacy);
			admin.prescriptionTransaction("7204", pharmacy, pharmacist,
					Map.of("data",
							Map.of("hi_rxno", hiRxno, "phar_code", pharmacist, "rvw_rslt", "1", "rvw_opnn", "用法用量适宜",
									"sign_algorithm", SM2, "phar_sign",
									admin.signReview(hiRxno, "1", SM2, keys.get(pharmacy)))));
			if (step < 6) {
				return;
			}
			Map<String, Object> rx = admin.prescriptionTransaction("7104", hospital, "demo",
					Map.of("data", Map.of("hi_rxno", hiRxno)));
			@SuppressWarnings("unchecked")
			Map<String, Object> info = (Map<String, Object>) rx.get("rxinfo");
			@SuppressWarnings("unchecked")
			List<Map<String, Object>> lines = (List<Map<String, Object>>) rx.get("rxdetail");
			List<RecordedLine> settled = new ArrayList<>();
			for (Map<String, Object> l : lines) {
				String code = (String) l.get("med_list_codg");
				int boxes = new BigDecimal(l.get("ent_cnt").toString()).intValue();
				if (shelves.getOrDefault(pharmacy + "|" + code, 0) < boxes || !prices.containsKey(code)) {
					// an empty shelf: the prescription stays approved at the pharmacy
					log.debug("Demo sale of {} left: {} short at {}", hiRxno, code, pharmacy);
					return;
				}
				settled.add(new RecordedLine(code, BigDecimal.valueOf(boxes), prices.get(code), 28));
			}
			NewPerson patient = insured.get((String) info.get("psn_no"));
			String insutype = patient.enrolments().getFirst().insutype();
			LocalDateTime now = LocalDateTime.now(PlatformTime.zone());
			String setlId;
			try {
				setlId = insurance.settlePharmacySale(new RecordedVisit(pharmacy, patient.psnNo(), insutype, "41", now,
						now, List.of(new Diagnosis((String) info.get("dise_codg"), (String) info.get("dise_name"))),
						settled, "310".equals(insutype), pharmacist), hiRxno);
			}
			catch (BusinessException ex) {
				// held by a fund-supervision rule: the prescription stays approved
				log.debug("Demo settlement of {} refused: {}", hiRxno, ex.error().code());
				return;
			}
			List<Map<String, Object>> sold = new ArrayList<>();
			for (RecordedLine l : settled) {
				int boxes = l.quantity().intValue();
				List<String> codes = new ArrayList<>();
				for (int b = 0; b < boxes; b++) {
					codes.add("8" + "%019d".formatted(++trace + properties.seed() % 1_000_000L * 1_000_000L));
				}
				shelves.merge(pharmacy + "|" + l.code(), -boxes, Integer::sum);
				Map<String, Object> s = new LinkedHashMap<>();
				s.put("med_list_codg", l.code());
				s.put("cnt", Integer.toString(boxes));
				s.put("pric", l.unitPrice().setScale(6).toPlainString());
				s.put("manu_lotnum", "B2026" + "%04d".formatted(trace % 10_000));
				s.put("expy_end", "2028-06-30");
				s.put("drug_trac_codg", codes);
				sold.add(s);
			}
			admin.prescriptionTransaction("7206", pharmacy, pharmacist,
					Map.of("data", Map.of("hi_rxno", hiRxno, "pay_mode", "3", "setl_id", setlId, "phar_code",
							pharmacist, "disp_code", pharmacist, "chk_code", pharmacist), "drugdetail", sold));
		}

	}

}
