package org.sanyi.pharma.engine;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Prescription review rules applied by hand-worked cases. */
class RxReviewTest {

	static final ReviewRules RULES = new ReviewRules(
			Map.of(RxType.OUTPATIENT, new ReviewRules.Limit(7, 30, 5), RxType.EMERGENCY, new ReviewRules.Limit(3, 3, 5),
					RxType.CHRONIC, new ReviewRules.Limit(30, 84, 5)),
			List.of(drug("西格列汀", "25", "100", "mg", Set.of("qd"), 0, "100"),
					drug("阿莫西林", "250", "1000", "mg", Set.of("bid", "tid"), 1, "1500"),
					drug("左氧氟沙星", "250", "750", "mg", Set.of("qd"), 2, "500"),
					drug("美罗培南", "500", "2000", "mg", Set.of("q8h"), 3, "3000"),
					new ReviewRules.DrugRule("J01MA", "喹诺酮类", null, null, "mg", Set.of(), 2, null)),
			List.of(new ReviewRules.Interaction("氯吡格雷", "奥美拉唑", "MAJOR", false, "换用泮托拉唑"),
					new ReviewRules.Interaction("替格瑞洛", "克拉霉素", "MAJOR", true, "禁止合用")),
			List.of(new ReviewRules.Contraindication("J01MA", "MIN_AGE", "18", true, "18岁以下禁用"),
					new ReviewRules.Contraindication("C10AA", "PREGNANCY", "", true, "妊娠期禁用"),
					new ReviewRules.Contraindication("G04CB", "SEX", "2", true, "女性禁用")));

	static ReviewRules.DrugRule drug(String key, String min, String max, String unit, Set<String> freq, int tier,
			String ddd) {
		return new ReviewRules.DrugRule(key, key, new BigDecimal(min), new BigDecimal(max), unit, freq, tier,
				new BigDecimal(ddd));
	}

	static RxReview.Drug line(String generic, String atc, String dose, String unit, String freq, int days) {
		return new RxReview.Drug(new RxContent.Line("X" + generic.hashCode(), new BigDecimal(dose), unit, freq, "口服",
				days, BigDecimal.ONE), generic, atc, false);
	}

	static RxReview.Input rx(RxType type, String reason, int age, String sex, int title, RxReview.Drug... drugs) {
		return new RxReview.Input(type, reason, age, sex, false, title, false, List.of(drugs));
	}

	static List<String> items(List<RxFinding> findings) {
		return findings.stream().map(f -> f.ruleId() + ":" + f.reviewItem() + (f.blocking() ? "!" : "")).toList();
	}

	@Test
	void ordersWithoutDosesAreReviewedForWhatTheyCarryEachFindingWithItsDrugs() {
		// a HIS's 3101 orders: no dose, frequency or days, so no 1-12 or 2-5; 美罗培南
		// (特殊使用级) from a resident is a 1-14, its consultation is not asked
		RxReview.Drug clopidogrel = order("硫酸氢氯吡格雷片", "B01AC04");
		RxReview.Drug omeprazole = order("奥美拉唑肠溶胶囊", "A02BC01");
		RxReview.Drug meropenem = order("注射用美罗培南", "J01DH02");
		List<RxFinding> found = RxReview.reviewOrders(new RxReview.Input(RxType.OUTPATIENT, "", 60, "1", false, 1, true,
				List.of(clopidogrel, omeprazole, meropenem)), RULES);
		assertThat(items(found)).containsExactly("R-AMS-TITLE:1-14!", "R-DDI:2-8");
		assertThat(found.get(0).codes()).containsExactly(meropenem.line().code());
		assertThat(found.get(1).codes()).containsExactly(clopidogrel.line().code(), omeprazole.line().code());
		// the prescriber's title not sent: no tier finding
		assertThat(items(RxReview.reviewOrders(
				new RxReview.Input(RxType.OUTPATIENT, "", 60, "1", false, 0, true, List.of(meropenem)), RULES)))
			.isEmpty();
		// a teenager's quinolone, a pregnant woman's statin
		assertThat(items(RxReview.reviewOrders(new RxReview.Input(RxType.OUTPATIENT, "", 15, "2", true, 0, true,
				List.of(order("左氧氟沙星片", "J01MA12"), order("阿托伐他汀钙片", "C10AA05"))), RULES)))
			.containsExactly("R-CI-MIN_AGE:2-2!", "R-CI-PREGNANCY:2-2!");
	}

