package org.sanyi.supervision.gateway;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import org.sanyi.insurance.DrugUseReview;
import org.sanyi.supervision.engine.Claim;
import org.sanyi.supervision.engine.ClaimLine;
import org.sanyi.supervision.engine.History;
import org.sanyi.supervision.engine.HospitalLevels;
import org.sanyi.supervision.engine.ItemKind;
import org.sanyi.supervision.engine.Scene;
import org.sanyi.supervision.engine.Sex;
import org.sanyi.supervision.engine.Stage;
import tools.jackson.databind.JsonNode;

/**
 * A 3101/3102 input read into claims (insurance.md §1.6.7): {@code data{syscode,
 * rule_ids, task_id, trig_scen, patient_dtos[]}}. Each patient's current encounter
 * ({@code curr_mdtrt_id}, else the first) is the claim; the other encounters are its
 * history (earlier stays, earlier drug orders).
 */
record AnalysisRequest(String taskId, String triggerScene, Set<String> ruleIds, List<Patient> patients) {

	/**
	 * A patient's claim and history, and the current encounter's drug orders for the
	 * rational-drug-use review.
	 *
	 * @param gend the patient's {@code gend}
	 * @param birthDate {@code brdy}
	 * @param pregnant the encounter's {@code matn_stas} is 1
	 */
	record Patient(String personId, Claim claim, History history, String gend, LocalDate birthDate, boolean pregnant,
			List<DrugUseReview.Order> drugOrders) {
	}

	static AnalysisRequest read(JsonNode input, String institutionCode, Stage stage) {
		Fields data = Fields.of(input, "input").object("data");
		String trig = data.optionalText("trig_scen", 2);
		if (!trig.isEmpty()) {
			int scene = trig.matches("[0-9]{1,2}") ? Integer.parseInt(trig) : 0;
			boolean pre = scene >= 1 && scene <= 5;
			boolean in = scene >= 6 && scene <= 10;
			if (stage == Stage.PRE && !pre || stage == Stage.IN && !in) {
				throw Fields.invalid(data.at("trig_scen"), trig);
			}
		}
		Set<String> ruleIds = Set.of();
		String rules = data.optionalText("rule_ids", 2000);
		if (!rules.isEmpty()) {
			ruleIds = Set.of(rules.split("\\s*,\\s*"));
		}
		List<Patient> patients = new ArrayList<>();
		for (Fields p : data.array("patient_dtos")) {
			patients.add(patient(p, institutionCode, trig));
		}
		return new AnalysisRequest(data.optionalText("task_id", 60), trig, ruleIds, patients);
	}

	private static Patient patient(Fields p, String institutionCode, String trig) {
		String personId = p.text("patn_id", 30);
		String gend = p.text("gend", 1);
		if (!Set.of("1", "2", "9").contains(gend)) {
			throw Fields.invalid(p.at("gend"), gend);
		}
		LocalDate birth = p.date("brdy");
		String current = p.optionalText("curr_mdtrt_id", 30);
		List<Fields> encounters = p.array("fsi_encounter_dtos");
		Fields now = encounters.getFirst();
		if (!current.isEmpty()) {
			now = encounters.stream()
				.filter(e -> current.equals(e.optionalText("mdtrt_id", 30)))
				.findFirst()
				.orElseThrow(() -> Fields.invalid(p.at("curr_mdtrt_id"), current));
		}
		String medins = now.text("medins_id", 30);
		if (!medins.equals(institutionCode)) {
			// the claim being checked is the caller's own; other institutions' encounters
			// are history only
			throw Fields.invalid(now.at("medins_id"), medins);
		}
		Claim claim = claim(now, personId, Sex.ofCode(gend), birth, trig);
		List<History.Stay> stays = new ArrayList<>();
		List<History.Purchase> purchases = new ArrayList<>();
		for (Fields e : encounters) {
			if (e == now) {
				continue;
			}
			Claim earlier = claim(e, personId, Sex.ofCode(gend), birth, "");
			if (earlier.scene() == Scene.INPATIENT) {
				stays.add(new History.Stay(earlier.visitId(), earlier.admission(), earlier.discharge(),
						earlier.mainDiagnosis()));
			}
			for (ClaimLine line : earlier.lines()) {
				if (line.kind().drug()) {
					purchases
						.add(new History.Purchase(earlier.visitId(), line.code(), line.date(), line.daysSupplied()));
				}
			}
		}
		stays.sort(Comparator.comparing(History.Stay::discharge));
		purchases.sort(Comparator.comparing(History.Purchase::date));
		List<DrugUseReview.Order> drugOrders = new ArrayList<>();
		for (Fields o : now.optionalArray("fsi_order_dtos")) {
			if (kind(o.optionalText("chrg_type", 3), o.optionalText("hilist_type", 3)).drug()) {
				drugOrders.add(new DrugUseReview.Order(o.text("rx_id", 40), o.text("hilist_code", 50),
						o.optionalText("hilist_name", 200), title(o.optionalText("drord_dr_profttl", 3))));
			}
		}
		return new Patient(personId, claim, new History(stays, purchases), gend, birth,
				"1".equals(now.optionalText("matn_stas", 1)), List.copyOf(drugOrders));
	}

