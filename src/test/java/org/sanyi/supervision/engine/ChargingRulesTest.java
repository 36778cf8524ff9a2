package org.sanyi.supervision.engine;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.sanyi.supervision.engine.KnowledgeBase.Bundle;
import org.sanyi.supervision.engine.KnowledgeBase.ExclusivePair;
import org.sanyi.supervision.engine.KnowledgeBase.Substitution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sanyi.supervision.engine.Claims.DAY;
import static org.sanyi.supervision.engine.Claims.audit;
import static org.sanyi.supervision.engine.Claims.rule;

/** 重复收费 (same day; with the bundle), 互斥项目, 分解收费, 串换项目. */
class ChargingRulesTest {

	/** 生化全套 includes 肝功能, 肾功能 and 血糖. */
	final KnowledgeBase bundles = new KnowledgeBase(List.of(), List.of(),
			List.of(new Bundle("250300001", Set.of("250301001", "250302001", "250401001"), new BigDecimal("180"))),
			List.of());

	@Test
	void theSameServiceTwiceOnADayIsADuplicate() {
		Claim claim = Claims.inpatient()
			.line("220600001", ItemKind.EXAM, DAY, "1", "30")
			.line("220600001", ItemKind.EXAM, DAY, "1", "30")
			.build();
		assertThat(audit(rule(RuleKind.DUPLICATE), KnowledgeBase.EMPTY, claim)).singleElement()
			.satisfies(v -> assertThat(v.lineId()).isEqualTo("L2"));
	}

	@Test
	void theSameServiceOnTwoDaysAndTwoPacksOfADrugAreNotDuplicates() {
		Claim claim = Claims.inpatient()
			.line("220600001", ItemKind.EXAM, DAY, "1", "30")
			.line("220600001", ItemKind.EXAM, DAY.plusDays(1), "1", "30")
			.line("XA10", ItemKind.WESTERN_DRUG, DAY, "1", "3")
			.line("XA10", ItemKind.WESTERN_DRUG, DAY, "1", "3")
			.build();
		assertThat(audit(rule(RuleKind.DUPLICATE), KnowledgeBase.EMPTY, claim)).isEmpty();
	}

	@Test
	void aComponentBilledWithItsBundleIsADuplicate() {
		Claim claim = Claims.inpatient()
			.line("250300001", ItemKind.LAB, DAY, "1", "180")
			.line("250301001", ItemKind.LAB, DAY, "1", "80")
			.build();
		assertThat(audit(rule(RuleKind.BUNDLE_DUPLICATE), bundles, claim)).singleElement().satisfies(v -> {
			assertThat(v.lineId()).isEqualTo("L2");
			assertThat(v.amount()).isEqualByComparingTo("80.00");
		});
	}

	@Test
	void aComponentOnAnotherDayThanItsBundleIsNoDuplicate() {
		Claim claim = Claims.inpatient()
			.line("250300001", ItemKind.LAB, DAY, "1", "180")
			.line("250301001", ItemKind.LAB, DAY.plusDays(2), "1", "80")
			.build();
		assertThat(audit(rule(RuleKind.BUNDLE_DUPLICATE), bundles, claim)).isEmpty();
	}

	@Test
	void mutuallyExclusiveItemsOnOneDayFlagTheSecond() {
		KnowledgeBase kb = new KnowledgeBase(List.of(), List.of(new ExclusivePair("120100001", "120100002")), List.of(),
				List.of());
		Claim same = Claims.inpatient()
			.line("120100001", ItemKind.NURSING, DAY, "1", "30")
			.line("120100002", ItemKind.NURSING, DAY, "1", "45")
			.build();
		Claim apart = Claims.inpatient()
			.line("120100001", ItemKind.NURSING, DAY, "1", "30")
			.line("120100002", ItemKind.NURSING, DAY.plusDays(1), "1", "45")
			.build();
		assertThat(audit(rule(RuleKind.EXCLUSIVE), kb, same)).singleElement()
			.satisfies(v -> assertThat(v.lineId()).isEqualTo("L2"));
		assertThat(audit(rule(RuleKind.EXCLUSIVE), kb, apart)).isEmpty();
	}

	@Test
	void componentsBilledSeparatelyAboveTheBundlePriceAreUnbundling() {
		Claim claim = Claims.inpatient()
			.line("250301001", ItemKind.LAB, DAY, "1", "80")
			.line("250302001", ItemKind.LAB, DAY, "1", "60")
			.line("250401001", ItemKind.LAB, DAY, "1", "48")
			.build();
		assertThat(audit(rule(RuleKind.UNBUNDLING), bundles, claim)).singleElement().satisfies(v -> {
			assertThat(v.lineId()).isEqualTo("L1");
			assertThat(v.amount()).isEqualByComparingTo("8.00");
		});
	}

	@Test
	void aSingleComponentOrComponentsCheaperThanTheBundleAreNotUnbundling() {
		Claim one = Claims.inpatient().line("250301001", ItemKind.LAB, DAY, "1", "80").build();
		Claim cheap = Claims.inpatient()
			.line("250301001", ItemKind.LAB, DAY, "1", "80")
			.line("250302001", ItemKind.LAB, DAY, "1", "60")
			.build();
		assertThat(audit(rule(RuleKind.UNBUNDLING), bundles, one)).isEmpty();
		assertThat(audit(rule(RuleKind.UNBUNDLING), bundles, cheap)).isEmpty();
	}

	@Test
	void aCheaperItemBilledUnderADearerCodeIsASubstitution() {
		KnowledgeBase kb = new KnowledgeBase(List.of(), List.of(), List.of(),
				List.of(new Substitution("230500001", "黑白", "230500002", new BigDecimal("40"))));
		Claim swapped = Claims.outpatient().line("230500001", ItemKind.EXAM, DAY, "1", "150", 0, "腹部黑白B超").build();
		Claim genuine = Claims.outpatient().line("230500001", ItemKind.EXAM, DAY, "1", "150", 0, "彩色多普勒超声").build();
		assertThat(audit(rule(RuleKind.SUBSTITUTION), kb, swapped)).singleElement()
			.satisfies(v -> assertThat(v.amount()).isEqualByComparingTo("110.00"));
		assertThat(audit(rule(RuleKind.SUBSTITUTION), kb, genuine)).isEmpty();
	}

}
