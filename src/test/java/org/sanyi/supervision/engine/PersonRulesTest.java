package org.sanyi.supervision.engine;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sanyi.supervision.engine.Claims.DAY;
import static org.sanyi.supervision.engine.Claims.audit;
import static org.sanyi.supervision.engine.Claims.rule;

/** 死亡后就医. */
class PersonRulesTest {

	private static final Rule AFTER_DEATH = rule(RuleKind.AFTER_DEATH);

	@Test
	void aPurchaseAfterTheInsuredPersonDiedIsADefiniteViolationOfTheWholeVisit() {
		Claim purchase = Claims.outpatient()
			.died(DAY.minusDays(12))
			.drug("XC08CAA001A060010100518", DAY, 14, "56.80")
			.drug("XC09CAA001A001010100592", DAY, 14, "6.40")
			.build();
		assertThat(audit(AFTER_DEATH, KnowledgeBase.EMPTY, purchase)).singleElement().satisfies(v -> {
			assertThat(v.kind()).isEqualTo(RuleKind.AFTER_DEATH);
			assertThat(v.result()).isEqualTo(ResultType.DEFINITE);
			assertThat(v.action()).isEqualTo(Violation.SuggestedAction.REFUSE_PAYMENT);
			assertThat(v.lineId()).isNull();
			assertThat(v.amount()).isEqualByComparingTo("63.20");
			assertThat(v.reasonKey()).isEqualTo("supervision.reason.AFTER_DEATH");
			assertThat(v.reasonArgs()).containsExactly(DAY.toString(), DAY.minusDays(12).toString(), "12");
		});
	}

	@Test
	void careOnTheDayOfDeathIsNoViolation() {
		Claim emergency = Claims.outpatient()
			.died(DAY)
			.line("110200001", ItemKind.CONSULTATION, DAY, "1", "10")
			.line("220600001", ItemKind.EXAM, DAY, "1", "30")
			.build();
		assertThat(audit(AFTER_DEATH, KnowledgeBase.EMPTY, emergency)).isEmpty();
	}

	@Test
	void aVisitBeforeTheDeathOrOfAPersonWithoutARegisteredDeathIsNoViolation() {
		Claim before = Claims.outpatient().died(DAY.plusDays(1)).drug("XA10BAA001", DAY, 30, "4.80").build();
		Claim alive = Claims.outpatient().drug("XA10BAA001", DAY, 30, "4.80").build();
		assertThat(audit(AFTER_DEATH, KnowledgeBase.EMPTY, before)).isEmpty();
		assertThat(audit(AFTER_DEATH, KnowledgeBase.EMPTY, alive)).isEmpty();
	}

	@Test
	void inAStayThatEndedWithTheDeathOnlyTheLinesDatedAfterTheDayOfDeathAreInQuestion() {
		Claim stay = Claims.inpatient()
			.stay(DAY.minusDays(4), DAY.plusDays(2))
			.died(DAY)
			.line("110900001", ItemKind.BED, DAY, "1", "45")
			.line("110900001", ItemKind.BED, DAY.plusDays(1), "1", "45")
			.line("120100001", ItemKind.NURSING, DAY.plusDays(2), "1", "30")
			.build();
		List<Violation> found = audit(AFTER_DEATH, KnowledgeBase.EMPTY, stay);
		assertThat(found).extracting(Violation::lineId).containsExactly("L2", "L3");
		assertThat(found).extracting(Violation::amount).map(Object::toString).containsExactly("45.00", "30.00");
		assertThat(found.getFirst().reasonKey()).isEqualTo("supervision.reason.AFTER_DEATH.LINE");
	}

	@Test
	void theRuleRunsAtEveryStageOfAVisitAfterDeath() {
		RuleBook book = new RuleBook(1, 1, List.of(AFTER_DEATH), KnowledgeBase.EMPTY);
		Claim purchase = Claims.outpatient().died(DAY.minusDays(1)).drug("XA10BAA001", DAY, 30, "4.80").build();
		for (Stage stage : Stage.values()) {
			assertThat(AuditEngine.audit(book, purchase, History.NONE, stage)).as(stage.name()).hasSize(1);
		}
	}

}
