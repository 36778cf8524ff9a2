package org.sanyi.supervision.engine;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sanyi.supervision.engine.Claims.DAY;
import static org.sanyi.supervision.engine.Claims.audit;
import static org.sanyi.supervision.engine.Claims.rule;

/** 分解住院, 挂床住院, 住院天数异常, 高频购药, 超量购药. */
class StayAndPurchaseRulesTest {

	@Test
	void readmissionWithinFifteenDaysWithARelatedDiagnosisIsASplitAdmission() {
		Claim second = Claims.inpatient()
			.visit("V2")
			.stay(DAY, DAY.plusDays(5))
			.diagnoses("I63.900")
			.line("110900001", ItemKind.BED, DAY, "5", "45")
			.build();
		History earlier = new History(List.of(new History.Stay("V1", DAY.minusDays(20), DAY.minusDays(10), "I63.800")),
				List.of());
		assertThat(audit(rule(RuleKind.SPLIT_ADMISSION), KnowledgeBase.EMPTY, second, earlier)).singleElement()
			.satisfies(v -> {
				assertThat(v.lineId()).isNull();
				assertThat(v.amount()).isEqualByComparingTo("225.00");
				assertThat(v.reasonArgs()).containsExactly("V1", "10", "I63");
			});
	}

	@Test
	void readmissionAfterSixteenDaysAnUnrelatedDiagnosisOrAPlannedCycleIsNoSplitAdmission() {
		Claim second = Claims.inpatient().visit("V2").stay(DAY, DAY.plusDays(5)).diagnoses("I63.900").build();
		History late = new History(List.of(new History.Stay("V1", DAY.minusDays(30), DAY.minusDays(16), "I63.800")),
				List.of());
		History unrelated = new History(List.of(new History.Stay("V1", DAY.minusDays(9), DAY.minusDays(3), "K80.200")),
				List.of());
		Claim chemo = Claims.inpatient().visit("V2").stay(DAY, DAY.plusDays(2)).diagnoses("Z51.100").build();
		History chemoBefore = new History(
				List.of(new History.Stay("V1", DAY.minusDays(23), DAY.minusDays(21), "Z51.100")), List.of());
		assertThat(audit(rule(RuleKind.SPLIT_ADMISSION), KnowledgeBase.EMPTY, second, late)).isEmpty();
		assertThat(audit(rule(RuleKind.SPLIT_ADMISSION), KnowledgeBase.EMPTY, second, unrelated)).isEmpty();
		assertThat(audit(rule(RuleKind.SPLIT_ADMISSION), KnowledgeBase.EMPTY, chemo, chemoBefore)).isEmpty();
	}

	@Test
	void threeConsecutiveDaysOfBedAndNursingOnlyAreBedHolding() {
		Claims.Builder b = Claims.inpatient()
			.stay(DAY, DAY.plusDays(6))
			.line("XJ01", ItemKind.WESTERN_DRUG, DAY, "1", "10");
		for (int d = 1; d <= 4; d++) {
			b.line("110900001", ItemKind.BED, DAY.plusDays(d), "1", "45")
				.line("120100001", ItemKind.NURSING, DAY.plusDays(d), "1", "30");
		}
		b.line("250101001", ItemKind.LAB, DAY.plusDays(5), "1", "20");
		assertThat(audit(rule(RuleKind.BED_HOLDING), KnowledgeBase.EMPTY, b.build())).singleElement().satisfies(v -> {
			assertThat(v.amount()).isEqualByComparingTo("300.00");
			assertThat(v.reasonArgs()).containsExactly(DAY.plusDays(1).toString(), "4");
		});
	}

	@Test
	void bedDaysInterruptedByTreatmentAreNoBedHolding() {
		Claims.Builder b = Claims.inpatient().stay(DAY, DAY.plusDays(6));
		for (int d = 0; d < 6; d++) {
			b.line("110900001", ItemKind.BED, DAY.plusDays(d), "1", "45");
			if (d % 2 == 0) {
				b.line("310701001", ItemKind.TREATMENT, DAY.plusDays(d), "1", "12");
			}
		}
		assertThat(audit(rule(RuleKind.BED_HOLDING), KnowledgeBase.EMPTY, b.build())).isEmpty();
	}

	@Test
	void aStayLongerThanTheLimitPutsTheLaterDaysInQuestion() {
		Claim longStay = Claims.inpatient()
			.stay(DAY, DAY.plusDays(70))
			.line("110900001", ItemKind.BED, DAY.plusDays(1), "1", "45")
			.line("110900001", ItemKind.BED, DAY.plusDays(65), "1", "45")
			.build();
		Claim normal = Claims.inpatient()
			.stay(DAY, DAY.plusDays(20))
			.line("110900001", ItemKind.BED, "1", "45")
			.build();
		assertThat(audit(rule(RuleKind.LONG_STAY), KnowledgeBase.EMPTY, longStay)).singleElement()
			.satisfies(v -> assertThat(v.amount()).isEqualByComparingTo("45.00"));
		assertThat(audit(rule(RuleKind.LONG_STAY), KnowledgeBase.EMPTY, normal)).isEmpty();
	}

