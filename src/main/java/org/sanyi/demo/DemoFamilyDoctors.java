package org.sanyi.demo;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sanyi.clinical.FamilyDoctorAdmin;
import org.sanyi.demo.internal.DemoRegionGenerator;
import org.sanyi.identity.ResidentIndex;
import org.sanyi.insurance.InsuranceAdmin.NewPerson;
import org.sanyi.registry.Institution.Kind;
import org.sanyi.registry.RegistryAdmin.NewInstitution;
import org.sanyi.registry.RegistryAdmin.NewStaff;
import org.sanyi.registry.Staff;
import org.sanyi.shared.PlatformTime;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Contracted families in 云岫县: the basic and three personalised packages, a family-doctor
 * team at every township and community centre (its doctor, a nurse and a public-health
 * worker, supported by a specialist of 云岫县总医院), a yearly contract for residents of the
 * township with their crowd categories, the hypertension and diabetes registers and a
 * year of quarterly follow-ups tiered 红黄绿 by the default rules (most patients on target,
 * some drifting, a few severe). 李春梅 is contracted at the family-doctor account's centre
 * with hypertension. Runs while no team exists.
 */
@Component
@Order(530)
class DemoFamilyDoctors implements DemoStep {

	private static final Logger log = LoggerFactory.getLogger(DemoFamilyDoctors.class);

	/** Contracts per centre (a 0.5 % sample of a township's ~6,000 signed residents). */
	static final int CONTRACTS_PER_CENTRE = 30;

	/**
	 * Residents a centre serves in the sample (~16,000 in a township), of them key
	 * populations.
	 */
	static final int SERVED_PER_CENTRE = 80;

	static final int KEY_SERVED_PER_CENTRE = 36;

	private final FamilyDoctorAdmin admin;

	private final ResidentIndex residents;

	private final DemoYear year;

	DemoFamilyDoctors(FamilyDoctorAdmin admin, ResidentIndex residents, DemoYear year) {
		this.admin = admin;
		this.residents = residents;
		this.year = year;
	}

	@Override
	public String name() {
		return "family doctors";
	}

	@Override
	public boolean run() {
		if (admin.hasTeams()) {
			return false;
		}
		// the signing fee (签约服务费) is shared: the insurance fund and the basic
		// public-health fund pay the basic
		// package, the resident pays the personalised ones in part
		admin.createPackage("JB-2026", "基础公共卫生服务包", "BASIC", new BigDecimal("0.00"), new BigDecimal("50.00"),
				new BigDecimal("70.00"), "健康档案、年度体检、慢病随访（每季度）、健康教育、预约转诊");
		admin.createPackage("GX-MB", "慢病管理个性化包", "PERSONALISED", new BigDecimal("120.00"), new BigDecimal("30.00"),
				new BigDecimal("0.00"), "每月血压血糖监测、用药指导、上级专科医生季度会诊");
		admin.createPackage("GX-LN", "老年人健康管理包", "PERSONALISED", new BigDecimal("80.00"), new BigDecimal("20.00"),
				new BigDecimal("0.00"), "上门随访两次、认知与跌倒风险评估、中医体质辨识");
		admin.createPackage("GX-ET", "儿童健康管理包", "PERSONALISED", new BigDecimal("60.00"), new BigDecimal("0.00"),
				new BigDecimal("20.00"), "生长发育评估、营养与口腔保健指导");
		Instant now = Instant.now();
		LocalDate today = PlatformTime.today();
		Random random = new Random(20261204);
		String specialist = doctors(DemoIdentity.COUNTY_HOSPITAL).stream().findFirst().orElse("—") + "（云岫县总医院心内科）";
		int contracts = 0;
		int followUps = 0;
		List<String> taken = new ArrayList<>(List.of("demo-resident-1"));
		for (NewInstitution centre : year.region().institutions()) {
			if (!centre.regionCode().startsWith(DemoRegionGenerator.NAMED_COUNTY_CODE)
					|| (centre.kind() != Kind.TOWNSHIP_HEALTH_CENTRE
							&& centre.kind() != Kind.COMMUNITY_HEALTH_CENTRE)) {
				continue;
			}
			List<String> staff = doctors(centre.code());
			String leader = centre.code().equals(DemoAccounts.FAMILY_DOCTOR_CENTRE) ? "刘秀英"
					: staff.stream().findFirst().orElse("—");
			List<String> members = new ArrayList<>(List.of(leader + "（全科医生）"));
			String nurse = others(centre.code(), Staff.Kind.NURSE);
			String publicHealth = staff.stream().skip(1).findFirst().orElse(null);
			if (nurse != null) {
				members.add(nurse + "（护士）");
			}
			if (publicHealth != null) {
				members.add(publicHealth + "（公卫医师）");
			}
			long team = admin.createTeam(centre.code(), "家庭医生一团队", leader, String.join("、", members), specialist);
			// the sample's population: the township's residents and key populations at
			// the demo's 0.5 % sampling
			admin.servicePopulation(centre.code(), today.getYear(), SERVED_PER_CENTRE, KEY_SERVED_PER_CENTRE);
			int[] counts = contractsOf(centre, team, today, now, random, taken);
			contracts += counts[0];
			followUps += counts[1];
			if (centre.code().equals(DemoAccounts.FAMILY_DOCTOR_CENTRE)) {
				followUps += liChunmei(centre.code(), team, today, now);
				contracts++;
			}
		}
		// the county commission paid the public-health fund's share month by month; this
		// month's is still to pay
		int paid = admin.disburseDueBefore("%04d-%02d".formatted(today.getYear(), today.getMonthValue()), "wjw_county",
				now);
		log.info("Demo family doctors: {} contracts, {} follow-ups, {} team-months paid", contracts, followUps, paid);
		return true;
	}

