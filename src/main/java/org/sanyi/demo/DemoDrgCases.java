package org.sanyi.demo;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sanyi.demo.internal.DemoRegionGenerator;
import org.sanyi.demo.internal.InsuredActivity;
import org.sanyi.demo.internal.InsuredPopulation;
import org.sanyi.demo.internal.InsuredPopulation.Place;
import org.sanyi.drg.DrgPayments;
import org.sanyi.drg.DrgPayments.InpatientSettlement;
import org.sanyi.drg.DrgPayments.ParameterProposal;
import org.sanyi.insurance.InsuranceAdmin.NewPerson;
import org.sanyi.registry.Region;
import org.sanyi.registry.Registry;
import org.sanyi.shared.BusinessException;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * DRG payment on the demo year: after the insurance year ({@link DemoInsurance}) the hospitals upload a settlement
 * list (4101, through the same service as the gateway) for every inpatient settlement of the city, with the
 * settlement's diagnoses, the patient from the same deterministic sample, and the procedure that goes with the
 * diagnosis (laparoscopic cholecystectomy for gallstones, hip replacement or internal fixation for a femoral neck
 * fracture, a coronary stent for myocardial infarction, chemotherapy for breast cancer, lithotripsy for kidney
 * stones), so the demo scheme groups them. Then the city bureau computes the weights from the year's costs, sets the
 * 2025 and 2026 base rates from the DRG budget (a proposal approved by the second officer) and settles every month.
 * Runs only while inpatient settlements without a list exist.
 */
@Component
@Order(400)
class DemoDrgCases implements DemoStep {

	private static final Logger log = LoggerFactory.getLogger(DemoDrgCases.class);

	static final String REGION = DemoRegionGenerator.CITY_CODE;

	private static final DateTimeFormatter MSGID_TIME = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");

	/** Diagnoses of the demo year the demo scheme has no group for: paid by item. */
	private static final Set<String> UNGROUPED = Set.of("C50.900", "N20.000");

	/**
	 * Every group of the demo year gets a weight of its own: the budget is the cost of all grouped cases, so a group
	 * left without a weight (paid by item) would inflate the base rate. A real region sets 5 or more.
	 */
	private static final int MIN_CASES = 1;

	private static final Map<String, String> DIAGNOSIS_NAMES = Map.of("J18.900", "肺炎", "I63.900", "脑梗死", "K80.200",
			"胆囊结石", "S72.000", "股骨颈骨折", "I21.900", "急性心肌梗死", "C50.900", "乳腺恶性肿瘤", "N20.000", "肾结石");

	private final DrgPayments payments;

	private final Registry registry;

	private final DemoProperties properties;

	private final int persons;

	DemoDrgCases(DrgPayments payments, Registry registry, DemoProperties properties,
			@Value("${sanyi.demo.insurance.persons:20000}") int persons) {
		this.payments = payments;
		this.registry = registry;
		this.properties = properties;
		this.persons = persons;
	}

	@Override
	public String name() {
		return "DRG settlement lists and payment";
	}

