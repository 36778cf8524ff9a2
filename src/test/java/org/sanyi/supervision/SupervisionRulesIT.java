package org.sanyi.supervision;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.sanyi.IntegrationTest;
import org.sanyi.security.DataScope;
import org.sanyi.shared.BusinessException;
import org.sanyi.supervision.rules.RuleRow;
import org.sanyi.supervision.rules.RuleService;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Rules and knowledge base through the maker–checker: bad input is refused naming the
 * field or the line and stores nothing; a proposer cannot approve their own version; a
 * region has one pending version of a kind at a time.
 */
@IntegrationTest
class SupervisionRulesIT {

	static final DataScope CITY = DataScope.region("359900");

	/** A county of the demo city no other test proposes for. */
	static final String REGION = "359922";

	@Autowired
	RuleService rules;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aRuleWithAParameterOfTheWrongTypeOrAnUnknownKindIsRefusedByField() {
		RuleRow wrongType = rule("SPLIT_ADMISSION", Map.of("days", "fifteen"));
		assertThatThrownBy(() -> rules.proposeRule(REGION, LocalDate.of(2027, 1, 1), wrongType, "", "ybj", CITY))
			.isInstanceOfSatisfying(BusinessException.class, ex -> {
				assertThat(ex.error()).isEqualTo(SupervisionErrors.INVALID_PARAMETER);
				assertThat(ex.args()).contains("days", "fifteen");
			});
		assertThatThrownBy(() -> rules.proposeRule(REGION, LocalDate.of(2027, 1, 1), rule("NO_SUCH_KIND", Map.of()), "",
				"ybj", CITY))
			.isInstanceOfSatisfying(BusinessException.class, ex -> assertThat(ex.args()).contains("kind"));
		assertThat(versions()).isZero();
	}

	@Test
	void aKnowledgeFileWithABadLineImportsNothingAndNamesEveryLine() {
		String csv = """
				type,code,sex,min_age,max_age,max_days,other,price
				RESTRICTION,311201002,2,,,,,
				RESTRICTION,NO-SUCH-CODE,,,,,,
				RESTRICTION,XA10BAA001,3,,,x,,
				EXCLUSIVE,120100001,,,,,120100002,
				""";
		assertThatThrownBy(
				() -> rules.proposeKnowledge(REGION, LocalDate.of(2027, 1, 1), new StringReader(csv), "", "ybj", CITY))
			.isInstanceOfSatisfying(BusinessException.class, ex -> {
				assertThat(ex.error()).isEqualTo(SupervisionErrors.KNOWLEDGE_FILE_INVALID);
				assertThat(ex.args()[0]).isEqualTo(3);
				assertThat((String) ex.args()[1]).contains("3: code=NO-SUCH-CODE", "4: sex=3", "4: max_days=x");
			});
		assertThat(versions()).isZero();
		assertThat(jdbc
			.sql("select count(*) from sup_kb_entry e join sup_version v on v.id = e.version_id "
					+ "where v.region_code = :r")
			.param("r", REGION)
			.query(Integer.class)
			.single()).isZero();
	}

	@Test
	void aSecondOfficerApprovesAndTheProposerCannot() {
		String region = "359923";
		long id = rules.proposeRule(region, LocalDate.of(2027, 1, 1), rule("LONG_STAY", Map.of("max_days", "45")),
				"县级：住院 45 天", "ybj", CITY);
		assertThatThrownBy(
				() -> rules.proposeRule(region, LocalDate.of(2027, 2, 1), rule("AGE", Map.of()), "", "ybj", CITY))
			.isInstanceOfSatisfying(BusinessException.class,
					ex -> assertThat(ex.error()).isEqualTo(SupervisionErrors.VERSION_PENDING_EXISTS));
		assertThatThrownBy(() -> rules.approve(id, "ybj", "", CITY)).isInstanceOfSatisfying(BusinessException.class,
				ex -> assertThat(ex.error()).isEqualTo(SupervisionErrors.VERSION_REVIEW_OWN));
		rules.approve(id, "ybj_audit", "同意", CITY);
		assertThat(rules.get(id, CITY).status().name()).isEqualTo("APPROVED");
		// the county's version carries the city's rules with the changed one
		// the demo city's 28 rules (24 per visit, 4 over the population) and the county's
		// own
		assertThat(rules.rules(id)).hasSize(29).anySatisfy(r -> {
			assertThat(r.ruleId()).isEqualTo("JG-T1");
			assertThat(r.parameters()).containsEntry("max_days", "45");
		});
	}

	private int versions() {
		return jdbc.sql("select count(*) from sup_version where region_code = :r")
			.param("r", REGION)
			.query(Integer.class)
			.single();
	}

	private static RuleRow rule(String kind, Map<String, String> parameters) {
		return new RuleRow("JG-T1", "测试规则", kind, "MEDICAL", "SUSPICIOUS", "VISIT", "", "INPATIENT", "POST", "LOW",
				false, true, parameters);
	}

}
