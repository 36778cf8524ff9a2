package org.sanyi.supervision.engine;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sanyi.supervision.engine.Claims.audit;
import static org.sanyi.supervision.engine.Claims.kb;
import static org.sanyi.supervision.engine.Claims.restriction;
import static org.sanyi.supervision.engine.Claims.rule;

/** The restriction rules (限性别, 限年龄, 限儿童, 限医院等级, 限就医方式, 限适应症, 关联缺失, 超量开药, 超支付价格). */
class RestrictionRulesTest {

	final KnowledgeBase femaleOnly = kb(restriction("311201002").sex(Sex.FEMALE).build());

	@Test
	void femaleOnlyItemBilledForAManIsADefiniteViolationOfTheWholeLine() {
		Claim claim = Claims.outpatient().sex(Sex.MALE).line("311201002", ItemKind.TREATMENT, "2", "20").build();
		var hits = audit(rule(RuleKind.SEX), femaleOnly, claim);
		assertThat(hits).singleElement().satisfies(v -> {
			assertThat(v.lineId()).isEqualTo("L1");
			assertThat(v.amount()).isEqualByComparingTo("40.00");
			assertThat(v.result()).isEqualTo(ResultType.DEFINITE);
			assertThat(v.reasonKey()).isEqualTo("supervision.reason.SEX.FEMALE");
		});
	}

	@Test
	void femaleOnlyItemBilledForAWomanPasses() {
		Claim claim = Claims.outpatient().sex(Sex.FEMALE).line("311201002", ItemKind.TREATMENT, "1", "20").build();
		assertThat(audit(rule(RuleKind.SEX), femaleOnly, claim)).isEmpty();
	}

	@Test
	void ageBandIsComparedWithTheAgeAtTheVisit() {
		KnowledgeBase kb = kb(restriction("A").ages(null, 6).build());
		Claim seven = Claims.outpatient().born(Claims.DAY.minusYears(7)).line("A", ItemKind.EXAM, "1", "10").build();
		Claim six = Claims.outpatient()
			.born(Claims.DAY.minusYears(7).plusDays(1))
			.line("A", ItemKind.EXAM, "1", "10")
			.build();
		assertThat(audit(rule(RuleKind.AGE), kb, seven)).hasSize(1);
		assertThat(audit(rule(RuleKind.AGE), kb, six)).isEmpty();
	}

	@Test
	void childOnlyDrugHitsFromTheRulesMaximumAge() {
		KnowledgeBase kb = kb(restriction("XR05").child().build());
		Claim adult = Claims.outpatient()
			.born(Claims.DAY.minusYears(30))
			.line("XR05", ItemKind.WESTERN_DRUG, "1", "18")
			.build();
		Claim child = Claims.outpatient()
			.born(Claims.DAY.minusYears(10))
			.line("XR05", ItemKind.WESTERN_DRUG, "1", "18")
			.build();
		assertThat(audit(rule(RuleKind.CHILD), kb, adult)).hasSize(1);
		assertThat(audit(rule(RuleKind.CHILD), kb, child)).isEmpty();
		assertThat(audit(rule(RuleKind.CHILD, "max_age", "8"), kb, child)).hasSize(1);
	}

	@Test
	void levelRestrictedItemBelowItsLevelHitsAndAtItsLevelPasses() {
		KnowledgeBase kb = kb(restriction("XL01").minLevel(3).build());
		Claim county = Claims.outpatient().level(2).line("XL01", ItemKind.WESTERN_DRUG, "1", "5500").build();
		Claim city = Claims.outpatient().level(3).line("XL01", ItemKind.WESTERN_DRUG, "1", "5500").build();
		assertThat(audit(rule(RuleKind.LEVEL), kb, county)).singleElement()
			.satisfies(v -> assertThat(v.amount()).isEqualByComparingTo("5500.00"));
		assertThat(audit(rule(RuleKind.LEVEL), kb, city)).isEmpty();
	}

