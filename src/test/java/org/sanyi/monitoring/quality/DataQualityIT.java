package org.sanyi.monitoring.quality;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.sanyi.HttpSession;
import org.sanyi.IntegrationTest;
import org.sanyi.monitoring.quality.QualityRepository.Violation;
import org.sanyi.monitoring.report.ReportFormsIT;
import org.sanyi.monitoring.report.ReportService;
import org.sanyi.security.DataScope;
import org.sanyi.shared.BusinessException;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Validation rules run when a report is approved; violations are listed, followed up and
 * exported; the demo's slips are found.
 */
@IntegrationTest
class DataQualityIT {

	static final String HOSPITAL = "H35992100001";

	static final DataScope CLERK = DataScope.institution(HOSPITAL, "359921");

	static final DataScope COUNTY = DataScope.region("359921");

	@LocalServerPort
	int port;

	@Autowired
	ReportService reports;

	@Autowired
	QualityService quality;

	@Autowired
	QualityScores scores;

	@Test
	void partsAboveTheirTotalAreFoundOnApprovalAndFollowedUpByTheCounty() {
		Map<String, String> month = new HashMap<>(ReportFormsIT.month());
		// 60,000,000 + 15,000,000 + 45,000,000 = 120,000,000 > 100,000,000
		month.put("revenue_medical", "100000000");
		month.put("revenue_drug", "60000000");
		long id = reports.save(ReportService.HOSPITAL_MONTHLY, HOSPITAL, "2025-08", month, true, "doctor", CLERK);

		reports.approve(id, "wjw_county", COUNTY);

		Violation v = violation("revenue_parts", "2025-08");
		assertThat(v.leftValue()).isEqualByComparingTo("120000000");
		assertThat(v.rightValue()).isEqualByComparingTo("100000000");
		assertThat(v.importance()).isEqualTo("HIGH");
		assertThat(v.status()).isEqualTo("OPEN");
		assertThatThrownBy(() -> quality.followUp(v.id(), "wjw_county", "", COUNTY)).isInstanceOfSatisfying(
				BusinessException.class, ex -> assertThat(ex.error()).isEqualTo(QualityErrors.FOLLOW_UP_NOTE));
		assertThatThrownBy(() -> quality.followUp(v.id(), "x", "看过", DataScope.region("359922")))
			.isInstanceOfSatisfying(BusinessException.class,
					ex -> assertThat(ex.error()).isEqualTo(QualityErrors.VIOLATION_NOT_FOUND));

		quality.followUp(v.id(), "wjw_county", "已通知医院财务科核对收入分项", COUNTY);

		assertThat(violation("revenue_parts", "2025-08").status()).isEqualTo("FOLLOWED_UP");
		String csv = HttpSession.loggedIn(port, "wjw_county", "Sanyi@2026")
			.get("/monitoring/quality/violations.csv")
			.body();
		assertThat(csv).contains("2025-08", "药品、耗材、医疗服务收入之和不超过医疗收入", "120000000.0000", "已通知医院财务科核对收入分项");
	}

	Violation violation(String rule, String period) {
		return quality.violations(COUNTY, "")
			.stream()
			.filter(x -> x.ruleCode().equals(rule) && x.period().equals(period) && x.institution().equals(HOSPITAL))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no violation of " + rule + " in " + period));
	}

	@Autowired
	RuleReview review;

