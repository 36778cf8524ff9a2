package org.sanyi.monitoring;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.sanyi.IntegrationTest;
import org.sanyi.monitoring.engine.Factor;
import org.sanyi.monitoring.indicator.DefinitionRow;
import org.sanyi.monitoring.indicator.IndicatorProposal;
import org.sanyi.monitoring.indicator.IndicatorService;
import org.sanyi.shared.BusinessException;
import org.sanyi.shared.review.ReviewStatus;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Indicator definitions as reviewed data: checked before anything is saved, approved by a
 * second officer.
 */
@IntegrationTest
class IndicatorDefinitionsIT {

	@Autowired
	IndicatorService indicators;

	@Autowired
	JdbcClient jdbc;

	static IndicatorProposal proposal(String code, String numerator, String denominator) {
		return new IndicatorProposal(code, "测试指标", "Test indicator", List.of("REFORM"), numerator, denominator,
				"PERCENT", "", false, "2", "DOWN", "");
	}

	long rows() {
		return jdbc.sql("select count(*) from mon_indicator").query(Long.class).single();
	}

	@Test
	void everyShippedDefinitionParsesAgainstTheCataloguesOfThePlatform() {
		assertThat(indicators.library().keySet()).containsAll(indicators.approved().keySet())
			.contains("drug_ratio", "consumable_ratio", "drug_consumable_ratio", "service_income_ratio",
					"outpatient_cost", "inpatient_cost", "outpatient_cost_growth", "inpatient_cost_growth",
					"average_stay", "fund_pay_ratio", "out_of_pocket_ratio", "in_county_inpatient_share",
					"primary_care_share", "out_of_region_share", "fund_paid", "settlements");
	}

	@Test
	void aProposalNamingAnUnknownElementIsRefusedWithItsColumnAndNothingIsSaved() {
		long before = rows();

		assertThatThrownBy(
				() -> indicators.propose(proposal("it_unknown", "#{ins.fee} + #{ins.nothing}", "#{ins.fee}"), "wjw"))
			.isInstanceOfSatisfying(BusinessException.class, ex -> {
				assertThat(ex.error()).isEqualTo(MonitoringErrors.UNKNOWN_ELEMENT);
				assertThat(ex.args()[1]).isEqualTo(16);
				assertThat(ex.args()[2]).isEqualTo("ins.nothing");
			});
		assertThat(rows()).isEqualTo(before);
	}

	@Test
	void aNewVersionThatWouldMakeIndicatorsReferToEachOtherIsRefused() {
		long before = rows();

		assertThatThrownBy(() -> indicators.propose(new IndicatorProposal("inpatient_cost", "住院次均费用", "Inpatient cost",
				List.of("REFORM"), "#{ins.fee[clr_type=21]}", "1 + I{inpatient_cost_growth}", "NUMBER", "YUAN", false,
				"2", "NONE", ""), "wjw"))
			.isInstanceOfSatisfying(BusinessException.class, ex -> {
				assertThat(ex.error()).isEqualTo(MonitoringErrors.INDICATOR_CYCLE);
				assertThat(ex.args()[1]).isEqualTo(5);
				assertThat(ex.args()[2]).isEqualTo("inpatient_cost → inpatient_cost_growth → inpatient_cost");
			});
		assertThat(rows()).isEqualTo(before);
	}

	@Test
	void aSecondOfficerApprovesAndTheApprovedVersionReplacesTheOneBefore() {
		long v1 = indicators.propose(proposal("it_materials", "#{ins.fee[fee_category=08]}", "#{ins.fee}"), "wjw");
		assertThatThrownBy(() -> indicators.approve(v1, "wjw", "")).isInstanceOfSatisfying(BusinessException.class,
				ex -> assertThat(ex.error()).isEqualTo(MonitoringErrors.REVIEW_OWN));
		indicators.approve(v1, "wjw_county", "ok");
		assertThat(indicators.library()).containsKey("it_materials");

		long v2 = indicators.propose(proposal("it_materials", "#{ins.fee[fee_category=08]} * 2", "#{ins.fee}"), "wjw");
		assertThatThrownBy(() -> indicators.propose(proposal("it_materials", "#{ins.fee}", "#{ins.fee}"), "wjw"))
			.isInstanceOfSatisfying(BusinessException.class,
					ex -> assertThat(ex.error()).isEqualTo(MonitoringErrors.PENDING_EXISTS));
		indicators.approve(v2, "wjw_county", "");

		assertThat(indicators.get(v1).status()).isEqualTo(ReviewStatus.SUPERSEDED);
		assertThat(indicators.get(v2).status()).isEqualTo(ReviewStatus.APPROVED);
		assertThat(indicators.get(v2).version()).isEqualTo(2);
		assertThat(indicators.approved().get("it_materials").numerator()).endsWith("* 2");
		assertThatThrownBy(() -> indicators.reject(v2, "wjw_county", "")).isInstanceOfSatisfying(
				BusinessException.class, ex -> assertThat(ex.error()).isEqualTo(MonitoringErrors.NOT_PENDING));
	}

	static DefinitionRow shipped(String code, int version, String numerator) {
		return new DefinitionRow(0, code, version, "测试指标", "Test indicator", "REFORM", numerator, "#{ins.fee}",
				Factor.PERCENT, "", false, 2, "DOWN", "", ReviewStatus.APPROVED, "system", null, null, null, null);
	}

	List<String> statuses(String code) {
		return jdbc.sql("select version || ' ' || status from mon_indicator where code = :c order by version")
			.param("c", code)
			.query(String.class)
			.list();
	}

	/**
	 * A release that revises a shipped definition (药占比 leaving the pharmacies out)
	 * replaces the platform's own version on an existing database; a definition a
	 * regulator has proposed a version of is theirs and stays as it is.
	 */
	@Test
	void aReleaseRevisesTheShippedVersionNobodyTouchedAndLeavesARegulatorsAlone() {
		assertThat(indicators.ship(List.of(shipped("it_shipped", 1, "#{ins.fee[fee_category=08]}")))).isEqualTo(1);
		assertThat(indicators.ship(List.of(shipped("it_shipped", 1, "#{ins.fee[fee_category=08]}")))).isZero();

		assertThat(
				indicators.ship(List.of(shipped("it_shipped", 2, "#{ins.fee[fee_category=08,institution=medical]}"))))
			.isEqualTo(1);

		assertThat(statuses("it_shipped")).containsExactly("1 SUPERSEDED", "2 APPROVED");
		assertThat(indicators.approved().get("it_shipped").numerator()).contains("institution=medical");
		assertThat(indicators.library()).containsKey("it_shipped");

		indicators.ship(List.of(shipped("it_edited", 1, "#{ins.fee[fee_category=08]}")));
		long edit = indicators.propose(proposal("it_edited", "#{ins.fee[fee_category=08]} * 2", "#{ins.fee}"), "wjw");
		indicators.approve(edit, "wjw_county", "");

		assertThat(indicators.ship(List.of(shipped("it_edited", 3, "#{ins.fee[fee_category=08,institution=medical]}"))))
			.isZero();
		assertThat(statuses("it_edited")).containsExactly("1 SUPERSEDED", "2 APPROVED");
		assertThat(indicators.approved().get("it_edited").numerator()).endsWith("* 2");
	}

}
