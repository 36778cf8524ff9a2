package org.sanyi.demo;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Period;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

import org.sanyi.clinical.ClinicalRecords;
import org.sanyi.demo.internal.ClinicalBundle;
import org.sanyi.demo.internal.Facility;
import org.sanyi.insurance.InsuranceAdmin.NewPerson;
import org.sanyi.registry.Institution.Kind;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Clinical records in the shared health record, sent by the hospitals as FHIR bundles
 * through the records API: 李春梅's pneumonia stay at 青溪市第一医院 (blood count, CRP, chest CT,
 * antibiotics, discharge summary) and her hypertension visits at 云岫县总医院 (blood pressure,
 * potassium, a prescription); 陈建华's hypertension and diabetes follow-ups at the county
 * hospital over the year (blood pressure, fasting glucose, HbA1c, potassium, creatinine);
 * and, for the insured sample living in 云岫县 (the pilot county whose medical community is
 * connected so far), the chronic-disease follow-ups their township health centre records:
 * adults with hypertension (prevalence by age, about 27 % of adults, China Hypertension
 * Survey) or diabetes (about 11 %), two follow-ups each in the second half of the demo
 * year, one upload per centre. Deterministic from the demo seed, but for 李春梅's visit of
 * last week.
 */
@Component
@Order(450)
class DemoClinicalRecords implements DemoStep {

	private static final LocalDate FIRST = LocalDate.of(2026, 5, 1);

	private static final String PILOT_COUNTY = "359921";

	private final ClinicalRecords records;

	private final DemoYear year;

	private final DemoProperties properties;

	DemoClinicalRecords(ClinicalRecords records, DemoYear year, DemoProperties properties) {
		this.records = records;
		this.year = year;
		this.properties = properties;
	}

	@Override
	public String name() {
		return "clinical records";
	}

	@Override
	public boolean run() {
		if (records.holdsRecordsOf("demo-resident-1")) {
			return false;
		}
		residentPneumonia();
		residentHypertension();
		residentRecentVisit();
		ClinicalBundle named = new ClinicalBundle(DemoIdentity.COUNTY_HOSPITAL,
				DemoIdentity.id("359921", "19580903", 113));
		chronicFollowUps(named, "CJH", true, true, new SplittableRandom(7));
		records.ingest(named.bundle(), DemoIdentity.COUNTY_HOSPITAL);
		Map<String, String> centres = new HashMap<>();
		for (Facility f : year.facilities()) {
			// the pilot: 云岫县's medical community is the county connected to the shared
			// record so far
			if ((f.kind() == Kind.TOWNSHIP_HEALTH_CENTRE || f.kind() == Kind.COMMUNITY_HEALTH_CENTRE)
					&& f.region() != null && f.region().startsWith(PILOT_COUNTY)) {
				centres.putIfAbsent(f.region(), f.code());
			}
		}
		SplittableRandom dice = new SplittableRandom(properties.seed() ^ 0x5EC0DL);
		List<NewPerson> persons = year.population().persons();
		// one upload per health centre, as its nightly batch to the platform would be
		Map<String, ClinicalBundle> uploads = new java.util.TreeMap<>();
		for (NewPerson p : persons.subList(0, persons.size() - 1)) {
			int age = Period.between(p.birthDate(), FIRST).getYears();
			boolean hypertension = age >= 35 && dice.nextDouble() < (age >= 65 ? 0.55 : age >= 45 ? 0.3 : 0.12);
			boolean diabetes = age >= 40 && dice.nextDouble() < (age >= 60 ? 0.2 : 0.09);
			String centre = p.region() == null || p.region().length() < 9 ? null
					: centres.get(p.region().substring(0, 9));
			if ((hypertension || diabetes) && centre != null) {
				ClinicalBundle upload = uploads.computeIfAbsent(centre, c -> new ClinicalBundle(c, p.certNo()))
					.patient(p.certNo());
				chronicFollowUps(upload, p.psnNo(), hypertension, diabetes, dice.split());
			}
		}
		uploads.forEach((centre, upload) -> records.ingest(upload.bundle(), centre));
		return true;
	}

