package org.sanyi.demo.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.sanyi.registry.Institution.Kind;
import org.sanyi.registry.RegistryAdmin.NewDepartment;
import org.sanyi.registry.RegistryAdmin.NewInstitution;
import org.sanyi.registry.RegistryAdmin.NewStaff;
import org.sanyi.registry.Staff;

/**
 * Departments by kind and level of institution (codes of the national 诊疗科目名录, 药剂科 with
 * the local code 91) and staff in plausible numbers: about 1.2 to 1.3 staff per bed in
 * hospitals, a dozen or more in a township health centre, one or two village doctors per
 * clinic, a few licensed pharmacists per pharmacy; then scaled. The mix of doctors,
 * nurses, pharmacists and technicians and the seniority of titles depend on the hospital
 * level.
 * <p>
 * Certificate numbers are demo formats, unique by construction: doctors 15 digits
 * ({@code 1}, {@code 1} clinical or {@code 2} TCM, the 6-digit division of the
 * institution code, a 7-digit sequence), village doctors the same with {@code 40}; nurses
 * and pharmacists 12 digits ({@code 2} or {@code 3}, {@code 35}, a 9-digit sequence).
 */
final class StaffGenerator {

	private static final List<Dept> TERTIARY = depts("03.01 呼吸内科 W", "03.02 消化内科 W", "03.03 神经内科 W", "03.04 心血管内科 W",
			"03.06 肾病内科 W", "03.07 内分泌科 W", "04.01 普通外科 W", "04.02 神经外科 W", "04.03 骨科 W", "04.04 泌尿外科 W", "04.05 胸外科 W",
			"05 妇产科 W", "07 儿科 W", "10 眼科 W", "11 耳鼻咽喉科 W", "12 口腔科 C", "13 皮肤科 C", "19 肿瘤科 W", "20 急诊医学科 W",
			"21 康复医学科 W", "26 麻醉科 C", "28 重症医学科 W", "30 医学检验科 T", "31 病理科 T", "32 医学影像科 T", "50 中医科 W", "91 药剂科 P");

	private static final List<Dept> SECONDARY = depts("03 内科 W", "04 外科 W", "05 妇产科 W", "07 儿科 W", "10 眼科 C",
			"11 耳鼻咽喉科 C", "12 口腔科 C", "20 急诊医学科 W", "21 康复医学科 W", "26 麻醉科 C", "28 重症医学科 W", "30 医学检验科 T", "32 医学影像科 T",
			"50 中医科 W", "91 药剂科 P");

	private static final List<Dept> TCM = depts("50.01 中医内科 W", "50.02 中医外科 W", "50.03 中医妇产科 W", "50.04 中医儿科 W",
			"50.10 中医骨伤科 W", "50.13 针灸科 W", "50.14 推拿科 C", "20 急诊医学科 C", "30 医学检验科 T", "32 医学影像科 T", "91 药剂科 P");

	private static final List<Dept> MATERNAL = depts("05.01 妇科 W", "05.02 产科 W", "06 妇女保健科 C", "07 儿科 W", "09 儿童保健科 C",
			"30 医学检验科 T", "32 医学影像科 T", "91 药剂科 P");

	private static final List<Dept> TOWNSHIP = depts("01 预防保健科 C", "02 全科医疗科 W", "03 内科 W", "50 中医科 C", "30 医学检验科 T",
			"32 医学影像科 T", "91 药剂科 P");

	private static final List<Dept> COMMUNITY = depts("01 预防保健科 C", "02 全科医疗科 W", "50 中医科 C", "30 医学检验科 T", "91 药剂科 P");

	private static final List<Dept> VILLAGE = depts("02 全科医疗科 C");

	/** Shares of doctors, nurses, pharmacists, technicians. */
	private static final int[] HOSPITAL_MIX = { 35, 45, 6, 14 };

	private static final int[] PRIMARY_MIX = { 40, 35, 8, 17 };

	/** Shares of title ranks 4 (正高) to 0 (士) by hospital level. */
	private static final int[][] RANKS = { { 1, 6, 30, 43, 20 }, { 1, 6, 30, 43, 20 }, { 4, 12, 35, 37, 12 },
			{ 8, 17, 35, 32, 8 } };

	private final Dice dice;

	private final double scale;

	private final List<NewDepartment> departments = new ArrayList<>();

	private final List<NewStaff> staff = new ArrayList<>();

	private final int[] certificates = new int[Staff.Kind.values().length];

	StaffGenerator(Dice dice, double scale) {
		this.dice = dice;
		this.scale = scale;
	}

	List<NewDepartment> departments() {
		return departments;
	}

	List<NewStaff> staff() {
		return staff;
	}

	void generate(List<NewInstitution> institutions) {
		for (NewInstitution institution : institutions) {
			List<Dept> depts = departmentsOf(institution);
			double[] weights = depts.stream()
				.mapToDouble(d -> d.role() == Role.WARD ? dice.uniform(0.6, 1.4) : 0)
				.toArray();
			long[] beds = Arrays.stream(weights).sum() > 0 ? DemoRegionGenerator.split(institution.beds(), weights)
					: new long[depts.size()];
			for (int n = 0; n < depts.size(); n++) {
				departments.add(
						new NewDepartment(institution.code(), depts.get(n).code(), depts.get(n).name(), (int) beds[n]));
			}
			int count = Math.max(1, (int) Math.round(staffAtFullScale(institution) * scale));
			for (int n = 0; n < count; n++) {
				staff.add(person(institution, depts));
			}
		}
	}