	@Test
	void aNewRuleIsProposedOnlyWhenBothSidesReadAndIsCheckedOnlyAfterASecondRegulatorApprovesIt() {
		Map<String, String> form = new HashMap<>(Map.of("code", "drug_within_medical", "nameZh", "药品收入不超过医疗收入",
				"nameEn", "Drug revenue within medical revenue", "operator", "<=", "missing", "SKIP_IF_ANY_MISSING",
				"importance", "HIGH", "left", "#{rpt.revenue.drug} + #{rpt.nope}", "right", "#{rpt.revenue.medical}",
				"summary", "药品收入不应超过医疗收入"));

		assertThatThrownBy(() -> review.proposeNew(form, "wjw")).isInstanceOfSatisfying(BusinessException.class, ex -> {
			assertThat(ex.error()).isEqualTo(QualityErrors.RULE_EXPRESSION);
			assertThat(ex.args()[1]).isEqualTo(25);
		});
		form.put("left", "prev(#{rpt.revenue.drug})");
		assertThatThrownBy(() -> review.proposeNew(form, "wjw")).isInstanceOfSatisfying(BusinessException.class,
				ex -> assertThat(ex.error()).isEqualTo(QualityErrors.RULE_EXPRESSION));
		form.put("left", "#{rpt.revenue.drug}");
		form.put("importance", "URGENT");
		assertThatThrownBy(() -> review.proposeNew(form, "wjw")).isInstanceOfSatisfying(BusinessException.class,
				ex -> assertThat(ex.error()).isEqualTo(QualityErrors.RULE_FIELD));
		form.put("importance", "HIGH");
		form.put("summary", " ");
		assertThatThrownBy(() -> review.proposeNew(form, "wjw")).isInstanceOfSatisfying(BusinessException.class,
				ex -> assertThat(ex.error()).isEqualTo(QualityErrors.RULE_CHANGE_SUMMARY));
		Map<String, String> taken = new HashMap<>(form);
		taken.put("code", "surgery_within_discharges");
		taken.put("summary", "重复");
		assertThatThrownBy(() -> review.proposeNew(taken, "wjw")).isInstanceOfSatisfying(BusinessException.class,
				ex -> assertThat(ex.error()).isEqualTo(QualityErrors.RULE_EXISTS));
		assertThat(review.history("drug_within_medical")).isEmpty();

		form.put("summary", "药品收入不应超过医疗收入");
		long id = review.proposeNew(form, "wjw");

		assertThat(quality.rules()).as("not checked before review")
			.noneMatch(r -> r.code().equals("drug_within_medical"));
		assertThatThrownBy(() -> review.proposeNew(form, "ybj")).isInstanceOfSatisfying(BusinessException.class,
				ex -> assertThat(ex.error()).isEqualTo(QualityErrors.RULE_CHANGE_PENDING));
		assertThatThrownBy(() -> review.approve(id, "wjw", "")).isInstanceOfSatisfying(BusinessException.class,
				ex -> assertThat(ex.error()).isEqualTo(QualityErrors.RULE_CHANGE_OWN));
		HttpSession wjw = HttpSession.loggedIn(port, "wjw", "Sanyi@2026");
		assertThat(wjw.get("/monitoring/quality").body()).contains("待复核的新规则", "药品收入不超过医疗收入");
		assertThat(wjw.get("/monitoring/quality/rules/drug_within_medical").body()).contains("待复核的新规则", "复核通过后才生效");

		review.approve(id, "wjw_county", "同意");

		assertThat(quality.rules()).anyMatch(r -> r.code().equals("drug_within_medical") && r.createdBy().equals("wjw")
				&& r.active() && r.importance().equals("HIGH"));
		assertThat(review.history("drug_within_medical")).singleElement()
			.satisfies(c -> assertThat(c.addition()).isTrue());
	}

	@Test
	void aProposedRuleThatIsRejectedIsNeverChecked() {
		Map<String, String> form = new HashMap<>(Map.of("code", "it_rejected_rule", "nameZh", "出院人数不超过门诊人次", "nameEn",
				"Discharges within visits", "operator", "<=", "missing", "SKIP_IF_ANY_MISSING", "importance", "LOW",
				"left", "#{rpt.discharges}", "right", "#{rpt.visits.outpatient}", "summary", "试行"));
		long id = review.proposeNew(form, "wjw");
		review.reject(id, "wjw_county", "口径不对");
		assertThat(quality.rules()).noneMatch(r -> r.code().equals("it_rejected_rule"));
		assertThatThrownBy(() -> review.approve(id, "wjw_county", "")).isInstanceOfSatisfying(BusinessException.class,
				ex -> assertThat(ex.error()).isEqualTo(QualityErrors.RULE_CHANGE_NOT_PENDING));
		assertThat(HttpSession.loggedIn(port, "wjw", "Sanyi@2026")
			.get("/monitoring/quality/rules/it_rejected_rule")
			.body()).contains("已驳回", "口径不对");
		assertThat(HttpSession.loggedIn(port, "wjw", "Sanyi@2026")
			.get("/monitoring/quality/rules/no_such_rule")
			.statusCode()).isEqualTo(404);
	}

	@Test
	void theDemosSlipsAreFoundAndScoredAndThePageShowsThem() {
		quality.run(DataScope.region("359900"));

		List<Violation> city = quality.violations(DataScope.region("359900"), "");
		QualityScores.Overview overview = scores.overview(DataScope.region("359900"));

		assertThat(city).anyMatch(v -> v.ruleCode().equals("bed_days_used_plausible") && v.period().equals("2026-08"));
		assertThat(overview.outliers()).anyMatch(o -> o.cell().equals("discharges") && o.period().equals("2026-09"));
		assertThat(overview.rows()).isNotEmpty().allMatch(r -> r.score().value() >= 0 && r.score().value() <= 100);
		assertThat(overview.rows().getFirst().score().value()).isLessThan(100);
		assertThat(HttpSession.loggedIn(port, "wjw", "Sanyi@2026").get("/monitoring/quality").body()).contains("数据质量",
				"各医院数据质量评分", "实际占用床日不超过开放床日的110%", "出院人数");
	}

}