	static RxReview.Drug order(String generic, String atc) {
		return new RxReview.Drug(new RxContent.Line("X" + atc, BigDecimal.ZERO, "", "", "", 0, BigDecimal.ZERO),
				generic, atc, false);
	}

	@Test
	void anOrdinaryOutpatientPrescriptionPasses() {
		assertThat(RxReview
			.review(rx(RxType.OUTPATIENT, "", 60, "1", 2, line("西格列汀片", "A10BH01", "100", "mg", "qd", 7)), RULES))
			.isEmpty();
	}

	@Test
	void daysSuppliedFollowTheKindOfPrescriptionAndTheReason() {
		// outpatient 8 days without a reason: 1-12, blocking; with a reason up to 30
		assertThat(items(RxReview
			.review(rx(RxType.OUTPATIENT, "", 60, "1", 2, line("西格列汀片", "A10BH01", "100", "mg", "qd", 8)), RULES)))
			.containsExactly("R-DAYS:1-12!");
		assertThat(RxReview
			.review(rx(RxType.OUTPATIENT, "老年慢病", 60, "1", 2, line("西格列汀片", "A10BH01", "100", "mg", "qd", 30)), RULES))
			.isEmpty();
		// emergency: 3 days even with a reason
		assertThat(items(RxReview
			.review(rx(RxType.EMERGENCY, "路途远", 60, "1", 2, line("阿莫西林胶囊", "J01CA04", "500", "mg", "tid", 4)), RULES)))
			.containsExactly("R-DAYS:1-12!");
		// a long prescription: 12 weeks with a reason, not 13
		assertThat(RxReview
			.review(rx(RxType.CHRONIC, "病情稳定", 60, "1", 2, line("西格列汀片", "A10BH01", "100", "mg", "qd", 84)), RULES))
			.isEmpty();
	}

	@Test
	void moreThanFiveDrugsIsAWarningOnOutpatientPrescriptions() {
		RxReview.Drug[] six = new RxReview.Drug[6];
		for (int i = 0; i < 6; i++) {
			six[i] = line("药" + i, null, "1", "片", "qd", 3);
		}
		assertThat(items(RxReview.review(rx(RxType.OUTPATIENT, "", 40, "1", 2, six), RULES)))
			.containsExactly("R-COUNT:1-11");
	}

	@Test
	void doseIsComparedInTheRulesUnitAndFrequencyAgainstTheAllowedOnes() {
		// 0.2 g = 200 mg > 100 mg
		assertThat(items(RxReview
			.review(rx(RxType.OUTPATIENT, "", 60, "1", 2, line("西格列汀片", "A10BH01", "0.2", "g", "qd", 7)), RULES)))
			.containsExactly("R-DOSE:2-5!");
		assertThat(items(RxReview
			.review(rx(RxType.OUTPATIENT, "", 60, "1", 2, line("西格列汀片", "A10BH01", "50", "mg", "bid", 7)), RULES)))
			.containsExactly("R-FREQ:2-5");
	}

	@Test
	void antimicrobialTiersNeedThePrescribersTitleAndASpecialOneAConsultation() {
		// 左氧氟沙星 is 限制使用级: a resident (1) may not, an attending (2) may
		assertThat(items(RxReview
			.review(rx(RxType.OUTPATIENT, "", 40, "1", 1, line("左氧氟沙星片", "J01MA12", "500", "mg", "qd", 5)), RULES)))
			.containsExactly("R-AMS-TITLE:1-14!");
		assertThat(RxReview
			.review(rx(RxType.OUTPATIENT, "", 40, "1", 2, line("左氧氟沙星片", "J01MA12", "500", "mg", "qd", 5)), RULES))
			.isEmpty();
		// 美罗培南 特殊使用级: a chief (4) still needs the consultation
		assertThat(items(RxReview
			.review(rx(RxType.EMERGENCY, "", 40, "1", 4, line("注射用美罗培南", "J01DH02", "1000", "mg", "q8h", 3)), RULES)))
			.containsExactly("R-AMS-CONSULT:1-14!");
		RxReview.Input consulted = new RxReview.Input(RxType.EMERGENCY, "", 40, "1", false, 4, true,
				List.of(line("注射用美罗培南", "J01DH02", "1000", "mg", "q8h", 3)));
		assertThat(RxReview.review(consulted, RULES)).isEmpty();
	}

