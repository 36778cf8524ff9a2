package org.sanyi.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sanyi.clinical.ReferralAdmin;
import org.sanyi.demo.internal.DemoRegionGenerator;
import org.sanyi.clinical.ReferralAdmin.NewReferral;
import org.sanyi.identity.ResidentIndex;
import org.sanyi.registry.Alliance;
import org.sanyi.registry.Institution.Kind;
import org.sanyi.registry.RegistryAdmin.NewAlliance;
import org.sanyi.registry.RegistryAdmin.NewDepartment;
import org.sanyi.registry.RegistryAdmin.NewInstitution;
import org.sanyi.registry.RegistryAdmin.NewMember;
import org.sanyi.registry.RegistryAdmin.NewStaff;
import org.sanyi.registry.Staff;
import org.sanyi.shared.BusinessException;
import org.sanyi.shared.PlatformTime;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Referrals up and down within two county medical communities (云岫县 and the first other
 * county): township centres refer to their county hospital (closed loops with the result
 * back and a back-referral with a follow-up plan, patients in treatment, accepted
 * outpatient referrals holding a referral slot, one waiting, one rejected), and the
 * county hospital refers on to 青溪市第一医院. The family-doctor account's centre sends most of
 * 云岫县's; 李春梅 has an accepted referral with its slot. Runs after the schedules exist and
 * while no referral does.
 */
@Component
@Order(520)
class DemoReferrals implements DemoStep {

	private static final Logger log = LoggerFactory.getLogger(DemoReferrals.class);

	private static final Set<String> NO_CLINIC = Set.of("01", "06", "09", "30", "31", "32");

	/**
	 * The errors that send the demo to the next department: no free referral slot
	 * (REF-0012), the resident already booked with that doctor that day (APT-0005).
	 */
	private static final Set<String> TRY_NEXT = Set.of("REF-0012", "APT-0005");

	private final ReferralAdmin referrals;

	private final ResidentIndex residents;

	private final DemoYear year;

	DemoReferrals(ReferralAdmin referrals, ResidentIndex residents, DemoYear year) {
		this.referrals = referrals;
		this.residents = residents;
		this.year = year;
	}

	@Override
	public String name() {
		return "referrals";
	}

	@Override
	public boolean run() {
		if (referrals.hasReferrals()) {
			return false;
		}
		var region = year.region();
		List<NewAlliance> communities = region.alliances()
			.stream()
			.filter(a -> a.kind() == Alliance.Kind.COUNTY_COMMUNITY && countyLevel(a.leadInstitutionCode()))
			.sorted((a, b) -> a.regionCode().equals(DemoRegionGenerator.NAMED_COUNTY_CODE) ? -1
					: b.regionCode().equals(DemoRegionGenerator.NAMED_COUNTY_CODE) ? 1 : a.code().compareTo(b.code()))
			.limit(2)
			.toList();
		Instant now = Instant.now();
		int made = 0;
		for (NewAlliance community : communities) {
			made += community(community, now);
		}
		log.info("Demo referrals: {} in {} medical communities", made, communities.size());
		return true;
	}

