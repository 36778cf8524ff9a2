package org.sanyi.supervision.rules;

import java.io.StringReader;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.sanyi.shared.BusinessException;
import org.sanyi.supervision.SupervisionErrors;
import org.sanyi.supervision.engine.InstitutionType;
import org.sanyi.supervision.engine.TimeWindow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A stored rule's time window must be one its kind is evaluated in; its schemes are
 * national insutype codes, its institution types the template's.
 */
class RuleMappingTest {

	@Test
	void aWindowTheKindCannotBeEvaluatedInIsRefusedNamingTheField() {
		assertThatThrownBy(() -> RuleMapping.rule(row("SEX", "MONTH", Map.of())))
			.isInstanceOfSatisfying(BusinessException.class, ex -> {
				assertThat(ex.error()).isEqualTo(SupervisionErrors.INVALID_FIELD);
				assertThat(ex.args()).containsExactly("time_window", "MONTH");
			});
		assertThatThrownBy(() -> RuleMapping.rule(row("DUPLICATE", "VISIT", Map.of()))).isInstanceOfSatisfying(
				BusinessException.class, ex -> assertThat(ex.args()).containsExactly("time_window", "VISIT"));
		assertThatThrownBy(() -> RuleMapping.rule(row("FREQUENT_PURCHASE", "VISIT", Map.of())))
			.isInstanceOf(BusinessException.class);
	}

	@Test
	void highFrequencyTakesADayAMonthOrAYear() {
		for (String window : new String[] { "DAY", "MONTH", "YEAR", "INSURANCE_YEAR" }) {
			assertThat(RuleMapping.rule(row("FREQUENT_PURCHASE", window, Map.of("max_per_month", "4"))).window())
				.isEqualTo(TimeWindow.valueOf(window));
		}
		assertThat(RuleMapping.rule(row("SHARED_PHONE", "YEAR", Map.of())).window()).isEqualTo(TimeWindow.YEAR);
	}

	@Test
	void schemesAreNationalInsutypeCodesAndTheLogicIsKept() {
		RuleRow employees = new RuleRow("JG900", "测试规则", "SEX", "POLICY", "DEFINITE", "VISIT", "", "", "POST", "HIGH",
				false, true, Map.of(), "310,340", "限定性别的项目用于另一性别的患者");
		assertThat(RuleMapping.rule(employees).schemes()).containsExactlyInAnyOrder("310", "340");
		assertThat(employees.logic()).isEqualTo("限定性别的项目用于另一性别的患者");
		RuleRow unknown = new RuleRow("JG900", "测试规则", "SEX", "POLICY", "DEFINITE", "VISIT", "", "", "POST", "HIGH",
				false, true, Map.of(), "310,999", "");
		assertThatThrownBy(() -> RuleMapping.rule(unknown)).isInstanceOfSatisfying(BusinessException.class,
				ex -> assertThat(ex.args()).containsExactly("schemes", "310,999"));
	}

	@Test
	void institutionTypesAreTheTemplatesTypesAndAnUnknownOneIsRefusedNamingTheField() {
		RuleRow hospitals = new RuleRow("JG900", "测试规则", "LEVEL", "POLICY", "DEFINITE", "VISIT", "2,3", "", "POST",
				"HIGH", false, true, Map.of(), "", "", "GENERAL,TCM,SPECIALTY");
		assertThat(RuleMapping.rule(hospitals).types()).containsExactlyInAnyOrder(InstitutionType.GENERAL,
				InstitutionType.TCM, InstitutionType.SPECIALTY);
		assertThat(RuleMapping.rule(row("SEX", "VISIT", Map.of())).types()).isEmpty();
		RuleRow clinic = new RuleRow("JG900", "测试规则", "LEVEL", "POLICY", "DEFINITE", "VISIT", "", "", "POST", "HIGH",
				false, true, Map.of(), "", "", "GENERAL,CLINIC");
		assertThatThrownBy(() -> RuleMapping.rule(clinic)).isInstanceOfSatisfying(BusinessException.class, ex -> {
			assertThat(ex.error()).isEqualTo(SupervisionErrors.INVALID_FIELD);
			assertThat(ex.args()).containsExactly("types", "CLINIC");
		});
	}

	@Test
	void aRulesCsvCarriesTheTypesColumnAndNamesTheLineOfABadOne() {
		String header = "rule_id,name,kind,category,result_type,time_window,levels,scenes,stages,severity,blocking,"
				+ "parameters,schemes,logic,types\n";
		List<RuleRow> read = RulesCsv
			.read(new StringReader(header + "JG004,限医疗机构级别用药,LEVEL,POLICY,DEFINITE,VISIT,,,PRE|IN|POST,MEDIUM,false,,,,"
					+ "GENERAL|TCM|SPECIALTY|PRIMARY\n"));
		assertThat(read).singleElement()
			.satisfies(r -> assertThat(r.types()).isEqualTo("GENERAL,TCM,SPECIALTY,PRIMARY"));
		assertThatThrownBy(() -> RulesCsv.read(new StringReader(
				header + "JG004,限医疗机构级别用药,LEVEL,POLICY,DEFINITE,VISIT,,,PRE|IN|POST,MEDIUM,false,,,,GENERAL\n"
						+ "JG021,住院天数异常,LONG_STAY,MEDICAL,SUSPICIOUS,VISIT,,INPATIENT,POST,LOW,false,,,,HOSPITAL\n")))
			.isInstanceOfSatisfying(BusinessException.class,
					ex -> assertThat(ex.args()).containsExactly("line 3", "JG021 [types, HOSPITAL]"));
	}

	private static RuleRow row(String kind, String window, Map<String, String> parameters) {
		return new RuleRow("JG900", "测试规则", kind, "MANAGEMENT", "SUSPICIOUS", window, "", "", "POST", "MEDIUM", false,
				true, parameters);
	}

}
