package org.sanyi.demo;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sanyi.demo.internal.DemoRegionGenerator;
import org.sanyi.demo.internal.Facility;
import org.sanyi.demo.internal.InpatientCase;
import org.sanyi.demo.internal.InsuredActivity;
import org.sanyi.demo.internal.InsuredPopulation;
import org.sanyi.identity.ResidentDeaths;
import org.sanyi.identity.ResidentIndex;
import org.sanyi.insurance.InsuranceAdmin;
import org.sanyi.insurance.InsuranceAdmin.Diagnosis;
import org.sanyi.insurance.InsuranceAdmin.NewPerson;
import org.sanyi.insurance.InsuranceAdmin.RecordedLine;
import org.sanyi.insurance.InsuranceAdmin.RecordedVisit;
import org.sanyi.registry.Institution;
import org.sanyi.registry.Registry;
import org.sanyi.shared.PlatformTime;
import org.sanyi.supervision.SupervisionAdmin;

import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Fund supervision in the demo city: the rules of the national template and a curated
 * knowledge base for the demo catalogue (approved from 2025), violations planted into the
 * demo year at stated rates — 2% of inpatient stays readmitted within 7 days with the
 * same diagnosis (分解住院), and for every 100 inpatient stays one male patient billed a
 * female-only item (限性别), one outpatient visit billed an ECG twice (重复收费), one level-2
 * hospital visit with a drug restricted to level-3 hospitals (限医院等级; every other such
 * patient buys the next cycle at a retail pharmacy, which the rule leaves alone) and one
 * stay billed two exclusive nursing grades and a bundle with its component (互斥, 项目内涵),
 * one general outpatient visit with 90 days of a drug limited to 30 (超量开药), and for every
 * 200 stays one patient buying a month's supply four times in a month (超量购药) and one
 * employee's card paying for the same cold medicine at a retail pharmacy six times in a
 * month (高频购药); at one level-2 hospital, stays whose middle days are billed bed and
 * nursing only (挂床住院); a few deaths with purchases on the dead person's card afterwards
 * ({@link DemoDeaths}, 死亡后就医) — then the year audited in two batch audits whose notices
 * (疑点告知单) stand at every stage: closed with deductions, an appeal dismissed and one
 * reversed on re-review, one overdue, being answered with documents attached, waiting for
 * the bureau. Runs only while the city has no rules.
 */
@Component
@Order(450)
class DemoSupervision implements DemoStep {

	private static final Logger log = LoggerFactory.getLogger(DemoSupervision.class);

	static final String CITY = DemoRegionGenerator.CITY_CODE;

	static final String FIRST_HOSPITAL = DemoRegionGenerator.CITY_FIRST_HOSPITAL;

	/** The first audit covers the year up to here, the second the rest. */
	static final LocalDate FIRST_HALF_END = LocalDate.of(2026, 4, 30);

	/** One planted case of each single-visit kind per this many inpatient stays. */
	static final int PER_STAYS = 100;

	/** Every this-many-th inpatient stay gets a readmission (2%). */
	static final int READMISSION_EVERY = 50;

	private final SupervisionAdmin supervision;

	private final InsuranceAdmin insurance;

	private final DemoYear year;

	private final Registry registry;

	private final ResidentIndex residents;

	private final ResidentDeaths deaths;

	DemoSupervision(SupervisionAdmin supervision, InsuranceAdmin insurance, DemoYear year, Registry registry,
			ResidentIndex residents, ResidentDeaths deaths) {
		this.supervision = supervision;
		this.insurance = insurance;
		this.year = year;
		this.registry = registry;
		this.residents = residents;
		this.deaths = deaths;
	}

	@Override
	public String name() {
		return "fund supervision rules, planted violations and the batch audit";
	}

