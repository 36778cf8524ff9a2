package org.sanyi.monitoring.indicator;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.sanyi.monitoring.engine.IndicatorDefinition;
import org.sanyi.monitoring.engine.Vocabulary;
import org.sanyi.shared.facts.Dimensions;
import org.sanyi.shared.review.ReviewStatus;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shipped 三医联动 set reads, in its order, against elements carrying the national
 * dimensions.
 */
class ShippedIndicatorsTest {

	static final Set<String> ALL = Set.of(Dimensions.FEE_CATEGORY, Dimensions.MED_TYPE, Dimensions.CLR_TYPE,
			Dimensions.INSUTYPE, Dimensions.IN_COUNTY, Dimensions.IN_REGION, Dimensions.AGE_BAND, Dimensions.SEX,
			Dimensions.PERSON_COUNTY);

	@Test
	void everyShippedDefinitionParsesAndReferencesOnlyIndicatorsShippedBeforeIt() {
		Vocabulary vocabulary = new Vocabulary(
				Map.ofEntries(Map.entry(ShippedIndicators.FEE, ALL), Map.entry(ShippedIndicators.FUND_PAID, ALL),
						Map.entry(ShippedIndicators.CASH_PAID, ALL), Map.entry(ShippedIndicators.VISITS, ALL),
						Map.entry(ShippedIndicators.BED_DAYS, ALL), Map.entry(ShippedIndicators.SETTLEMENTS, ALL),
						Map.entry(ShippedIndicators.DRG_FUND, Set.of()),
						Map.entry(ShippedIndicators.DRG_FFS_FUND, Set.of()),
						Map.entry(ShippedIndicators.DRG_RW, Set.of()), Map.entry(ShippedIndicators.DRG_CASES, Set.of()),
						Map.entry(ShippedIndicators.BUDGET, Set.of(Dimensions.INSUTYPE)),
						Map.entry(ShippedIndicators.BUDGET_SPEND, Set.of(Dimensions.INSUTYPE)),
						Map.entry(ShippedIndicators.FD_CONTRACTS, Set.of("key_population", "renewal")),
						Map.entry(ShippedIndicators.FD_POPULATION, Set.of("key_population")),
						Map.entry(ShippedIndicators.SUP_SUSPICIOUS_AMOUNT, Set.of("rule_id", "result_type")),
						Map.entry(ShippedIndicators.SUP_FLAGGED, Set.of()),
						Map.entry(ShippedIndicators.SUP_DEDUCTED, Set.of("rule_id"))),
				Set.of("primary", "hospital", "medical"), Set.of());
		Map<String, IndicatorDefinition> library = new HashMap<>();

		for (DefinitionRow row : ShippedIndicators.definitions()) {
			library.put(row.code(), new org.sanyi.monitoring.engine.DefinitionChecker(vocabulary)
				.check(IndicatorService.draft(row), library));
			assertThat(row.status()).isEqualTo(ReviewStatus.APPROVED);
			assertThat(row.setList()).isNotEmpty();
		}

		assertThat(library).hasSize(ShippedIndicators.definitions().size())
			.containsKeys("drug_ratio", "service_income_ratio", "inpatient_cost_growth", "primary_care_share",
					"drg_settle_rate", "cmi", "budget_execution", "fd_contract_rate", "fd_key_contract_rate",
					"fund_suspicious_amount", "fund_recovered_amount", "fund_violation_rate");
	}

	/**
	 * 药占比 and the other shares of 医疗收入 divide the medical institutions' fees only: every
	 * fee they name is narrowed to {@code institution=medical}, so a retail pharmacy's
	 * sales count neither above nor below the line. Version 2 (version 1 read all fees).
	 */
	@Test
	void theIncomeStructureSharesLeaveTheRetailPharmaciesOut() {
		Map<String, DefinitionRow> byCode = new HashMap<>();
		ShippedIndicators.definitions().forEach(row -> byCode.put(row.code(), row));

		for (String code : Set.of("drug_ratio", "consumable_ratio", "drug_consumable_ratio", "service_income_ratio",
				"exam_lab_ratio")) {
			DefinitionRow row = byCode.get(code);
			assertThat(row.version()).as(code).isEqualTo(2);
			for (String expression : new String[] { row.numerator(), row.denominator() }) {
				assertThat(java.util.Arrays.stream(expression.split("#\\{")).skip(1).toList()).as(expression)
					.isNotEmpty()
					.allSatisfy(element -> assertThat(element).startsWith(ShippedIndicators.FEE)
						.contains("institution=medical]"));
			}
		}
		assertThat(byCode.get("fund_pay_ratio").denominator()).isEqualTo("#{" + ShippedIndicators.FEE + "}");
		assertThat(byCode.get("fund_pay_ratio").version()).isEqualTo(1);
	}

}