	@Override
	public boolean run() {
		long start = System.nanoTime();
		if (!payments.awaitSettlementEvents(Duration.ofSeconds(120))) {
			log.warn("Demo DRG: settlement events still pending after 120 s; uploading what has arrived");
		}
		long waited = System.nanoTime();
		String prefix = REGION.substring(0, 4);
		List<InpatientSettlement> settlements = payments.settlementsWithoutList(prefix);
		if (settlements.isEmpty()) {
			return false;
		}
		Map<String, NewPerson> people = people();
		// four uploads at a time: each is a few short queries, so the database round trips overlap
		java.util.concurrent.atomic.AtomicInteger uploaded = new java.util.concurrent.atomic.AtomicInteger();
		java.util.concurrent.atomic.AtomicInteger refused = new java.util.concurrent.atomic.AtomicInteger();
		java.util.concurrent.atomic.AtomicInteger sequence = new java.util.concurrent.atomic.AtomicInteger();
		List<InpatientSettlement> grouped = java.util.Collections.synchronizedList(new ArrayList<>());
		java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
		try {
			List<java.util.concurrent.Future<?>> done = new ArrayList<>();
			for (InpatientSettlement s : settlements) {
				done.add(pool.submit(() -> {
					if (upload(s, people.get(s.personId()), sequence.incrementAndGet())) {
						uploaded.incrementAndGet();
						if (!UNGROUPED.contains(s.diagnosisCodes().getFirst())) {
							grouped.add(s);
						}
					}
					else {
						refused.incrementAndGet();
					}
				}));
			}
			for (var f : done) {
				f.get();
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
		catch (java.util.concurrent.ExecutionException ex) {
			throw new IllegalStateException(ex.getCause());
		}
		finally {
			pool.shutdown();
		}
		BigDecimal groupedCost = grouped.stream().map(InpatientSettlement::medicalFees).reduce(BigDecimal.ZERO,
				BigDecimal::add);
		long listed = System.nanoTime();
		LocalDate baseFrom = InsuredActivity.FIRST_DAY;
		LocalDate baseTo = InsuredActivity.LAST_DAY;
		BigDecimal budget2025 = groupedCost.setScale(0, java.math.RoundingMode.HALF_UP).setScale(2);
		BigDecimal budget2026 = groupedCost.multiply(new BigDecimal("1.03")).setScale(0, java.math.RoundingMode.HALF_UP)
			.setScale(2);
		long v2025 = payments.proposeParameters(new ParameterProposal(REGION, LocalDate.of(2025, 1, 1), null, "RATE",
				budget2025, null, null, new BigDecimal("3"), new BigDecimal("0.8"), new BigDecimal("0.4"), baseFrom,
				baseTo, "IQR", new BigDecimal("3"), MIN_CASES,
				"2025 年权重按 2025-11 至 2026-10 出院病例测算（IQR 3 倍剔除），费率按 DRG 基金预算测算"),
				"ybj");
		payments.approveParameters(v2025, DemoInsurance.REVIEWER.username(), "演示数据：测算结果已复核");
		long v2026 = payments.proposeParameters(new ParameterProposal(REGION, LocalDate.of(2026, 1, 1), v2025, "RATE",
				budget2026, null, null, new BigDecimal("3"), new BigDecimal("0.8"), new BigDecimal("0.4"), baseFrom,
				baseTo, "IQR", new BigDecimal("3"), MIN_CASES, "2026 年费率：DRG 基金预算较上年增长 3%"), "ybj");
		payments.approveParameters(v2026, DemoInsurance.REVIEWER.username(), "演示数据：预算已经市医保局审定");
		long parameters = System.nanoTime();
		int hospitalMonths = 0;
		for (YearMonth m = YearMonth.from(baseFrom); !m.isAfter(YearMonth.from(baseTo)); m = m.plusMonths(1)) {
			hospitalMonths += payments.settleMonth(m, "ybj");
		}
		long end = System.nanoTime();
		log.info("Demo DRG: {} settlement lists uploaded ({} refused) in {} ms after waiting {} ms for the settlement "
				+ "events; weights and base rates in {} ms; {} hospital-months settled in {} ms", uploaded, refused,
				(listed - waited) / 1_000_000, (waited - start) / 1_000_000, (parameters - listed) / 1_000_000,
				hospitalMonths, (end - parameters) / 1_000_000);
		return true;
	}

	/** Uploads one list as the hospital's HIS would; false when it cannot be built or is refused (logged). */
	private boolean upload(InpatientSettlement s, NewPerson p, int sequence) {
		if (p == null || s.diagnosisCodes().isEmpty()) {
			log.warn("Demo DRG: no patient or diagnosis for settlement {}", s.settlementId());
			return false;
		}
		String msgid = s.institutionCode() + s.dischargeDate().atTime(10, 0).format(MSGID_TIME)
				+ String.format("%04d", sequence % 10_000);
		try {
			payments.uploadSettlementList("4101", s.institutionCode(), msgid, "HIS", list(s, p));
			return true;
		}
		catch (BusinessException ex) {
			log.warn("Demo DRG: list for {} refused: {} {}", s.settlementId(), ex.error().code(), List.of(ex.args()));
			return false;
		}
	}

	/** The insured sample exactly as {@link DemoInsurance} generated it (same seed, count and places). */
	private Map<String, NewPerson> people() {
		List<Place> places = new ArrayList<>();
		for (Region county : registry.children(DemoRegionGenerator.CITY_CODE)) {
			for (Region township : registry.children(county.code())) {
				List<Region> villages = registry.children(township.code());
				if (villages.isEmpty()) {
					places.add(new Place(township.code(), township.population()));
				}
				for (Region village : villages) {
					places.add(new Place(village.code(), village.population()));
				}
			}
		}
		int count = Math.max(200, (int) Math.round(persons * properties.scale()));
		Map<String, NewPerson> byNumber = new HashMap<>();
		for (NewPerson p : InsuredPopulation.generate(properties.seed(), count, places, DemoInsurance.REFERENCE_DATE)) {
			byNumber.put(p.psnNo(), p);
		}
		NewPerson resident = DemoInsurance.portalResident(places.stream().map(Place::code)
			.filter(c -> c.startsWith("359921")).findFirst().orElse("359921"));
		byNumber.put(resident.psnNo(), resident);
		return byNumber;
	}

	/** A 4101 input as a hospital's HIS sends it. */
	static Map<String, Object> list(InpatientSettlement s, NewPerson p) {
		String dx = s.diagnosisCodes().getFirst();
		int los = (int) Math.max(1, ChronoUnit.DAYS.between(s.admissionDate(), s.dischargeDate()));
		Procedure proc = procedure(dx, s.settlementId());
		String dept = proc == null ? medicalDept(dx) : proc.dept();
		Map<String, Object> info = new LinkedHashMap<>();
		info.put("setl_id", s.settlementId());
		info.put("mdtrt_id", s.visitId());
		info.put("psn_no", s.personId());
		info.put("psn_name", p.name());
		info.put("gend", p.sex());
		info.put("brdy", p.birthDate().toString());
		info.put("age", (int) ChronoUnit.YEARS.between(p.birthDate(), s.admissionDate()));
		info.put("adm_way", "2");
		info.put("adm_time", s.admissionDate() + " 09:00:00");
		info.put("adm_caty", dept);
		info.put("dscg_time", s.dischargeDate() + " 10:00:00");
		info.put("dscg_caty", dept);
		info.put("act_ipt_days", los);
		info.put("dscg_way", "1");
		info.put("hi_paymtd", "4");
		info.put("acct_pay", s.accountPay());
		info.put("psn_cashpay", s.cashPay());
		Map<String, Object> input = new LinkedHashMap<>();
		input.put("setlinfo", info);
		input.put("diseinfo", List.of(Map.of("diag_type", "1", "diag_code", dx, "diag_name", DIAGNOSIS_NAMES.getOrDefault(dx, ""), "maindiag_flag", "1",
				"adm_cond_type", "1")));
		if (proc != null) {
			input.put("oprninfo", List.of(Map.of("oprn_oprt_type", "1", "oprn_oprt_code", proc.code(),
					"oprn_oprt_name", proc.name(), "oprn_oprt_date", s.admissionDate().plusDays(Math.min(1, los - 1L))
						.toString(), "anst_way", proc.anaesthesia())));
		}
		return input;
	}

	record Procedure(String code, String name, String dept, String anaesthesia) {
	}

	/** The procedure a case with this main diagnosis would have; hip fractures alternate replacement and fixation. */
	static Procedure procedure(String diagnosis, String settlementId) {
		return switch (diagnosis.substring(0, 3)) {
			case "K80" -> new Procedure("51.2300", "腹腔镜下胆囊切除术", "A04.01", "全身麻醉");
			case "S72" -> Math.floorMod(settlementId.hashCode(), 2) == 0
					? new Procedure("81.5100", "全髋关节置换术", "A04.03", "椎管内麻醉")
					: new Procedure("79.3500", "股骨骨折切开复位内固定术", "A04.03", "椎管内麻醉");
			case "I21" -> new Procedure("36.0600", "非药物洗脱冠状动脉支架置入", "A03.04", "局部麻醉");
			case "C50" -> new Procedure("99.2500", "注射或输注癌瘤化学治疗药物", "A19", "");
			case "N20" -> new Procedure("98.5100", "肾、输尿管和（或）膀胱体外冲击波碎石[ESWL]", "A04.04", "");
			default -> null;
		};
	}

	private static String medicalDept(String diagnosis) {
		return switch (diagnosis.substring(0, 1)) {
			case "J" -> "A03.01";
			case "I" -> "A03.03";
			default -> "A03";
		};
	}

}
