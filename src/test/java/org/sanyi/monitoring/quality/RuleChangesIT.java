package org.sanyi.monitoring.quality;

import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.sanyi.HttpSession;
import org.sanyi.IntegrationTest;
import org.sanyi.monitoring.quality.QualityRepository.Rule;
import org.sanyi.shared.BusinessException;
import org.sanyi.shared.review.ReviewStatus;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Changing a validation rule through the maker–checker: proposed on the rule's page with
 * a reason, in force only after another regulator approves, never by its proposer; one
 * pending change at a time; a side that cannot be read is refused at its column;
 * switching a rule off is a change like any other, and a rejected one changes nothing.
 */
@IntegrationTest
class RuleChangesIT {

	static final String CODE = "it_surgery_twice_discharges";

	@LocalServerPort
	int port;

	@Autowired
	QualityService quality;

	@Autowired
	RuleReview review;

	Map<String, String> form(String importance, String right, boolean active, String summary) {
		Map<String, String> form = new HashMap<>(Map.of("nameZh", "手术台次不超过出院人数的两倍", "nameEn",
				"Operations at most twice the discharges", "left", "#{rpt.surgery}", "operator", "<=", "right", right,
				"missing", "SKIP_IF_ALL_MISSING", "importance", importance, "summary", summary));
		if (active) {
			form.put("active", "true");
		}
		return form;
	}

	Rule rule() {
		return quality.rule(CODE).orElseThrow();
	}

	@Test
	void aChangeAppliesOnlyAfterASecondRegulatorApprovesItAndSwitchingOffIsReviewedToo() {
		Map<String, String> add = form("LOW", "#{rpt.discharges} * 2", true, "新增：手术台次不应超过出院人数的两倍");
		add.put("code", CODE);
		review.approve(review.proposeNew(add, "wjw"), "wjw_county", "");
		HttpSession wjw = HttpSession.loggedIn(port, "wjw", "Sanyi@2026");
		HttpSession county = HttpSession.loggedIn(port, "wjw_county", "Sanyi@2026");

		wjw.get("/monitoring/quality/rules/" + CODE);
		HttpResponse<String> proposed = wjw.postForm("/monitoring/quality/rules/" + CODE,
				form("MEDIUM", "#{rpt.discharges}", true, "两倍过宽，收紧为不超过出院人数"));
		assertThat(proposed.statusCode()).isEqualTo(302);
		assertThat(rule().importance()).as("not in force before review").isEqualTo("LOW");
		long id = review.history(CODE).getFirst().id();
		assertThat(wjw.get("/monitoring/quality/rules/" + CODE).body()).contains("待复核的变更", "两倍过宽");

		// the proposer cannot approve; a second proposal waits for the first
		wjw.postForm("/monitoring/quality/rule-changes/" + id + "/approve", Map.of("rule", CODE, "note", "自己审"));
		assertThat(wjw.get("/monitoring/quality/rules/" + CODE).body()).contains("MON-0128");
		assertThatThrownBy(() -> review.propose(CODE, form("HIGH", "#{rpt.discharges}", true, "再改"), "ybj"))
			.isInstanceOfSatisfying(BusinessException.class,
					ex -> assertThat(ex.error()).isEqualTo(QualityErrors.RULE_CHANGE_PENDING));
		assertThatThrownBy(() -> review.propose(CODE, form("HIGH", "#{rpt.nothing}", true, "错"), "ybj"))
			.isInstanceOfSatisfying(BusinessException.class, ex -> {
				assertThat(ex.error()).isEqualTo(QualityErrors.RULE_EXPRESSION);
				// the column of the unknown element's code, after "#{"
				assertThat(ex.args()[1]).isEqualTo(3);
			});
		assertThatThrownBy(() -> review.propose("no_such_rule", form("HIGH", "1", true, "x"), "ybj"))
			.isInstanceOfSatisfying(BusinessException.class,
					ex -> assertThat(ex.error()).isEqualTo(QualityErrors.RULE_NOT_FOUND));

		county.get("/monitoring/quality/rules/" + CODE);
		assertThat(county
			.postForm("/monitoring/quality/rule-changes/" + id + "/approve", Map.of("rule", CODE, "note", "同意"))
			.statusCode()).isEqualTo(302);
		assertThat(rule().importance()).isEqualTo("MEDIUM");
		assertThat(rule().rightExpr()).isEqualTo("#{rpt.discharges}");
		assertThat(rule().active()).isTrue();

		// switching off: rejected first (nothing changes), then approved
		long off = review.propose(CODE, form("MEDIUM", "#{rpt.discharges}", false, "月报手术口径调整期间暂停"), "wjw");
		review.reject(off, "wjw_county", "口径未定");
		assertThat(rule().active()).isTrue();
		long offAgain = review.propose(CODE, form("MEDIUM", "#{rpt.discharges}", false, "口径调整，暂停本规则"), "wjw");
		review.approve(offAgain, "wjw_county", "");
		assertThat(rule().active()).isFalse();
		assertThat(review.history(CODE)).extracting(RuleChange::status)
			.containsExactly(ReviewStatus.APPROVED, ReviewStatus.REJECTED, ReviewStatus.SUPERSEDED,
					ReviewStatus.SUPERSEDED);
		assertThat(wjw.get("/monitoring/quality").body()).contains("/monitoring/quality/rules/" + CODE, "停用");
	}

}
