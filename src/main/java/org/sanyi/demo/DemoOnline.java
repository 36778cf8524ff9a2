package org.sanyi.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.sanyi.clinical.OnlineAdmin;
import org.sanyi.demo.internal.DemoRegionGenerator;
import org.sanyi.identity.Resident;
import org.sanyi.identity.ResidentIndex;
import org.sanyi.insurance.InsuranceAdmin.NewPerson;
import org.sanyi.registry.Staff;
import org.sanyi.shared.PlatformTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The internet hospital in 云岫县 over the last two weeks: online follow-ups of hypertension
 * and diabetes patients whose in-person diagnoses are in the shared record (at 云岫县总医院 and
 * the township centres of the pilot), each at the institution that diagnosed them, in
 * every state (waiting, accepted, in consultation with a video link, completed with the
 * doctor's advice, a few cancelled); renewal requests of chronic prescriptions, most of
 * 云岫县总医院's issued as new e-prescriptions through pharma's flow; post-discharge plans of
 * 云岫县总医院's recent inpatients with weekly check-ins, the earlier ones recorded. 李春梅 has a
 * completed follow-up of her hypertension; her COPD inhaler is left for her to renew on
 * the portal.
 */
@Component
@Order(540)
class DemoOnline implements DemoStep {

	private static final Logger log = LoggerFactory.getLogger(DemoOnline.class);

	private static final String COUNTY_DOCTOR = "doctor";

	private static final String COUNTY_DOCTOR_NAME = "张伟";

	private static final String COMPLAINT_HT = "近两周家中自测血压 %d/%d mmHg，按时服药，偶有头晕，想复诊调整用药。";

	private static final String COMPLAINT_DM = "近一周空腹血糖 %.1f mmol/L 左右，饮食控制一般，想复诊并续开降糖药。";

	private static final List<String> ADVICE = List.of("血压控制尚可，继续原方案服药，低盐饮食，每周测量血压并记录，3个月后门诊复查。",
			"血糖偏高，二甲双胍加量至每次0.5g每日三次，控制主食，2周后复测空腹血糖并在线复诊。", "血压偏高，加用氢氯噻嗪12.5mg每日一次，1个月后复查血钾与肾功能。",
			"病情稳定，继续原方案，注意监测，有不适及时线下就诊。");

	private final OnlineAdmin online;

	private final ResidentIndex residents;

	private final DemoYear year;

	private final DemoProperties properties;

	DemoOnline(OnlineAdmin online, ResidentIndex residents, DemoYear year, DemoProperties properties) {
		this.online = online;
		this.residents = residents;
		this.year = year;
		this.properties = properties;
	}

	@Override
	public String name() {
		return "internet hospital";
	}

	@Override
	public boolean run() {
		if (online.hasVisits()) {
			return false;
		}
		long start = System.nanoTime();
		Instant now = Instant.now();
		SplittableRandom dice = new SplittableRandom(properties.seed() ^ 0x0111AEL);
		int wanted = (int) Math.max(12, Math.round(36 * properties.scale()));
		int visits = 0;
		visits += followUp("demo-resident-1", "I10.x00", 5, now.minus(Duration.ofDays(6)), dice);
		List<Patient> patients = chronicPatients(wanted * 3);
		for (Patient p : patients) {
			if (visits >= wanted) {
				break;
			}
			visits += followUp(p.residentId(), p.condition(), visits % 10,
					now.minus(Duration.ofHours(6 + dice.nextInt(14 * 24))), dice);
		}
		int renewals = renewals(now, dice, (int) Math.max(8, Math.round(24 * properties.scale())));
		int plans = plans(now, dice, (int) Math.max(6, Math.round(10 * properties.scale())));
		log.info("Demo internet hospital: {} online visits, {} renewals, {} post-discharge plans in {} ms", visits,
				renewals, plans, (System.nanoTime() - start) / 1_000_000);
		return true;
	}

	private record Patient(String residentId, String condition) {
	}

	/**
	 * Residents of the pilot county with a hypertension or diabetes diagnosis on record.
	 */
	private List<Patient> chronicPatients(int limit) {
		List<Patient> found = new ArrayList<>();
		String named = DemoIdentity.id("359921", "19580903", 113);
		residents.findByIdNumber(named).ifPresent(r -> found.add(new Patient(r.residentId(), "E11.900")));
		for (NewPerson p : year.population().persons()) {
			if (found.size() >= limit) {
				break;
			}
			if (p.region() == null || !p.region().startsWith(DemoRegionGenerator.NAMED_COUNTY_CODE)
					|| p.psnNo().equals(DemoYear.RESIDENT_PSN_NO)) {
				continue;
			}
			residents.findByPsnNo(p.psnNo()).map(Resident::residentId).ifPresent(id -> {
				List<String> codes = online.diagnosedConditions(id);
				codes.stream()
					.filter(c -> c.startsWith("I10") || c.startsWith("E11"))
					.findFirst()
					.ifPresent(c -> found.add(new Patient(id, c)));
			});
		}
		return found;
	}

	/**
	 * One follow-up taken as far as {@code step} (0–9) says: 0–1 waiting, 2 accepted, 3
	 * in consultation, 4–8 completed, 9 cancelled.
	 */
	private int followUp(String residentId, String condition, int step, Instant requested, SplittableRandom dice) {
		String institution = online.diagnosingInstitution(residentId, condition);
		if (institution == null) {
			return 0;
		}
		boolean diabetes = condition.startsWith("E11");
		String complaint = diabetes ? COMPLAINT_DM.formatted(6.5 + dice.nextDouble() * 4)
				: COMPLAINT_HT.formatted(132 + dice.nextInt(30), 80 + dice.nextInt(16));
		long id = online.requestVisit(residentId, institution, condition, complaint, requested);
		if (step < 2) {
			return 1;
		}
		String[] doctor = doctorOf(institution);
		Instant at = requested.plus(Duration.ofMinutes(20 + dice.nextInt(120)));
		online.accept(id, doctor[0], doctor[1], at);
		if (step == 9) {
			online.cancel(id, doctor[0], doctor[1], "病情需要面诊，已电话通知患者到门诊就诊", at.plus(Duration.ofMinutes(5)));
			return 1;
		}
		if (step == 2) {
			return 1;
		}
		at = at.plus(Duration.ofMinutes(30));
		online.start(id, doctor[0], doctor[1], step == 3 ? "https://meeting.example.cn/j/" + (100_000 + id) : null, at);
		online.message(id, true, doctor[1], "您好，我是" + doctor[1] + "医生，请说一下最近的" + (diabetes ? "血糖" : "血压") + "和用药情况。",
				at.plus(Duration.ofMinutes(1)));
		String patient = residents.find(residentId).map(Resident::name).orElse("—");
		online.message(id, false, patient, diabetes ? "早上空腹血糖7点多，二甲双胍每天三次都在吃。" : "早晚各量一次，大多在140左右，药每天都吃。",
				at.plus(Duration.ofMinutes(4)));
		if (step == 3) {
			return 1;
		}
		Instant done = at.plus(Duration.ofMinutes(12));
		online.complete(id, doctor[0], doctor[1], ADVICE.get((int) (id % ADVICE.size())), done);
		// about half the residents rate the visit afterwards; most are satisfied
		if (step % 2 == 1 && done.plus(Duration.ofHours(2)).isBefore(Instant.now())) {
			boolean pleased = step != 7;
			java.util.Map<String, Integer> scores = new java.util.HashMap<>();
			for (String q : List.of("WAIT", "DOCTOR", "ENV", "DRUGS")) {
				scores.put(q, pleased ? 4 + dice.nextInt(2) : 3);
			}
			scores.put("OVERALL", pleased ? 5 : 3);
			online.survey(id, residentId, scores, pleased ? "医生回复及时，不用跑医院" : "视频有点卡，希望改进",
					done.plus(Duration.ofHours(2)));
		}
		return 1;
	}

	/**
	 * Renewal requests of the chronic patients holding e-prescriptions; two in three of
	 * 云岫县总医院's are issued, the city hospital's wait.
	 */
	private int renewals(Instant now, SplittableRandom dice, int wanted) {
		int made = 0;
		for (NewPerson p : year.population().persons()) {
			if (made >= wanted) {
				break;
			}
			// the chronic patients DemoPrescriptions gave e-prescriptions: insured in the
			// city, 45 or older
			if (p.psnNo().equals(DemoYear.RESIDENT_PSN_NO) || !p.insuredRegion().equals(DemoRegionGenerator.CITY_CODE)
					|| !p.birthDate().isBefore(DemoYear.REFERENCE_DATE.minusYears(45))) {
				continue;
			}
			String residentId = residents.findByPsnNo(p.psnNo()).map(Resident::residentId).orElse(null);
			if (residentId == null) {
				continue;
			}
			for (String rx : online.renewable(residentId)) {
				Instant at = now.minus(Duration.ofHours(2 + dice.nextInt(10 * 24)));
				long id = online.requestRenewal(residentId, rx, made % 3 == 0 ? "药快吃完了，近期指标平稳" : null, at);
				if (made % 3 != 2) {
					Instant decided = at.plus(Duration.ofHours(3));
					// only 云岫县总医院 has an online-clinic doctor account in the demo:
					// a renewal of another institution's prescription is not found for
					// it and stays waiting for that institution's doctors
					try {
						online.issueRenewal(id, DemoIdentity.COUNTY_HOSPITAL, COUNTY_DOCTOR, COUNTY_DOCTOR_NAME,
								decided.isAfter(now) ? now : decided);
					}
					catch (org.sanyi.shared.BusinessException otherInstitutions) {
						log.debug("renewal {} waits for its own institution", id);
					}
				}
				made++;
			}
		}
		return made;
	}

	/** Post-discharge plans of 云岫县总医院's inpatients discharged in the last five weeks. */
	private int plans(Instant now, SplittableRandom dice, int wanted) {
		String[][] stays = { { "I63.900", "按时服用阿司匹林及他汀，康复训练每日两次，监测血压。" }, { "J18.900", "注意休息，2周后复查胸部CT。" },
				{ "I25.103", "规律服药，避免劳累，出现胸痛立即就医。" }, { "J44.100", "坚持吸入治疗，戒烟，注意保暖。" },
				{ "E11.900", "监测血糖，控制饮食，按时注射胰岛素。" } };
		LocalDate today = PlatformTime.today();
		int made = 0;
		for (NewPerson p : year.population().persons()) {
			if (made >= wanted) {
				break;
			}
			if (p.region() == null || !p.region().startsWith(DemoRegionGenerator.NAMED_COUNTY_CODE)
					|| p.birthDate().isAfter(DemoYear.REFERENCE_DATE.minusYears(50))
					|| p.psnNo().equals(DemoYear.RESIDENT_PSN_NO)) {
				continue;
			}
			String residentId = residents.findByPsnNo(p.psnNo()).map(Resident::residentId).orElse(null);
			if (residentId == null) {
				continue;
			}
			String[] stay = stays[made % stays.length];
			LocalDate discharged = today.minusDays(5 + dice.nextInt(30));
			long plan = online.createPlan(residentId, DemoIdentity.COUNTY_HOSPITAL, COUNTY_DOCTOR_NAME, stay[0],
					discharged, 7, 4, stay[1],
					now.minus(Duration.ofDays(today.toEpochDay() - discharged.toEpochDay())));
			for (int seq = 1; seq <= 4; seq++) {
				LocalDate due = discharged.plusDays(7L * seq);
				// most check-ins are recorded on time; every fourth plan has one overdue
				if (due.isBefore(today.minusDays(3)) && !(made % 4 == 3 && seq == 2)) {
					online.checkIn(plan, seq, COUNTY_DOCTOR_NAME, "电话随访：恢复良好，按医嘱服药，无不适。",
							now.minus(Duration.ofDays(today.toEpochDay() - due.toEpochDay())));
				}
			}
			made++;
		}
		return made;
	}

	/**
	 * The doctor who answers online at an institution: the account's where there is one.
	 */
	private String[] doctorOf(String institution) {
		if (institution.equals(DemoIdentity.COUNTY_HOSPITAL)) {
			return new String[] { COUNTY_DOCTOR, COUNTY_DOCTOR_NAME };
		}
		if (institution.equals(DemoAccounts.FAMILY_DOCTOR_CENTRE)) {
			return new String[] { "jtys", "刘秀英" };
		}
		String name = year.region()
			.staff()
			.stream()
			.filter(s -> s.institutionCode().equals(institution) && s.kind() == Staff.Kind.DOCTOR)
			.map(s -> s.name())
			.findFirst()
			.orElse("值班医生");
		return new String[] { "D" + institution.substring(1), name };
	}

}