	private void residentPneumonia() {
		String city = DemoIdentity.CITY_HOSPITAL;
		ClinicalBundle b = new ClinicalBundle(city, DemoIdentity.RESIDENT_ID_NUMBER);
		LocalDateTime in = LocalDateTime.of(2026, 3, 2, 10, 20);
		String stay = b.visit("IP260302", "IMP", "呼吸与危重症医学科", in, in.plusDays(7));
		b.diagnosis("IP260302-D1", stay, "J18.900", "社区获得性肺炎", in);
		String wbc = b.lab("IP260302-L1", "6690-2", "白细胞计数", "13.2", "10^9/L", "3.5", "9.5", in.plusHours(1));
		String neut = b.lab("IP260302-L2", "770-8", "中性粒细胞百分比", "82.1", "%", "40", "75", in.plusHours(1));
		String crp = b.lab("IP260302-L3", "1988-5", "C反应蛋白", "48.6", "mg/L", "0", "10", in.plusHours(1));
		b.report("IP260302-R1", "LAB", "血常规+CRP", "白细胞及中性粒细胞升高，CRP升高，提示细菌感染", in.plusHours(2), wbc, neut, crp);
		b.imaging("IP260302-I1", "CT", "51185008", "胸部", "胸部CT平扫", in.plusHours(3));
		b.report("IP260302-R2", "RAD", "胸部CT平扫", "右肺下叶斑片状高密度影，考虑炎症；建议治疗后复查", in.plusHours(4));
		b.prescription("IP260302-M1", stay, "注射用头孢呋辛钠 1.5g", "每8小时一次，静脉滴注，共7天", in.plusHours(2));
		String wbc2 = b.lab("IP260302-L4", "6690-2", "白细胞计数", "7.1", "10^9/L", "3.5", "9.5", in.plusDays(6));
		String crp2 = b.lab("IP260302-L5", "1988-5", "C反应蛋白", "6.2", "mg/L", "0", "10", in.plusDays(6));
		b.report("IP260302-R3", "LAB", "血常规+CRP（复查）", "白细胞及CRP恢复正常", in.plusDays(6), wbc2, crp2);
		b.document("IP260302-DS", "出院小结", """
				入院日期：2026-03-02  出院日期：2026-03-09
				入院诊断：社区获得性肺炎
				诊疗经过：入院后予头孢呋辛抗感染、化痰等治疗，体温于第3天恢复正常，复查血常规及CRP正常。
				出院诊断：社区获得性肺炎（治愈）
				出院医嘱：注意休息，2周后门诊复查胸部CT。""", in.plusDays(7));
		b.allergy("IP260302-A1", "青霉素", in);
		records.ingest(b.bundle(), city);
	}

