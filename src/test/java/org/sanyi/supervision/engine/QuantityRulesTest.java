package org.sanyi.supervision.engine;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sanyi.supervision.engine.Claims.DAY;
import static org.sanyi.supervision.engine.Claims.audit;
import static org.sanyi.supervision.engine.Claims.kb;
import static org.sanyi.supervision.engine.Claims.restriction;
import static org.sanyi.supervision.engine.Claims.rule;

/** 超频次 and 超疗程. */
class QuantityRulesTest {

	@Test
	void unitsAboveTheDailyMaximumAreInQuestionAtTheirPrice() {
		KnowledgeBase kb = kb(restriction("250401001").maxPerDay("2").build());
		Claim claim = Claims.inpatient()
			.line("250401001", ItemKind.LAB, DAY, "2", "8")
			.line("250401001", ItemKind.LAB, DAY, "3", "8")
			.build();
		assertThat(audit(rule(RuleKind.FREQUENCY), kb, claim)).singleElement().satisfies(v -> {
			assertThat(v.lineId()).isEqualTo("L2");
			assertThat(v.amount()).isEqualByComparingTo("24.00");
		});
	}

	@Test
	void theDailyMaximumCountsPerDay() {
		KnowledgeBase kb = kb(restriction("250401001").maxPerDay("2").build());
		Claim claim = Claims.inpatient()
			.line("250401001", ItemKind.LAB, DAY, "2", "8")
			.line("250401001", ItemKind.LAB, DAY.plusDays(1), "2", "8")
			.build();
		assertThat(audit(rule(RuleKind.FREQUENCY), kb, claim)).isEmpty();
	}

	@Test
	void daysBeyondTheCourseAreInQuestion() {
		KnowledgeBase kb = kb(restriction("XN07XXA001").course(14).build());
		Claims.Builder b = Claims.inpatient().stay(DAY, DAY.plusDays(20));
		for (int d = 0; d < 16; d++) {
			b.line("XN07XXA001", ItemKind.WESTERN_DRUG, DAY.plusDays(d), "1", "28");
		}
		var hits = audit(rule(RuleKind.COURSE), kb, b.build());
		assertThat(hits).extracting(Violation::lineId).containsExactly("L15", "L16");
		assertThat(hits).allSatisfy(v -> assertThat(v.amount()).isEqualByComparingTo("28.00"));
	}

	@Test
	void aCourseWithinItsLimitPasses() {
		KnowledgeBase kb = kb(restriction("XN07XXA001").course(14).build());
		Claims.Builder b = Claims.inpatient().stay(DAY, DAY.plusDays(20));
		for (int d = 0; d < 14; d++) {
			b.line("XN07XXA001", ItemKind.WESTERN_DRUG, DAY.plusDays(d), "2", "28");
		}
		assertThat(audit(rule(RuleKind.COURSE), kb, b.build())).isEmpty();
	}

}
