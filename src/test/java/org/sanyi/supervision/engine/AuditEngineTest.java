package org.sanyi.supervision.engine;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sanyi.supervision.engine.Claims.kb;
import static org.sanyi.supervision.engine.Claims.restriction;

/**
 * The engine applies a rule only at its stages, scenes, levels and schemes; parameters
 * are typed.
 */
class AuditEngineTest {

	final KnowledgeBase kb = kb(restriction("311201002").sex(Sex.FEMALE).build());

	final Claim manInHospital = Claims.inpatient()
		.level(2)
		.sex(Sex.MALE)
		.line("311201002", ItemKind.TREATMENT, "1", "20")
		.build();

	@Test
	void aRuleRunsOnlyAtItsStagesScenesAndLevels() {
		Rule postOnly = rule(Set.of(), Set.of(), EnumSet.of(Stage.POST));
		Rule outpatientOnly = rule(Set.of(), Set.of(Scene.OUTPATIENT), EnumSet.allOf(Stage.class));
		Rule thirdLevelOnly = rule(Set.of(3), Set.of(), EnumSet.allOf(Stage.class));
		Rule everywhere = rule(Set.of(), Set.of(), EnumSet.allOf(Stage.class));
		RuleBook book = new RuleBook(1, 1, List.of(postOnly, outpatientOnly, thirdLevelOnly, everywhere), kb);
		assertThat(AuditEngine.audit(book, manInHospital, History.NONE, Stage.IN)).extracting(Violation::ruleId)
			.containsExactly("everywhere");
		assertThat(AuditEngine.audit(book, manInHospital, History.NONE, Stage.POST)).extracting(Violation::ruleId)
			.containsExactly("post", "everywhere");
	}

	@Test
	void aRuleLimitedToSchemesRunsOnTheirClaimsAndOnClaimsOfUnknownScheme() {
		Rule employeesOnly = new Rule("employees", "employees", RuleKind.SEX, Category.POLICY, ResultType.DEFINITE,
				TimeWindow.VISIT, Set.of(), Set.of(), EnumSet.allOf(Stage.class), Severity.HIGH, false, Map.of(),
				Set.of("310"));
		RuleBook book = new RuleBook(1, 1, List.of(employeesOnly), kb);
		assertThat(AuditEngine.audit(book, manInHospital.withInsutype("310"), History.NONE, Stage.POST)).hasSize(1);
		assertThat(AuditEngine.audit(book, manInHospital.withInsutype("390"), History.NONE, Stage.POST)).isEmpty();
		// a claim whose scheme is not known is checked (the fund's side)
		assertThat(AuditEngine.audit(book, manInHospital, History.NONE, Stage.POST)).hasSize(1);
	}

	@Test
	void aRuleLimitedToInstitutionTypesRunsOnlyThereAndWhereTheTypeIsNotKnown() {
		Rule hospitalsOnly = new Rule("hospitals", "hospitals", RuleKind.SEX, Category.POLICY, ResultType.DEFINITE,
				TimeWindow.VISIT, Set.of(), Set.of(), EnumSet.allOf(Stage.class), Severity.HIGH, false, Map.of(),
				Set.of(), EnumSet.of(InstitutionType.GENERAL, InstitutionType.TCM));
		RuleBook book = new RuleBook(1, 1, List.of(hospitalsOnly), kb);
		assertThat(AuditEngine.audit(book, manInHospital.withInstitutionType(InstitutionType.GENERAL), History.NONE,
				Stage.POST))
			.hasSize(1);
		assertThat(AuditEngine.audit(book, manInHospital.withInstitutionType(InstitutionType.TCM), History.NONE,
				Stage.PRE))
			.hasSize(1);
		assertThat(AuditEngine.audit(book, manInHospital.withInstitutionType(InstitutionType.PRIMARY), History.NONE,
				Stage.POST))
			.isEmpty();
		assertThat(AuditEngine.audit(book, manInHospital.withInstitutionType(InstitutionType.PHARMACY), History.NONE,
				Stage.IN))
			.isEmpty();
		// an institution the registry does not know is checked (the fund's side)
		assertThat(AuditEngine.audit(book, manInHospital, History.NONE, Stage.POST)).hasSize(1);
		// a rule tried on a sample claim runs whatever the claim's institution
		assertThat(AuditEngine.test(hospitalsOnly, kb, manInHospital.withInstitutionType(InstitutionType.PHARMACY),
				History.NONE))
			.hasSize(1);
	}

	@Test
	void aParameterOfTheWrongTypeOrUnknownToTheKindIsRefusedByName() {
		assertThat(RuleKind.SPLIT_ADMISSION.problemOf(Map.of("days", "fifteen"))).contains("days");
		assertThat(RuleKind.SPLIT_ADMISSION.problemOf(Map.of("planned", "Z51,Z50"))).isEmpty();
		assertThat(RuleKind.SEX.problemOf(Map.of("max_age", "3"))).contains("max_age");
		assertThat(RuleKind.OVER_PURCHASE.problemOf(Map.of("ratio", "-1"))).contains("ratio");
		assertThatThrownBy(() -> Claims.rule(RuleKind.CHILD, "max_age", "x")).hasMessageContaining("max_age");
	}

	@Test
	void definiteViolationsSuggestRefusingPaymentAndSuspiciousOnesAReview() {
		Violation v = AuditEngine.test(Claims.rule(RuleKind.SEX), kb, manInHospital, History.NONE).getFirst();
		assertThat(v.action()).isEqualTo(Violation.SuggestedAction.REFUSE_PAYMENT);
		assertThat(v.severity().code()).isEqualTo("3");
	}

	private static Rule rule(Set<Integer> levels, Set<Scene> scenes, Set<Stage> stages) {
		String id = stages.size() == 1 ? "post"
				: !scenes.isEmpty() ? "outpatient" : !levels.isEmpty() ? "level3" : "everywhere";
		return new Rule(id, id, RuleKind.SEX, Category.POLICY, ResultType.DEFINITE, TimeWindow.VISIT, levels, scenes,
				stages, Severity.HIGH, false, Map.of());
	}

}