	/**
	 * The prescriber's title as the review ranks it, 1 住院医师 … 4 主任医师: the 7101 codes 1–4,
	 * or the GB/T 8561 专业技术职务 codes 231 主任医师, 232 副主任医师, 233 主治医师, 234 医师, 235 医士 [mem];
	 * 0 when not sent or not known.
	 */
	static int title(String code) {
		return switch (code) {
			case "1", "2", "3", "4" -> Integer.parseInt(code);
			case "231" -> 4;
			case "232" -> 3;
			case "233" -> 2;
			case "234", "235" -> 1;
			default -> 0;
		};
	}

	private static Claim claim(Fields e, String personId, Sex sex, LocalDate birth, String trig) {
		String visitId = e.text("mdtrt_id", 30);
		String lv = e.text("medins_lv", 3);
		int level = HospitalLevels.of(lv);
		if (level < 0) {
			throw Fields.invalid(e.at("medins_lv"), lv);
		}
		LocalDate admission = e.date("adm_date");
		LocalDate discharge = e.optionalDate("dscg_date");
		if (discharge != null && discharge.isBefore(admission)) {
			throw Fields.invalid(e.at("dscg_date"), discharge.toString());
		}
		String medType = e.optionalText("med_type", 6);
		Scene scene = "10".equals(trig) ? Scene.PHARMACY : Scene.ofMedType(medType);
		List<String> diagnoses = diagnoses(e);
		List<ClaimLine> lines = new ArrayList<>();
		for (Fields o : e.optionalArray("fsi_order_dtos")) {
			lines.add(line(o, admission));
		}
		return new Claim(visitId, "", personId, sex, birth, e.optionalText("medins_id", 30), level, scene, admission,
				discharge == null ? admission : discharge, diagnoses, lines)
			.withChronic(Claim.chronicMedType(medType))
			.withInsutype(insutype(e));
	}

	/** The encounter's scheme ({@code insutype}, three digits), or null when not sent. */
	private static String insutype(Fields e) {
		String code = e.optionalText("insutype", 6);
		if (code.isEmpty()) {
			return null;
		}
		if (!code.matches("[0-9]{3}")) {
			throw Fields.invalid(e.at("insutype"), code);
		}
		return code;
	}

	private static List<String> diagnoses(Fields e) {
		record Dx(String code, boolean main, int order) {
		}
		List<Dx> list = new ArrayList<>();
		for (Fields d : e.optionalArray("fsi_diagnose_dtos")) {
			String order = d.optionalText("dias_srt_no", 4);
			list.add(new Dx(d.text("dise_codg", 30), "1".equals(d.optionalText("maindise_flag", 1)),
					order.matches("[0-9]{1,4}") ? Integer.parseInt(order) : 9999));
		}
		list.sort(Comparator.comparing((Dx d) -> !d.main()).thenComparingInt(Dx::order));
		return list.stream().map(Dx::code).toList();
	}

	private static ClaimLine line(Fields o, LocalDate admission) {
		BigDecimal quantity = o.decimal("cnt");
		BigDecimal price = o.decimal("pric");
		BigDecimal amount = o.node().has("sumamt") ? o.decimal("sumamt")
				: quantity.multiply(price).setScale(2, RoundingMode.HALF_UP);
		LocalDate begin = o.optionalDate("drord_begn_date");
		LocalDate stop = o.optionalDate("drord_stop_date");
		ItemKind kind = kind(o.optionalText("chrg_type", 3), o.optionalText("hilist_type", 3));
		int days = 0;
		if (kind.drug() && begin != null && stop != null) {
			if (stop.isBefore(begin)) {
				throw Fields.invalid(o.at("drord_stop_date"), stop.toString());
			}
			days = (int) (stop.toEpochDay() - begin.toEpochDay()) + 1;
		}
		return new ClaimLine(o.text("rx_id", 40), o.text("hilist_code", 50), o.optionalText("hilist_name", 200),
				o.optionalText("hosplist_name", 200), kind, begin == null ? admission : begin, quantity, price, amount,
				days, o.optionalText("drord_dr_codg", 30), o.optionalText("drord_dept_codg", 30));
	}

	/**
	 * {@code chrg_type} as {@code med_chrgitm_type}; else {@code hilist_type} (101 西药,
	 * 102 中成药, 103 饮片, 2xx, 3xx).
	 */
	static ItemKind kind(String chargeType, String listType) {
		if (chargeType.matches("0[1-9]|1[0-4]")) {
			return ItemKind.ofCode(chargeType);
		}
		return switch (listType) {
			case "101" -> ItemKind.WESTERN_DRUG;
			case "102" -> ItemKind.PATENT_DRUG;
			case "103" -> ItemKind.HERBAL;
			default -> listType.startsWith("3") ? ItemKind.MATERIAL
					: listType.startsWith("2") ? ItemKind.TREATMENT : ItemKind.OTHER;
		};
	}

}