	@Test
	void contraindicationsByAgeSexAndPregnancy() {
		// a quinolone (class rule J01MA) for a 16-year-old
		assertThat(items(RxReview
			.review(rx(RxType.OUTPATIENT, "", 16, "1", 2, line("左氧氟沙星片", "J01MA12", "500", "mg", "qd", 5)), RULES)))
			.containsExactly("R-CI-MIN_AGE:2-2!");
		RxReview.Input pregnant = new RxReview.Input(RxType.OUTPATIENT, "", 30, "2", true, 2, false,
				List.of(line("阿托伐他汀钙片", "C10AA05", "20", "mg", "qn", 7)));
		assertThat(items(RxReview.review(pregnant, RULES))).containsExactly("R-CI-PREGNANCY:2-2!");
		assertThat(items(RxReview
			.review(rx(RxType.OUTPATIENT, "", 50, "2", 2, line("非那雄胺片", "G04CB01", "5", "mg", "qd", 7)), RULES)))
			.containsExactly("R-CI-SEX:2-2!");
	}

	@Test
	void duplicateTherapeuticClassAndInteractionsFromThePairTable() {
		assertThat(items(
				RxReview.review(rx(RxType.OUTPATIENT, "", 60, "1", 2, line("阿托伐他汀钙片", "C10AA05", "20", "mg", "qn", 7),
						line("瑞舒伐他汀钙片", "C10AA07", "10", "mg", "qn", 7)), RULES)))
			.containsExactly("R-DUP:2-7");
		assertThat(items(
				RxReview.review(rx(RxType.OUTPATIENT, "", 60, "1", 2, line("硫酸氢氯吡格雷片", "B01AC04", "75", "mg", "qd", 7),
						line("奥美拉唑肠溶胶囊", "A02BC01", "20", "mg", "qd", 7)), RULES)))
			.containsExactly("R-DDI:2-8");
		assertThat(items(
				RxReview.review(rx(RxType.OUTPATIENT, "", 60, "1", 2, line("克拉霉素片", "J01FA09", "250", "mg", "bid", 7),
						line("替格瑞洛片", "B01AC24", "90", "mg", "bid", 7)), RULES)))
			.containsExactly("R-DDI:2-8!");
	}

	@Test
	void dddsOfALineAndTheIndicators() {
		// 阿莫西林 500 mg tid × 5 days = 7.5 g; DDD 1.5 g → 5 DDDs
		RxReview.Drug amoxicillin = line("阿莫西林胶囊", "J01CA04", "500", "mg", "tid", 5);
		assertThat(RxReview.ddds(amoxicillin, RULES)).contains(new BigDecimal("5.0000"));
		// 左氧氟沙星 0.5 g qd × 3 days with DDD 500 mg → 3 DDDs
		assertThat(RxReview.ddds(line("左氧氟沙星片", "J01MA12", "0.5", "g", "qd", 3), RULES))
			.contains(new BigDecimal("3.0000"));
		DrugUse use = DrugUse.of(rx(RxType.OUTPATIENT, "", 40, "1", 2, amoxicillin,
				new RxReview.Drug(line("西格列汀片", "A10BH01", "100", "mg", "qd", 5).line(), "西格列汀片", "A10BH01", true)),
				RULES);
		assertThat(use.antibiotic()).isTrue();
		assertThat(use.essential()).isTrue();
		assertThat(use.antimicrobialDdds()).isEqualByComparingTo("5");
		// AUD: 1,234 DDDs over 3,100 patient-days → 39.81
		assertThat(DrugUse.aud(new BigDecimal("1234"), new BigDecimal("3100"))).isEqualByComparingTo("39.81");
		assertThat(DrugUse.aud(BigDecimal.TEN, BigDecimal.ZERO)).isNull();
		// 37 antibiotic prescriptions of 200 → 18.50 %
		assertThat(DrugUse.share(37, 200)).isEqualByComparingTo("18.50");
	}

}