	@Override
	public boolean run() {
		if (supervision.hasRules(CITY)) {
			return false;
		}
		LocalDate from = LocalDate.of(2025, 1, 1);
		try (Reader rules = resource("demo/supervision-rules.csv");
				Reader knowledge = resource("demo/supervision-knowledge.csv")) {
			supervision.importRules(CITY, from, rules, "国家智能监控规则模板（演示：28 条规则）");
			supervision.importKnowledge(CITY, from, knowledge, "演示目录的限定支付、互斥、项目内涵与串换知识库");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		List<RecordedVisit> planted = plant(year.activity(), year.facilities(), year.population().persons());
		List<String> pharmacies = pharmacies();
		if (!pharmacies.isEmpty()) {
			planted.addAll(pharmacyRefills(planted, pharmacies.getFirst()));
			planted.addAll(frequentPurchases(year.population().persons(), pharmacies.get(pharmacies.size() / 2),
					Math.max(2, year.activity().inpatient().size() / (2 * PER_STAYS))));
		}
		List<DemoDeaths.Deceased> deceased = DemoDeaths.choose(year.population().persons(), year.activity().visits(),
				planted, FIRST_HOSPITAL);
		planted.addAll(DemoDeaths.plant(deceased, pharmacies, FIRST_HOSPITAL));
		planted.sort(Comparator.comparing(RecordedVisit::begin));
		InsuranceAdmin.ActivityResult settled = insurance.settleRecorded(planted);
		int died = DemoDeaths.register(deceased, residents, deaths);
		LocalDate today = PlatformTime.today();
		// two audits of the year, as the bureau runs them: the first half-year audited 45
		// days ago (its notices answered, decided and closed, but for one hospital that
		// let
		// the deadline pass), the second half four days ago (its notices being answered)
		LocalDate firstAudit = today.minusDays(45);
		int created = supervision.audit(CITY, InsuredActivity.FIRST_DAY, FIRST_HALF_END, firstAudit);
		List<SupervisionAdmin.OpenBatch> first = supervision.openBatches(CITY);
		int closed = closeFirstNotices(first, firstAudit);
		LocalDate secondAudit = today.minusDays(4);
		created += supervision.audit(CITY, FIRST_HALF_END.plusDays(1), InsuredActivity.LAST_DAY, secondAudit);
		List<SupervisionAdmin.OpenBatch> second = supervision.openBatches(CITY)
			.stream()
			.filter(b -> first.stream().noneMatch(f -> f.id() == b.id()))
			.toList();
		answerSecondNotices(second, secondAudit.plusDays(2), today);
		log.info(
				"Demo supervision: {} planted visits ({} settled, {} refused), {} deaths registered, two batch audits "
						+ "raised {} suspicions, sent in {} notices ({} of the first audit closed)",
				planted.size(), settled.settled(), settled.refused(), died, created, first.size() + second.size(),
				closed);
		return true;
	}

	/**
	 * The violations planted into the year (deterministic: every n-th stay and person).
	 */
	static List<RecordedVisit> plant(InsuredActivity.Year activity, List<Facility> facilities,
			List<NewPerson> persons) {
		List<InpatientCase> stays = new ArrayList<>(activity.inpatient().values());
		stays.sort(Comparator.comparing(InpatientCase::key));
		List<RecordedVisit> planted = new ArrayList<>();
		for (int i = 0; i < stays.size(); i += READMISSION_EVERY) {
			InpatientCase stay = stays.get(i);
			LocalDate admitted = stay.discharge().plusDays(7);
			if (admitted.plusDays(3).isAfter(InsuredActivity.LAST_DAY)) {
				continue;
			}
			RecordedVisit v = stay.visit();
			planted.add(new RecordedVisit(v.institutionCode(), v.psnNo(), v.insutype(), v.medType(),
					admitted.atTime(9, 0), admitted.plusDays(3).atTime(10, 0), List.of(v.diagnoses().getFirst()),
					List.of(line("110900001", 3, "45.00"), line("120100001", 3, "30.00"),
							line("250101001", 1, "20.00")),
					false));
		}
		int cases = Math.max(3, stays.size() / PER_STAYS);
		List<NewPerson> men = persons.stream().filter(p -> "1".equals(p.sex())).limit(cases).toList();
		List<NewPerson> anyone = persons.stream().skip(cases).limit(cases * 2L).toList();
		String secondLevel = facilities.stream()
			.filter(f -> f.level() == 2)
			.map(Facility::code)
			.findFirst()
			.orElse(FIRST_HOSPITAL);
		LocalDate day = InsuredActivity.FIRST_DAY.plusDays(30);
		for (int n = 0; n < men.size(); n++) {
			planted.add(outpatient(men.get(n), FIRST_HOSPITAL, day.plusDays(n * 7L), "R10.400", "腹痛",
					line("110200001", 1, "10.00"), line("311201002", 1, "20.00")));
		}
		for (int n = 0; n < cases && n < anyone.size(); n++) {
			NewPerson p = anyone.get(n);
			planted.add(outpatient(p, FIRST_HOSPITAL, day.plusDays(n * 5L + 2), "I10.x00", "高血压",
					line("110200001", 1, "10.00"), line("220600001", 1, "30.00"), line("220600001", 1, "30.00")));
		}
		for (int n = cases; n < cases * 2 && n < anyone.size(); n++) {
			NewPerson p = anyone.get(n);
			planted.add(outpatient(p, secondLevel, day.plusDays(n * 3L + 1), "C50.900", "乳腺恶性肿瘤",
					line("110200001", 1, "10.00"), line("XL01FDA001", 1, "5500.00")));
			LocalDate in = day.plusDays(n * 9L + 40);
			planted.add(new RecordedVisit(FIRST_HOSPITAL, p.psnNo(), insutype(p), "21", in.atTime(8, 30),
					in.plusDays(4).atTime(10, 0), List.of(new Diagnosis("J18.900", "肺炎")),
					List.of(line("110900001", 4, "45.00"), line("120100001", 4, "30.00"), line("120100002", 4, "45.00"),
							line("250300001", 1, "180.00"), line("250301001", 1, "80.00")),
					false));
		}
		// 超量开药: a general outpatient visit with 90 days of amlodipine, whose limit is 30
		// (a 门诊慢特病 visit may supply 90: 长处方)
		List<NewPerson> more = persons.stream().skip(cases * 3L).limit(cases * 2L).toList();
		for (int n = 0; n < cases && n < more.size(); n++) {
			planted.add(outpatient(more.get(n), FIRST_HOSPITAL, day.plusDays(n * 6L + 4), "I10.x00", "高血压",
					line("110200001", 1, "10.00"), drug("XC08CAA001", 90, "0.15", 90)));
		}
		// 超量购药: a month's metformin bought four times, ten days apart
		for (int n = cases; n < cases + Math.max(1, cases / 2) && n < more.size(); n++) {
			LocalDate first = day.plusDays(n * 8L + 3);
			for (int k = 0; k < 4; k++) {
				planted.add(outpatient(more.get(n), FIRST_HOSPITAL, first.plusDays(k * 10L), "E11.900", "2型糖尿病",
						line("110200001", 1, "10.00"), drug("XA10BAA001", 60, "0.35", 30)));
			}
		}
		planted.addAll(bedHolding(persons.stream().skip(cases * 5L).limit(Math.max(3, cases / 2)).toList(), secondLevel,
				day.plusDays(20)));
		planted.addAll(DemoSupervisionPopulation.plant(persons, FIRST_HOSPITAL, secondLevel));
		planted.sort(Comparator.comparing(RecordedVisit::begin));
		return planted;
	}

	/**
	 * The next cycle of trastuzumab (曲妥珠单抗, every three weeks) for every other patient
	 * the level-2 hospital gave it to, bought with the hospital's 外配处方 at a retail
	 * pharmacy and settled there as 门诊慢特病 (med_type 14, 恶性肿瘤门诊治疗, as 双通道 drugs are): the
	 * knowledge base limits the drug to 三级 hospitals, and the hospital's own use is a
	 * 限医疗机构级别 finding; the purchase's scene is outpatient like the hospital's, but JG004
	 * is limited to hospitals and primary care by type — a pharmacy filling a
	 * prescription is not a lower-level institution using the drug — and the audit leaves
	 * it alone.
	 */
	static List<RecordedVisit> pharmacyRefills(List<RecordedVisit> planted, String pharmacy) {
		List<RecordedVisit> refills = new ArrayList<>();
		int n = 0;
		for (RecordedVisit v : planted) {
			boolean trastuzumab = !v.institutionCode().equals(FIRST_HOSPITAL)
					&& v.lines().stream().anyMatch(l -> "XL01FDA001".equals(l.code()));
			if (!trastuzumab || n++ % 2 != 0) {
				continue;
			}
			LocalDateTime at = v.begin().toLocalDate().plusDays(21).atTime(15, 20);
			if (at.toLocalDate().isAfter(InsuredActivity.LAST_DAY)) {
				continue;
			}
			refills.add(new RecordedVisit(pharmacy, v.psnNo(), v.insutype(), "14", at, at.plusMinutes(10),
					List.of(new Diagnosis("C50.900", "乳腺恶性肿瘤")), List.of(line("XL01FDA001", 1, "5500.00")), false));
		}
		return refills;
	}

	/**
	 * 高频购药 at a retail pharmacy: {@code count} employees whose card pays for the same box
	 * of 连花清瘟胶囊 six times in one summer month, four or five days apart, with the personal
	 * account (the pattern of a card lent out or swiped for other goods: more than the
	 * rule's four a month). Each in a month of its own, June to August 2026.
	 */
	static List<RecordedVisit> frequentPurchases(List<NewPerson> persons, String pharmacy, int count) {
		List<NewPerson> employees = persons.stream()
			.skip(persons.size() / 3)
			.filter(p -> p.insuredRegion().equals(InsuredPopulation.CITY))
			.filter(p -> p.enrolments()
				.stream()
				.anyMatch(e -> e.year() == 2026 && "310".equals(e.insutype()) && "1".equals(e.status())))
			.limit(count)
			.toList();
		List<RecordedVisit> purchases = new ArrayList<>();
		for (int n = 0; n < employees.size(); n++) {
			LocalDate first = LocalDate.of(2026, 6 + n % 3, 2 + n % 5);
			for (int k = 0; k < 6; k++) {
				LocalDateTime at = first.plusDays(k * 4L + k % 2).atTime(18, 10 + 7 * k);
				purchases.add(new RecordedVisit(pharmacy, employees.get(n).psnNo(), "310", "41", at, at.plusMinutes(4),
						List.of(), List.of(line("ZA04BAA001", 24, "0.55")), true));
			}
		}
		return purchases;
	}

	/**
	 * 挂床住院 at one level-2 hospital, one ward doctor: ten-day stays for lumbar disc
	 * herniation where the first day has the admission tests and the last the discharge
	 * drugs, and the eight days between are billed bed, Ⅱ级护理 and the ward round only —
	 * the patient not there.
	 */
	static List<RecordedVisit> bedHolding(List<NewPerson> patients, String hospital, LocalDate first) {
		String doctor = "D" + hospital.substring(1) + "07";
		List<RecordedVisit> stays = new ArrayList<>();
		for (int n = 0; n < patients.size(); n++) {
			NewPerson p = patients.get(n);
			LocalDateTime in = first.plusDays(n * 23L).atTime(9, 0);
			List<RecordedLine> lines = new ArrayList<>(
					List.of(line("002501010150000", 1, "20.00"), line("002501020010000", 1, "8.00"),
							line("002503070020000", 1, "4.00"), line("002503020010000", 1, "4.00"),
							line("003107010010000", 1, "20.00"), line("002103000010000", 1, "150.00")));
			for (int d = 0; d < 10; d++) {
				lines.add(on(d, "001110000010000", "35.00"));
				lines.add(on(d, "001201000030000", "25.00"));
				lines.add(on(d, "001102000070000", "20.00"));
			}
			lines.add(new RecordedLine("XC08CAA001", BigDecimal.valueOf(14), new BigDecimal("0.15"), 14, 9));
			stays.add(new RecordedVisit(hospital, p.psnNo(), insutype(p), "21", in, in.plusDays(9).withHour(15),
					List.of(new Diagnosis("M51.202", "腰椎间盘突出"), new Diagnosis("I10.x00", "高血压")), lines, false,
					doctor));
		}
		return stays;
	}

	/** One day's charge of a stay, on day {@code day} after admission. */
	private static RecordedLine on(int day, String code, String price) {
		return new RecordedLine(code, BigDecimal.ONE, new BigDecimal(price), null, day);
	}

	/**
	 * The first audit's notices: every hospital answered within the fortnight and the
	 * bureau decided, but one (the last notice) let its deadline pass and stands overdue.
	 * 市第一医院 appealed its two largest findings with the order and execution record
	 * attached and accepted the rest: the bureau upheld what it accepted, dismissed one
	 * appeal and upheld the other, then reversed that on re-review. How many notices
	 * closed.
	 */
	private int closeFirstNotices(List<SupervisionAdmin.OpenBatch> notices, LocalDate sent) {
		LocalDate answered = sent.plusDays(9);
		LocalDate decided = sent.plusDays(20);
		int closed = 0;
		for (int i = 0; i < notices.size(); i++) {
			SupervisionAdmin.OpenBatch notice = notices.get(i);
			if (i == notices.size() - 1 && notices.size() > 1 && !FIRST_HOSPITAL.equals(notice.institutionCode())) {
				continue;
			}
			List<Long> appealed = FIRST_HOSPITAL.equals(notice.institutionCode())
					? supervision.openLines(notice.id(), 2) : List.of();
			for (long id : appealed) {
				supervision.attach(id, notice.institutionCode(), "医嘱及执行记录-" + id + ".pdf", record(id), "ybb", answered);
				supervision.answer(id, notice.institutionCode(), false, "该项目有医嘱与执行记录，申请复核（见附件）", "ybb", answered);
			}
			supervision.acceptRemaining(notice.id(), notice.institutionCode(), "ybb", answered);
			if (appealed.size() == 2) {
				supervision.decide(appealed.get(0), false, "经复核病历与执行记录，撤销疑点", "ybj", decided);
				supervision.decide(appealed.get(1), true, "执行记录不能证明收费项目", "ybj", decided);
			}
			supervision.upholdAccepted(notice.id(), "医院认可", "ybj", decided);
			if (appealed.size() == 2) {
				supervision.reverse(appealed.get(1), "医院补充提交执行记录，复核认定不成立", "ybj2", decided.plusDays(10));
			}
			closed++;
		}
		return closed;
	}

	/**
	 * The second audit's notices two days in: 市第一医院 has appealed its largest finding with
	 * a document and accepted the next; another hospital accepted all of its lines and
	 * waits for the bureau; the rest have not answered yet.
	 */
	private void answerSecondNotices(List<SupervisionAdmin.OpenBatch> notices, LocalDate day, LocalDate today) {
		boolean acceptedAll = false;
		for (SupervisionAdmin.OpenBatch notice : notices) {
			if (FIRST_HOSPITAL.equals(notice.institutionCode())) {
				List<Long> open = supervision.openLines(notice.id(), 2);
				if (!open.isEmpty()) {
					long id = open.getFirst();
					supervision.attach(id, FIRST_HOSPITAL, "病程记录-" + id + ".pdf", record(id), "ybb", day);
					supervision.answer(id, FIRST_HOSPITAL, false, "患者病情需要，有病程记录为证（见附件）", "ybb", day);
				}
				if (open.size() > 1) {
					supervision.answer(open.get(1), FIRST_HOSPITAL, true, "经核查属实，同意扣减", "ybb", today);
				}
			}
			else if (!acceptedAll) {
				supervision.acceptRemaining(notice.id(), notice.institutionCode(), "ybb", day);
				acceptedAll = true;
			}
		}
	}

	/**
	 * A one-page PDF standing for the scanned record a hospital attaches to its appeal:
	 * the record's kind, the suspicion it answers, the hospital.
	 */
	static byte[] record(long suspicionId) {
		String text = "BT /F1 14 Tf 72 760 Td (Medical order and execution record) Tj 0 -24 Td (Suspicion "
				+ suspicionId + " / " + FIRST_HOSPITAL + ") Tj 0 -24 Td (Scanned copy attached to the appeal) Tj ET";
		List<String> objects = List.of("<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
				"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> "
						+ "/Contents 5 0 R >>",
				"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
				"<< /Length " + text.length() + " >>\nstream\n" + text + "\nendstream");
		StringBuilder pdf = new StringBuilder("%PDF-1.4\n");
		List<Integer> offsets = new ArrayList<>();
		for (int i = 0; i < objects.size(); i++) {
			offsets.add(pdf.length());
			pdf.append(i + 1).append(" 0 obj\n").append(objects.get(i)).append("\nendobj\n");
		}
		int xref = pdf.length();
		pdf.append("xref\n0 ").append(objects.size() + 1).append("\n0000000000 65535 f \n");
		offsets.forEach(o -> pdf.append(String.format("%010d 00000 n \n", o)));
		pdf.append("trailer\n<< /Size ").append(objects.size() + 1).append(" /Root 1 0 R >>\nstartxref\n");
		pdf.append(xref).append("\n%%EOF\n");
		return pdf.toString().getBytes(StandardCharsets.US_ASCII);
	}

	/** The city's operating pharmacies. */
	private List<String> pharmacies() {
		return registry.institutionsUnderRegion(CITY)
			.stream()
			.filter(i -> i.kind() == Institution.Kind.PHARMACY && i.status() == Institution.Status.ACTIVE)
			.map(Institution::code)
			.sorted()
			.toList();
	}

	private static RecordedVisit outpatient(NewPerson p, String institution, LocalDate day, String dx, String dxName,
			RecordedLine... lines) {
		LocalDateTime at = day.atTime(10, 0);
		return new RecordedVisit(institution, p.psnNo(), insutype(p), "11", at, at.plusMinutes(20),
				List.of(new Diagnosis(dx, dxName)), List.of(lines), false);
	}

	private static String insutype(NewPerson p) {
		return p.enrolments().getFirst().insutype();
	}

	private static RecordedLine line(String code, int quantity, String price) {
		return new RecordedLine(code, BigDecimal.valueOf(quantity), new BigDecimal(price));
	}

	/** A drug line supplying {@code days} days ({@code prd_days}). */
	private static RecordedLine drug(String code, int quantity, String price, int days) {
		return new RecordedLine(code, BigDecimal.valueOf(quantity), new BigDecimal(price), days);
	}

	private static Reader resource(String path) throws IOException {
		return new InputStreamReader(new ClassPathResource(path).getInputStream(), StandardCharsets.UTF_8);
	}

}