	private int[] contractsOf(NewInstitution centre, long team, LocalDate today, Instant now, Random random,
			List<String> taken) {
		int contracts = 0;
		int followUps = 0;
		String township = centre.regionCode().length() > 6 ? centre.regionCode()
				: DemoRegionGenerator.NAMED_COUNTY_CODE;
		for (NewPerson person : year.population().persons()) {
			if (contracts >= CONTRACTS_PER_CENTRE) {
				break;
			}
			if (person.region() == null || !person.region().startsWith(township) || person.birthDate() == null) {
				continue;
			}
			var resident = residents.findByPsnNo(person.psnNo());
			if (resident.isEmpty() || taken.contains(resident.get().residentId())) {
				continue;
			}
			String id = resident.get().residentId();
			taken.add(id);
			int age = Period.between(person.birthDate(), today).getYears();
			boolean hypertension = age >= 35 && random.nextInt(100) < (age >= 60 ? 45 : 20);
			boolean diabetes = age >= 40 && random.nextInt(100) < (age >= 60 ? 18 : 8);
			List<String> crowds = new ArrayList<>();
			crowds.add(age >= 65 ? "ELDERLY" : age <= 6 ? "CHILD" : "GENERAL");
			List<String> packages = new ArrayList<>(List.of("JB-2026"));
			if (hypertension) {
				crowds.add("HTN");
			}
			if (diabetes) {
				crowds.add("DM");
			}
			if ((hypertension || diabetes) && random.nextInt(3) == 0) {
				packages.add("GX-MB");
			}
			else if (age >= 65 && random.nextBoolean()) {
				packages.add("GX-LN");
			}
			else if (age <= 6) {
				packages.add("GX-ET");
			}
			LocalDate start = today.minusDays(30 + random.nextInt(300));
			long contract = admin.sign(id, team, crowds, packages, start, random.nextInt(4) == 0 ? "PORTAL" : "TEAM",
					start.atTime(9, 30).atZone(PlatformTime.zone()).toInstant());
			contracts++;
			if (contracts % 15 == 0) {
				// a few residents moved away during the year: their contracts were ended
				// by the team
				admin.terminate(contract, "MOVED", null, "—",
						start.plusDays(20).atTime(15, 0).atZone(PlatformTime.zone()).toInstant());
			}
			if (hypertension || diabetes) {
				followUps += patient(id, centre.code(), team, hypertension, diabetes, start, now, random);
			}
		}
		return new int[] { contracts, followUps };
	}

	/**
	 * A registered patient's follow-ups every three months since the contract: a control
	 * level per patient (well, drifting, poor) decides the readings.
	 */
	private int patient(String id, String centre, long team, boolean hypertension, boolean diabetes, LocalDate start,
			Instant now, Random random) {
		if (hypertension) {
			admin.register(id, "HTN", team, start);
		}
		if (diabetes) {
			admin.register(id, "DM", team, start);
		}
		int control = random.nextInt(10); // 0–5 well, 6–8 drifting, 9 poor
		int n = 0;
		String doctor = doctors(centre).stream().findFirst().orElse("—");
		for (Instant at = start.plusDays(7).atTime(10, 0).atZone(PlatformTime.zone()).toInstant(); at
			.isBefore(now.minus(Duration.ofDays(1))); at = at.plus(Duration.ofDays(91))) {
			int sbp = control <= 5 ? 118 + random.nextInt(18)
					: control <= 8 ? 132 + random.nextInt(30) : 150 + random.nextInt(40);
			int dbp = Math.min(sbp - 30, control <= 5 ? 72 + random.nextInt(14) : 82 + random.nextInt(22));
			BigDecimal fpg = BigDecimal.valueOf(control <= 5 ? 52 + random.nextInt(16)
					: control <= 8 ? 66 + random.nextInt(40) : 90 + random.nextInt(90), 1);
			boolean measureBp = hypertension || random.nextBoolean();
			admin.followUp(id, centre, measureBp ? sbp : null, measureBp ? dbp : null, diabetes ? fpg : null,
					hypertension ? "氨氯地平片 5mg qd" : "二甲双胍片 0.5g tid", doctor, at);
			n++;
		}
		return n;
	}

	/**
	 * 李春梅: contracted with hypertension, her year ending in 35 days (she can renew on the
	 * portal); on target, then drifting at the last visit.
	 */
	private int liChunmei(String centre, long team, LocalDate today, Instant now) {
		LocalDate start = today.minusDays(330);
		admin.sign("demo-resident-1", team, List.of("GENERAL", "HTN"), List.of("JB-2026", "GX-MB"), start, "PORTAL",
				start.atTime(20, 0).atZone(PlatformTime.zone()).toInstant());
		admin.register("demo-resident-1", "HTN", team, start);
		admin.followUp("demo-resident-1", centre, 134, 84, null, "氨氯地平片 5mg qd", "刘秀英",
				now.minus(Duration.ofDays(110)));
		admin.followUp("demo-resident-1", centre, 148, 92, null, "氨氯地平片 5mg qd，加用缬沙坦 80mg qd", "刘秀英",
				now.minus(Duration.ofDays(20)));
		return 2;
	}

	private List<String> doctors(String institution) {
		return year.region()
			.staff()
			.stream()
			.filter(s -> s.institutionCode().equals(institution) && s.kind() == Staff.Kind.DOCTOR)
			.map(NewStaff::name)
			.toList();
	}

	private String others(String institution, Staff.Kind kind) {
		return year.region()
			.staff()
			.stream()
			.filter(s -> s.institutionCode().equals(institution) && s.kind() == kind)
			.map(NewStaff::name)
			.findFirst()
			.orElse(null);
	}

}