	@Test
	void inpatientOnlyItemInAnOutpatientVisitHits() {
		KnowledgeBase kb = kb(restriction("XB05").scenes(Scene.INPATIENT).build());
		assertThat(audit(rule(RuleKind.SCENE), kb,
				Claims.outpatient().line("XB05", ItemKind.WESTERN_DRUG, "1", "32").build()))
			.singleElement()
			.satisfies(v -> assertThat(v.reasonKey()).isEqualTo("supervision.reason.SCENE.OUTPATIENT"));
		assertThat(audit(rule(RuleKind.SCENE), kb,
				Claims.inpatient().line("XB05", ItemKind.WESTERN_DRUG, "1", "32").build()))
			.isEmpty();
	}

	@Test
	void restrictedDrugWithoutAQualifyingDiagnosisHits() {
		KnowledgeBase kb = kb(restriction("XJ01DHA001").indications("A41", "J15").build());
		Claim without = Claims.inpatient()
			.diagnoses("I10.x00")
			.line("XJ01DHA001", ItemKind.WESTERN_DRUG, "3", "65")
			.build();
		Claim with = Claims.inpatient()
			.diagnoses("I10.x00", "A41.900")
			.line("XJ01DHA001", ItemKind.WESTERN_DRUG, "3", "65")
			.build();
		assertThat(audit(rule(RuleKind.INDICATION), kb, without)).singleElement()
			.satisfies(v -> assertThat(v.amount()).isEqualByComparingTo("195.00"));
		assertThat(audit(rule(RuleKind.INDICATION), kb, with)).isEmpty();
	}

	@Test
	void anaesthesiaWithoutASurgeryIsAMissingLink() {
		KnowledgeBase kb = kb(restriction("330100001").requires("330600001", "331501001").build());
		Claim alone = Claims.inpatient().line("330100001", ItemKind.SURGERY, "1", "1200").build();
		Claim withSurgery = Claims.inpatient()
			.line("330100001", ItemKind.SURGERY, "1", "1200")
			.line("331501001", ItemKind.SURGERY, "1", "6500")
			.build();
		assertThat(audit(rule(RuleKind.MISSING_LINK), kb, alone)).hasSize(1);
		assertThat(audit(rule(RuleKind.MISSING_LINK), kb, withSurgery)).isEmpty();
	}

	@Test
	void drugSuppliedBeyondTheLimitPutsTheExcessDaysShareInQuestion() {
		Claim fourteen = Claims.outpatient().drug("XA10", Claims.DAY, 14, "70").build();
		Claim seven = Claims.outpatient().drug("XA10", Claims.DAY, 7, "35").build();
		assertThat(audit(rule(RuleKind.DAYS_SUPPLIED), KnowledgeBase.EMPTY, fourteen)).singleElement()
			.satisfies(v -> assertThat(v.amount()).isEqualByComparingTo("35.00"));
		assertThat(audit(rule(RuleKind.DAYS_SUPPLIED), KnowledgeBase.EMPTY, seven)).isEmpty();
		// a long prescription allowed by the knowledge base for this drug
		KnowledgeBase chronic = kb(restriction("XA10").maxDays(84).build());
		assertThat(audit(rule(RuleKind.DAYS_SUPPLIED), chronic, fourteen)).isEmpty();
	}

	@Test
	void aChronicPatientsVisitMaySupplyUpToTheLongPrescriptionLimit() {
		// the drug's usual limit is 30 days; at a 门诊慢特病 visit 长处方 allows 12 weeks
		KnowledgeBase kb = kb(restriction("XC08").maxDays(30).build());
		Claim twelveWeeks = Claims.outpatient().chronic().drug("XC08", Claims.DAY, 84, "25.20").build();
		Claim ninety = Claims.outpatient().chronic().drug("XC08", Claims.DAY, 90, "27.00").build();
		Claim general = Claims.outpatient().drug("XC08", Claims.DAY, 84, "25.20").build();
		assertThat(audit(rule(RuleKind.DAYS_SUPPLIED), kb, twelveWeeks)).isEmpty();
		assertThat(audit(rule(RuleKind.DAYS_SUPPLIED), kb, ninety)).singleElement()
			.satisfies(v -> assertThat(v.amount()).isEqualByComparingTo("1.80"));
		// an ordinary outpatient visit keeps the drug's limit
		assertThat(audit(rule(RuleKind.DAYS_SUPPLIED), kb, general)).singleElement()
			.satisfies(v -> assertThat(v.amount()).isEqualByComparingTo("16.20"));
		// the region's own long limit (a parameter of the rule)
		assertThat(audit(rule(RuleKind.DAYS_SUPPLIED).withParameter("chronic_max_days", "90"), kb, ninety)).isEmpty();
		assertThat(Claim.chronicMedType("14")).isTrue();
		assertThat(Claim.chronicMedType("140104")).isTrue();
		assertThat(Claim.chronicMedType("11")).isFalse();
		assertThat(Claim.chronicMedType(null)).isFalse();
	}