	@Test
	void theFifthPurchaseOfADrugInAMonthIsHighFrequency() {
		History four = new History(List.of(),
				List.of(purchase("V1", 1, 7), purchase("V2", 5, 7), purchase("V3", 9, 7), purchase("V4", 12, 7)));
		Claim fifth = Claims.outpatient().visit("V5").drug("XC09", DAY.withDayOfMonth(20), 7, "14").build();
		assertThat(audit(rule(RuleKind.FREQUENT_PURCHASE), KnowledgeBase.EMPTY, fifth, four)).singleElement()
			.satisfies(v -> assertThat(v.reasonArgs()).containsExactly("项目XC09", "5", "4"));
	}

	@Test
	void fourPurchasesInAMonthOrPurchasesInOtherMonthsAreNotHighFrequency() {
		History three = new History(List.of(), List.of(purchase("V1", 1, 7), purchase("V2", 5, 7),
				new History.Purchase("V3", "XC09", DAY.minusMonths(1), 7)));
		Claim claim = Claims.outpatient().visit("V5").drug("XC09", DAY.withDayOfMonth(20), 7, "14").build();
		assertThat(audit(rule(RuleKind.FREQUENT_PURCHASE), KnowledgeBase.EMPTY, claim, three)).isEmpty();
	}

	@Test
	void highFrequencyCountsInTheRulesWindow() {
		// three earlier purchases: two this month, one in the first month of the year
		History earlier = new History(List.of(), List.of(purchase("V1", 1, 7), purchase("V2", 5, 7),
				new History.Purchase("V3", "XC09", DAY.withMonth(1).withDayOfMonth(3), 7)));
		Claim claim = Claims.outpatient().visit("V5").drug("XC09", DAY.withDayOfMonth(20), 7, "14").build();
		Rule monthly = rule(RuleKind.FREQUENT_PURCHASE, "max_per_month", "2");
		assertThat(audit(monthly, KnowledgeBase.EMPTY, claim, earlier)).singleElement()
			.satisfies(v -> assertThat(v.reasonArgs()).containsExactly("项目XC09", "3", "2"));
		Rule yearly = new Rule(monthly.ruleId(), monthly.name(), monthly.kind(), monthly.category(), monthly.result(),
				TimeWindow.YEAR, monthly.levels(), monthly.scenes(), monthly.stages(), monthly.severity(), false,
				Map.of("max_per_month", "3"));
		assertThat(audit(yearly, KnowledgeBase.EMPTY, claim, earlier)).singleElement().satisfies(v -> {
			assertThat(v.reasonKey()).isEqualTo("supervision.reason.FREQUENT_PURCHASE_YEAR");
			assertThat(v.reasonArgs()).containsExactly("项目XC09", "4", "3");
		});
		Rule daily = new Rule(monthly.ruleId(), monthly.name(), monthly.kind(), monthly.category(), monthly.result(),
				TimeWindow.DAY, monthly.levels(), monthly.scenes(), monthly.stages(), monthly.severity(), false,
				Map.of("max_per_month", "1"));
		assertThat(audit(daily, KnowledgeBase.EMPTY, claim, earlier)).isEmpty();
		History sameDay = new History(List.of(), List.of(purchase("V1", 20, 7)));
		assertThat(audit(daily, KnowledgeBase.EMPTY, claim, sameDay)).singleElement()
			.satisfies(v -> assertThat(v.reasonKey()).isEqualTo("supervision.reason.FREQUENT_PURCHASE_DAY"));
	}

	@Test
	void buyingAgainWhileTheLastSupplyShouldLastIsOverPurchase() {
		History thirtyDays = new History(List.of(), List.of(new History.Purchase("V1", "XC09", DAY, 30)));
		Claim tenDaysLater = Claims.outpatient().visit("V2").drug("XC09", DAY.plusDays(10), 30, "60").build();
		Claim monthLater = Claims.outpatient().visit("V2").drug("XC09", DAY.plusDays(28), 30, "60").build();
		assertThat(audit(rule(RuleKind.OVER_PURCHASE), KnowledgeBase.EMPTY, tenDaysLater, thirtyDays)).hasSize(1);
		assertThat(audit(rule(RuleKind.OVER_PURCHASE), KnowledgeBase.EMPTY, monthLater, thirtyDays)).isEmpty();
	}

	@Test
	void aPurchaseOfUnknownSupplyNeitherAddsDaysNorStretchesTheWindow() {
		// a settled fee line carries no days supplied: bought 20 days before the 30-day
		// supply, it must not make the elapsed time 30 days instead of 10
		History withUnknown = new History(List.of(), List.of(new History.Purchase("V0", "XC09", DAY.minusDays(20), 0),
				new History.Purchase("V1", "XC09", DAY, 30)));
		History onlyUnknown = new History(List.of(), List.of(new History.Purchase("V0", "XC09", DAY, 0)));
		Claim tenDaysLater = Claims.outpatient().visit("V2").drug("XC09", DAY.plusDays(10), 30, "60").build();
		assertThat(audit(rule(RuleKind.OVER_PURCHASE), KnowledgeBase.EMPTY, tenDaysLater, withUnknown)).hasSize(1);
		assertThat(audit(rule(RuleKind.OVER_PURCHASE), KnowledgeBase.EMPTY, tenDaysLater, onlyUnknown)).isEmpty();
	}

	private static History.Purchase purchase(String visit, int day, int days) {
		return new History.Purchase(visit, "XC09", DAY.withDayOfMonth(day), days);
	}

}