	/**
	 * A visit of last week, dated from the day the demo is built (not from the demo
	 * year), so that the county hospital's doctor finds a recognisable blood count and
	 * chest film when ordering them for her.
	 */
	private void residentRecentVisit() {
		String city = DemoIdentity.CITY_HOSPITAL;
		ClinicalBundle b = new ClinicalBundle(city, DemoIdentity.RESIDENT_ID_NUMBER);
		LocalDateTime at = LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).minusDays(3).atTime(9, 40);
		String key = "OPRECENT";
		String visit = b.visit(key, "AMB", "呼吸内科门诊", at, at.plusMinutes(40));
		b.diagnosis(key + "-D1", visit, "J06.900", "急性上呼吸道感染", at);
		String wbc = b.lab(key + "-L1", "6690-2", "白细胞计数", "9.8", "10^9/L", "3.5", "9.5", at.plusMinutes(20));
		String crp = b.lab(key + "-L2", "1988-5", "C反应蛋白", "12.4", "mg/L", "0", "10", at.plusMinutes(20));
		b.report(key + "-R1", "LAB", "血常规+CRP", "白细胞、CRP轻度升高", at.plusMinutes(40), wbc, crp);
		b.imaging(key + "-I1", "DX", "51185008", "胸部", "胸部DR正位片", at.plusMinutes(25));
		b.report(key + "-R2", "RAD", "胸部DR正位片", "双肺纹理稍增粗，未见明显实变影", at.plusMinutes(50));
		b.prescription(key + "-M1", visit, "连花清瘟胶囊 0.35g×24粒", "每日三次，每次四粒，口服", at.plusMinutes(35));
		records.ingest(b.bundle(), city);
	}

	private void residentHypertension() {
		String county = DemoIdentity.COUNTY_HOSPITAL;
		ClinicalBundle b = new ClinicalBundle(county, DemoIdentity.RESIDENT_ID_NUMBER);
		int[][] bp = { { 152, 96 }, { 144, 92 }, { 136, 86 } };
		LocalDateTime[] days = { LocalDateTime.of(2026, 6, 16, 9, 5), LocalDateTime.of(2026, 8, 18, 9, 30),
				LocalDateTime.of(2026, 10, 20, 10, 10) };
		for (int i = 0; i < days.length; i++) {
			String key = "OP" + days[i].toLocalDate().toString().replace("-", "");
			String visit = b.visit(key, "AMB", "心血管内科门诊", days[i], days[i].plusMinutes(20));
			b.diagnosis(key + "-D1", visit, "I10.x00", "高血压", days[i]);
			b.bloodPressure(key + "-BP", visit, bp[i][0], bp[i][1], days[i].plusMinutes(5));
			String k = b.lab(key + "-K", "2823-3", "血钾", i == 0 ? "3.9" : "4.2", "mmol/L", "3.5", "5.5",
					days[i].plusMinutes(30));
			String glu = b.lab(key + "-GLU", "1558-6", "空腹血糖", i == 0 ? "5.4" : "5.6", "mmol/L", "3.9", "6.1",
					days[i].plusMinutes(30));
			b.report(key + "-R", "LAB", "生化（电解质、血糖）", "未见明显异常", days[i].plusMinutes(60), k, glu);
			b.prescription(key + "-M1", visit, "苯磺酸氨氯地平片 5mg×28片", "每日一次，每次一片，口服", days[i].plusMinutes(15));
		}
		b.immunization("IM202510", "流感病毒裂解疫苗", LocalDateTime.of(2025, 10, 28, 14, 0));
		records.ingest(b.bundle(), county);
	}

	private static String decimal(double v) {
		return String.format(Locale.ROOT, "%.1f", v);
	}

	/**
	 * Two (or, for the named patient, four) follow-ups at one institution: BP, glucose,
	 * HbA1c, medicines.
	 */
	private static void chronicFollowUps(ClinicalBundle b, String key, boolean hypertension, boolean diabetes,
			SplittableRandom dice) {
		int visits = key.equals("CJH") ? 4 : 2;
		for (int i = 0; i < visits; i++) {
			LocalDate start = visits == 4 ? FIRST.minusMonths(3) : FIRST;
			LocalDateTime day = start.plusMonths(i * (visits == 4 ? 2L : 4L) + 1)
				.atTime(8 + dice.nextInt(3), dice.nextInt(60))
				.plusDays(dice.nextInt(20));
			String k = key + "-FU" + i;
			String visit = b.visit(k, "AMB", "慢病随访", day, day.plusMinutes(15));
			if (hypertension) {
				b.diagnosis(k + "-HT", visit, "I10.x00", "高血压", day);
				b.bloodPressure(k + "-BP", visit, 128 + dice.nextInt(36), 78 + dice.nextInt(20), day.plusMinutes(3));
				b.prescription(k + "-M1", visit, "苯磺酸氨氯地平片 5mg×28片", "每日一次，每次一片，口服", day.plusMinutes(10));
			}
			if (diabetes) {
				b.diagnosis(k + "-DM", visit, "E11.900", "2型糖尿病", day);
				String glu = b.lab(k + "-GLU", "1558-6", "空腹血糖", decimal(5.8 + dice.nextDouble() * 4.5), "mmol/L",
						"3.9", "6.1", day.plusMinutes(20));
				String a1c = b.lab(k + "-A1C", "4548-4", "糖化血红蛋白", decimal(6.2 + dice.nextDouble() * 2.4), "%", "4.0",
						"6.0", day.plusMinutes(20));
				b.report(k + "-R", "LAB", "血糖、糖化血红蛋白", null, day.plusMinutes(60), glu, a1c);
				b.prescription(k + "-M2", visit, "盐酸二甲双胍片 0.5g×48片", "每日三次，每次一片，餐中服", day.plusMinutes(10));
			}
			if (key.equals("CJH")) {
				b.lab(k + "-K", "2823-3", "血钾", decimal(3.6 + dice.nextDouble() * 1.4), "mmol/L", "3.5", "5.5",
						day.plusMinutes(20));
				b.lab(k + "-CR", "2160-0", "肌酐", String.valueOf(72 + dice.nextInt(40)), "μmol/L", "57", "111",
						day.plusMinutes(20));
			}
		}
	}

}