	@Test
	void theSceneOfAMedicalTypeIsReadOneWayForEveryMoment() {
		// 普通门诊, 门诊慢特病, 住院, 生育住院, 定点药店购药; none given
		assertThat(Scene.ofMedType("11")).isEqualTo(Scene.OUTPATIENT);
		assertThat(Scene.ofMedType("14")).isEqualTo(Scene.OUTPATIENT);
		assertThat(Scene.ofMedType("21")).isEqualTo(Scene.INPATIENT);
		assertThat(Scene.ofMedType("2114")).isEqualTo(Scene.INPATIENT);
		assertThat(Scene.ofMedType("52")).isEqualTo(Scene.INPATIENT);
		assertThat(Scene.ofMedType("41")).isEqualTo(Scene.PHARMACY);
		assertThat(Scene.ofMedType(null)).isEqualTo(Scene.OUTPATIENT);
		assertThat(Scene.ofMedType("")).isEqualTo(Scene.OUTPATIENT);
	}

	@Test
	void priceAboveThePaymentStandardPutsTheDifferenceTimesQuantityInQuestion() {
		KnowledgeBase kb = kb(restriction("110900003").cap("60").build());
		Claim above = Claims.inpatient().line("110900003", ItemKind.BED, LocalDate.of(2026, 3, 2), "3", "150").build();
		Claim at = Claims.inpatient().line("110900003", ItemKind.BED, LocalDate.of(2026, 3, 2), "3", "60").build();
		assertThat(audit(rule(RuleKind.PRICE), kb, above)).singleElement()
			.satisfies(v -> assertThat(v.amount()).isEqualByComparingTo("270.00"));
		assertThat(audit(rule(RuleKind.PRICE), kb, at)).isEmpty();
	}

	@Test
	void anItemBilledByADepartmentItIsNotRestrictedToHits() {
		// the test lines are billed by department A03 (内科)
		KnowledgeBase acupunctureByTcm = kb(restriction("004100000010000").departments("A50", "A21").build());
		KnowledgeBase acupunctureByMedicine = kb(restriction("004100000010000").departments("A03").build());
		Claim claim = Claims.outpatient().line("004100000010000", ItemKind.TREATMENT, "2", "20").build();
		assertThat(audit(rule(RuleKind.DEPARTMENT), acupunctureByTcm, claim)).singleElement().satisfies(v -> {
			assertThat(v.amount()).isEqualByComparingTo("40.00");
			assertThat(v.reasonArgs()).containsExactly("项目004100000010000", "A03", "A50、A21");
		});
		assertThat(audit(rule(RuleKind.DEPARTMENT), acupunctureByMedicine, claim)).isEmpty();
	}

	@Test
	void whatAVisitBillsOfAnItemBeyondItsMostIsQuestionedOnItsLastLine() {
		KnowledgeBase kb = kb(restriction("001108000020000").maxAmount("300").build());
		Claim above = Claims.inpatient()
			.line("001108000020000", ItemKind.CONSULTATION, LocalDate.of(2026, 3, 2), "1", "150")
			.line("001108000020000", ItemKind.CONSULTATION, LocalDate.of(2026, 3, 4), "2", "150")
			.build();
		Claim within = Claims.inpatient()
			.line("001108000020000", ItemKind.CONSULTATION, LocalDate.of(2026, 3, 2), "2", "150")
			.build();
		assertThat(audit(rule(RuleKind.MAX_AMOUNT), kb, above)).singleElement().satisfies(v -> {
			assertThat(v.lineId()).isEqualTo("L2");
			assertThat(v.amount()).isEqualByComparingTo("150.00");
			assertThat(v.reasonArgs()).containsExactly("项目001108000020000", "450.00", "300.00");
		});
		assertThat(audit(rule(RuleKind.MAX_AMOUNT), kb, within)).isEmpty();
	}

}