	private static List<Dept> departmentsOf(NewInstitution i) {
		return switch (i.kind()) {
			case GENERAL_HOSPITAL -> i.grade().level() == 3 ? TERTIARY : SECONDARY;
			case TCM_HOSPITAL -> TCM;
			case MATERNAL_CHILD -> MATERNAL;
			case TOWNSHIP_HEALTH_CENTRE -> TOWNSHIP;
			case COMMUNITY_HEALTH_CENTRE -> COMMUNITY;
			case VILLAGE_CLINIC -> VILLAGE;
			case PHARMACY -> List.of();
		};
	}

	private int staffAtFullScale(NewInstitution i) {
		return switch (i.kind()) {
			case GENERAL_HOSPITAL -> (int) Math.round(i.beds() * (i.grade().level() == 3 ? 1.3 : 1.2));
			case TCM_HOSPITAL -> (int) Math.round(i.beds() * 1.1);
			case MATERNAL_CHILD -> (int) Math.round(i.beds() * 1.3);
			case TOWNSHIP_HEALTH_CENTRE -> 12 + (int) Math.round(i.beds() * 0.6);
			case COMMUNITY_HEALTH_CENTRE -> 10 + (int) Math.round(i.beds() * 0.5);
			case VILLAGE_CLINIC -> dice.between(1, 2);
			case PHARMACY -> dice.between(1, 3);
		};
	}

	private NewStaff person(NewInstitution institution, List<Dept> depts) {
		Staff.Kind kind = switch (institution.kind()) {
			case VILLAGE_CLINIC -> Staff.Kind.DOCTOR;
			case PHARMACY -> Staff.Kind.PHARMACIST;
			case TOWNSHIP_HEALTH_CENTRE, COMMUNITY_HEALTH_CENTRE -> Staff.Kind.values()[dice.weighted(PRIMARY_MIX)];
			default -> Staff.Kind.values()[dice.weighted(HOSPITAL_MIX)];
		};
		String sex = switch (kind) {
			case NURSE -> dice.chance(0.05) ? "1" : "2";
			case DOCTOR -> dice.chance(0.55) ? "1" : "2";
			case PHARMACIST -> dice.chance(0.4) ? "1" : "2";
			case TECHNICIAN -> dice.chance(0.5) ? "1" : "2";
		};
		Staff.Title title = institution.kind() == Kind.VILLAGE_CLINIC
				? (dice.chance(0.8) ? Staff.Title.VILLAGE_DOCTOR : Staff.Title.RESIDENT_PHYSICIAN)
				: title(kind, RANKS[institution.grade().level()]);
		Dept dept = department(kind, depts);
		return new NewStaff(institution.code(), dept == null ? null : dept.code(), ChineseNames.person(dice, sex), sex,
				kind, title, certificate(kind, title, institution));
	}

	private Staff.Title title(Staff.Kind kind, int[] rankShares) {
		int rank = 4 - dice.weighted(rankShares);
		if (kind == Staff.Kind.DOCTOR && rank == 0) {
			rank = 1;
		}
		for (Staff.Title t : Staff.Title.values()) {
			if (t.kind() == kind && t.rank() == rank && t != Staff.Title.VILLAGE_DOCTOR) {
				return t;
			}
		}
		throw new IllegalStateException("no title of rank " + rank + " for " + kind);
	}

	/**
	 * A department that fits the kind of staff: wards and clinics for doctors and nurses,
	 * and so on.
	 */
	private Dept department(Staff.Kind kind, List<Dept> depts) {
		List<Dept> fitting = depts.stream().filter(d -> switch (kind) {
			case DOCTOR, NURSE -> d.role() == Role.WARD || d.role() == Role.CLINIC;
			case TECHNICIAN -> d.role() == Role.TECH;
			case PHARMACIST -> d.role() == Role.PHARMACY;
		}).toList();
		if (fitting.isEmpty()) {
			return null;
		}
		if (kind == Staff.Kind.NURSE) {
			// nurses work mostly on the wards
			List<Dept> wards = fitting.stream().filter(d -> d.role() == Role.WARD).toList();
			return dice.pick(wards.isEmpty() || dice.chance(0.15) ? fitting : wards);
		}
		return dice.pick(fitting);
	}

	private String certificate(Staff.Kind kind, Staff.Title title, NewInstitution institution) {
		int seq = ++certificates[kind.ordinal()];
		String division = institution.code().substring(1, 7);
		return switch (kind) {
			case DOCTOR ->
				(title == Staff.Title.VILLAGE_DOCTOR ? "40" : institution.kind() == Kind.TCM_HOSPITAL ? "12" : "11")
						+ division + "%07d".formatted(seq);
			case NURSE -> "235" + "%09d".formatted(seq);
			case PHARMACIST -> "335" + "%09d".formatted(seq);
			case TECHNICIAN -> null;
		};
	}

	private static List<Dept> depts(String... specs) {
		return Arrays.stream(specs).map(s -> {
			String[] parts = s.split(" ");
			return new Dept(parts[0], parts[1], switch (parts[2]) {
				case "W" -> Role.WARD;
				case "C" -> Role.CLINIC;
				case "T" -> Role.TECH;
				default -> Role.PHARMACY;
			});
		}).toList();
	}

	/** What a department does, which decides who works there and whether it has beds. */
	enum Role {

		WARD, CLINIC, TECH, PHARMACY

	}

	record Dept(String code, String name, Role role) {
	}

}
