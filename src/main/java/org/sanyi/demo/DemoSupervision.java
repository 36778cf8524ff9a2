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
 * hospital visit with a drug restricted to level-3 hospitals (限医院等级) and one stay billed
 * two exclusive nursing grades and a bundle with its component (互斥, 项目内涵), one general
 * outpatient visit with 90 days of a drug limited to 30 (超量开药), and for every 200 stays
 * one patient buying a month's supply four times in a month (超量购药); a few deaths with
 * purchases on the dead person's card afterwards ({@link DemoDeaths}, 死亡后就医) — then the
 * batch audit of the year, and a few cases of 市第一医院 taken through the hospital's answer
 * and the bureau's decision. Runs only while the city has no rules.
 */
@Component
@Order(450)
class DemoSupervision implements DemoStep {

	private static final Logger log = LoggerFactory.getLogger(DemoSupervision.class);

	static final String CITY = DemoRegionGenerator.CITY_CODE;

	static final String FIRST_HOSPITAL = DemoRegionGenerator.CITY_FIRST_HOSPITAL;

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
			supervision.importRules(CITY, from, rules, "国家智能监控规则模板（演示：26 条规则）");
			supervision.importKnowledge(CITY, from, knowledge, "演示目录的限定支付、互斥、项目内涵与串换知识库");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		List<RecordedVisit> planted = plant(year.activity(), year.facilities(), year.population().persons());
		List<DemoDeaths.Deceased> deceased = DemoDeaths.choose(year.population().persons(), year.activity().visits(),
				planted, FIRST_HOSPITAL);
		planted.addAll(DemoDeaths.plant(deceased, pharmacies(), FIRST_HOSPITAL));
		planted.sort(Comparator.comparing(RecordedVisit::begin));
		InsuranceAdmin.ActivityResult settled = insurance.settleRecorded(planted);
		int died = DemoDeaths.register(deceased, residents, deaths);
		LocalDate today = PlatformTime.today();
		int created = supervision.audit(CITY, InsuredActivity.FIRST_DAY, InsuredActivity.LAST_DAY, today);
		int answered = progressCases(today);
		log.info(
				"Demo supervision: {} planted visits ({} settled, {} refused), {} deaths registered, batch audit raised "
						+ "{} suspicions, {} cases of {} answered and decided",
				planted.size(), settled.settled(), settled.refused(), died, created, answered, FIRST_HOSPITAL);
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
		planted.addAll(DemoSupervisionPopulation.plant(persons, FIRST_HOSPITAL, secondLevel));
		planted.sort(Comparator.comparing(RecordedVisit::begin));
		return planted;
	}

	/**
	 * Of 市第一医院's open cases: two accepted and upheld (deducted in the ledger), two
	 * appealed (one dismissed), one upheld and then reversed on re-review (its deduction
	 * reversed), the rest waiting.
	 */
	private int progressCases(LocalDate today) {
		List<Long> open = supervision.openSuspicions(FIRST_HOSPITAL, 8);
		int done = 0;
		for (int i = 0; i < open.size() && i < 5; i++) {
			long id = open.get(i);
			boolean accept = i < 2 || i == 4;
			supervision.answer(id, FIRST_HOSPITAL, accept, accept ? "经核查属实，同意扣减" : "该项目有医嘱与执行记录，申请复核", "ybb", today);
			if (i != 3) {
				supervision.decide(id, accept, accept ? "医院已认可" : "经复核病历，撤销疑点", "ybj", today);
			}
			if (i == 4) {
				supervision.reverse(id, "医院补充提交执行记录，复核认定不成立", "ybj2", today);
			}
			done++;
		}
		return done;
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