	private int community(NewAlliance community, Instant now) {
		var region = year.region();
		String hospital = community.leadInstitutionCode();
		List<String> centres = new ArrayList<>();
		for (NewMember m : community.members()) {
			region.institutions()
				.stream()
				.filter(i -> i.code().equals(m.institutionCode())
						&& (i.kind() == Kind.TOWNSHIP_HEALTH_CENTRE || i.kind() == Kind.COMMUNITY_HEALTH_CENTRE))
				.map(NewInstitution::code)
				.forEach(centres::add);
		}
		centres.sort(null);
		if (centres.isEmpty()) {
			return 0;
		}
		List<String> people = residentsOf(community.regionCode(), 12);
		if (people.size() < 10) {
			return 0;
		}
		boolean named = community.regionCode().equals(DemoRegionGenerator.NAMED_COUNTY_CODE);
		String hospitalDoctor = doctorOf(hospital);
		int n = 0;
		// two closed loops: admitted, treated, result back; the first returned to its
		// centre
		for (int k = 0; k < 2; k++) {
			String centre = centres.get(k % centres.size());
			Instant at = now.minus(Duration.ofDays(20 - 8L * k)).minus(Duration.ofHours(3));
			long id = referrals.request(
					up(centre, people.get(k), hospital, null, "INPATIENT", k == 0 ? "I63.9" : "J44.1",
							k == 0 ? "脑梗死" : "慢性阻塞性肺病伴急性加重", k == 0 ? "右侧肢体无力 6 小时，卫生院无溶栓条件" : "气促加重 3 天，血氧饱和度 88%"),
					at);
			referrals.accept(id, hospitalDoctor, k == 0 ? "神经内科 12 床" : "呼吸内科 7 床", at.plus(Duration.ofMinutes(35)));
			referrals.arrive(id, hospitalDoctor, at.plus(Duration.ofHours(2)));
			referrals.complete(id, hospitalDoctor,
					k == 0 ? "住院 7 天，溶栓后右侧肌力恢复至 4 级，出院诊断：脑梗死恢复期；阿司匹林 100mg qd、阿托伐他汀 20mg qn"
							: "住院 6 天，抗感染及支气管扩张治疗后好转出院；噻托溴铵吸入 qd",
					at.plus(Duration.ofDays(7)));
			n++;
			if (k == 0) {
				Instant back = at.plus(Duration.ofDays(7)).plus(Duration.ofHours(1));
				long down = referrals.request(new NewReferral("DOWN", hospital, hospitalDoctor, people.get(k), centre,
						null, "INPATIENT", false, "I69.3", "脑梗死后遗症", "恢复期康复及二级预防，回社区继续管理",
						"每 2 周随访血压、肌力；第 1、3 个月复查血脂、肝功能；康复训练每日 2 次", id, null), back);
				referrals.accept(down, doctorOf(centre), "康复病房 3 床", back.plus(Duration.ofHours(5)));
				n++;
			}
		}
		// in treatment now; one rejected for want of a bed
		long treating = referrals.request(up(centres.getFirst(), people.get(2), hospital, null, "INPATIENT", "E11.9",
				"2型糖尿病", "空腹血糖 18.2 mmol/L，多饮多尿伴乏力"), now.minus(Duration.ofDays(2)));
		referrals.accept(treating, hospitalDoctor, "内分泌科 5 床", now.minus(Duration.ofDays(2)).plus(Duration.ofHours(1)));
		referrals.arrive(treating, hospitalDoctor, now.minus(Duration.ofDays(2)).plus(Duration.ofHours(4)));
		long rejected = referrals.request(up(centres.get(centres.size() > 1 ? 1 : 0), people.get(3), hospital, null,
				"INPATIENT", "K35.8", "急性阑尾炎", "转移性右下腹痛 10 小时"), now.minus(Duration.ofDays(5)));
		referrals.reject(rejected, hospitalDoctor, "普外科暂无空床，请转市级医院或次日再转",
				now.minus(Duration.ofDays(5)).plus(Duration.ofMinutes(50)));
		n += 2;
		// outpatient up-referrals holding a referral slot: accepted, and one waiting
		String mine = named ? "demo-resident-1" : people.get(4);
		n += outpatient(centres.getFirst(), mine, hospital, hospitalDoctor, now.minus(Duration.ofHours(20)), true,
				"I10", "原发性高血压", "三种降压药联用血压仍 168/102 mmHg，请专科调整方案");
		n += outpatient(centres.getFirst(), people.get(5), hospital, hospitalDoctor, now.minus(Duration.ofHours(6)),
				true, "E11.9", "2型糖尿病", "糖化血红蛋白 9.1%，请评估胰岛素治疗");
		n += outpatient(centres.get(centres.size() > 1 ? 1 : 0), people.get(6), hospital, hospitalDoctor,
				now.minus(Duration.ofHours(2)), false, "R42", "头晕", "反复头晕 1 月，需头颅影像检查");
		// the county hospital refers on to the city
		long city = referrals.request(
				new NewReferral("UP", hospital, hospitalDoctor, people.get(7), DemoRegionGenerator.CITY_FIRST_HOSPITAL,
						null, "INPATIENT", false, "I25.1", "冠状动脉粥样硬化性心脏病", "冠脉造影示三支病变，需心外科评估搭桥手术", null, null, null),
				now.minus(Duration.ofDays(3)));
		referrals.accept(city, doctorOf(DemoRegionGenerator.CITY_FIRST_HOSPITAL), "心脏外科 21 床",
				now.minus(Duration.ofDays(3)).plus(Duration.ofHours(3)));
		return n + 1;
	}

	/**
	 * A county's hospital below tertiary grade: the districts' tertiary hospitals would
	 * make the referral on to the city a referral between equals.
	 */
	private boolean countyLevel(String hospital) {
		return year.region().institutions().stream().anyMatch(i -> i.code().equals(hospital) && i.grade().level() < 3);
	}

	private int outpatient(String centre, String resident, String hospital, String doctor, Instant at, boolean accept,
			String dx, String dxName, String reason) {
		for (NewDepartment d : year.region().departments()) {
			if (!d.institutionCode().equals(hospital) || NO_CLINIC.contains(d.code()) || d.code().startsWith("9")) {
				continue;
			}
			try {
				long id = referrals.request(up(centre, resident, hospital, d.code(), "OUTPATIENT", dx, dxName, reason),
						at);
				if (accept) {
					referrals.accept(id, doctor, null, at.plus(Duration.ofMinutes(40)));
				}
				return 1;
			}
			catch (BusinessException ex) {
				if (!TRY_NEXT.contains(ex.error().code())) {
					throw ex;
				}
			}
		}
		return 0;
	}

	private NewReferral up(String centre, String resident, String hospital, String department, String kind, String dx,
			String dxName, String reason) {
		return new NewReferral("UP", centre, doctorOf(centre), resident, hospital, department, kind, false, dx, dxName,
				reason, null, null, LocalDate.ofInstant(Instant.now(), PlatformTime.zone()).plusDays(1));
	}

	private String doctorOf(String institution) {
		return year.region()
			.staff()
			.stream()
			.filter(s -> s.institutionCode().equals(institution) && s.kind() == Staff.Kind.DOCTOR)
			.map(NewStaff::name)
			.findFirst()
			.orElse("—");
	}

	/** Insured residents living in the county, found by their insurance number. */
	private List<String> residentsOf(String county, int count) {
		List<String> ids = new ArrayList<>();
		for (var person : year.population().persons()) {
			if (ids.size() >= count) {
				break;
			}
			if (person.region() != null && person.region().startsWith(county)) {
				Optional<String> id = residents.findByPsnNo(person.psnNo()).map(r -> r.residentId());
				id.filter(x -> !ids.contains(x) && !x.equals("demo-resident-1")).ifPresent(ids::add);
			}
		}
		return ids;
	}

}
