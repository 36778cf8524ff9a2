package org.sanyi.e2e;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.microsoft.playwright.Page;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * 合理用药 in a real browser: the DDD table and the drug-use indicators on monitoring's page,
 * a hospital's 处方点评 (sample, one prescription with the rules' hints pre-checked), the
 * commission's summary and 细菌耐药, on a desktop and on a phone.
 */
class DrugUseBrowserIT extends BrowserTest {

	@Autowired
	JdbcClient jdbc;

	@Test
	void theCommissionSeesTheDddTableTheIndicatorsAndResistance() {
		for (Page page : new Page[] { browser.desktop("wjw", PASSWORD), browser.phone("wjw", PASSWORD) }) {
			String size = page.viewportSize().width < 500 ? "phone" : "desktop";
			page.navigate(browser.url("/pharma/drug-use"));
			assertThat(page.locator("h1")).hasText("合理用药");
			assertThat(page.locator("#ddds")).containsText("J01DD04");
			assertThat(page.locator("#visit-rates")).containsText("数据来源：平台医保结算费用明细");
			assertThat(page.locator("#visit-rates tbody tr").first()).not().containsText("暂无数据");
			Browser.shot(page, "pharma-drug-use-" + size);

			page.navigate(browser.url("/monitoring/indicators?set=DRUG_USE&period=2026-10"));
			assertThat(page.locator("main")).containsText("住院患者抗菌药物使用率");
			assertThat(page.locator("main")).containsText("门诊患者抗菌药物使用率");
			Browser.shot(page, "pharma-drug-use-indicators-" + size);

			page.navigate(browser.url("/pharma/rx-reviews"));
			assertThat(page.locator("#rx-review-summary tbody tr").first()).not().containsText("暂无数据");
			Browser.shot(page, "pharma-rx-reviews-" + size);

			page.navigate(browser.url("/pharma/resistance?from=2025-11&to=2026-10"));
			assertThat(page.locator("#ast-warnings")).containsText("鲍曼不动杆菌");
			Browser.shot(page, "pharma-resistance-" + size);
			page.context().close();
		}
	}

	@Test
	void theCommissionKeepsTheRegionsReviewRulesAndADoctorReadsThem() {
		Page page = browser.desktop("wjw", PASSWORD);
		page.navigate(browser.url("/pharma/review-rules"));
		assertThat(page.locator("h1")).hasText("审方规则");
		assertThat(page.locator("#rxrule-interactions")).containsText("本市拦截");
		assertThat(page.locator("#rxrule-interactions")).containsText("平台默认");
		assertThat(page.locator("#rxrule-drugs")).containsText("特殊使用级");
		Browser.shot(page, "pharma-review-rules-desktop");
		// 杉阳县, which no other test imports for: a file with a wrong line imports nothing
		importFile(page, "drug_key,kind,value,blocking,advice\nJ01GB,MIN_AGE,6,true,氨基糖苷类6岁以下禁用\n"
				+ "G04CB,SEX,3,true,性别代码有误\n");
		assertThat(page.locator("#rxrule-error")).containsText("1 行有误");
		assertThat(page.locator("#rxrule-problems")).containsText("PH-0330");
		Browser.shot(page, "pharma-review-rules-refused-desktop");
		importFile(page, "drug_key,kind,value,blocking,advice\nJ01GB,MIN_AGE,6,true,氨基糖苷类6岁以下禁用\n");
		// a proposal: its page shows what it changes, and the proposer cannot approve it
		assertThat(page.locator(".alert-success")).containsText("已提交禁忌（年龄、性别、妊娠）的导入：1 条，1 处变更");
		assertThat(page.locator("#rxrule-status")).hasText("待审核");
		assertThat(page.locator("#rxrule-changes")).containsText("J01GB · 年龄下限");
		assertThat(page.locator("#rxrule-decide")).hasCount(0);
		String proposal = page.url();
		page.context().close();

		// the commission's second officer sees it waiting on the rules page and approves
		// it
		for (Page reviewer : new Page[] { browser.phone("wjw_audit", PASSWORD),
				browser.desktop("wjw_audit", PASSWORD) }) {
			String size = reviewer.viewportSize().width < 500 ? "phone" : "desktop";
			reviewer.navigate(browser.url("/pharma/review-rules"));
			assertThat(reviewer.locator("#rxrule-proposals")).containsText("待审核");
			// the demo city's second import of the pairs: one row added, one changed
			reviewer.navigate(browser.url("/pharma/review-rules/proposals/" + jdbc.sql("""
					select id from ph_rx_rule_proposal where region_code = '359900' and status = 'PENDING'""")
				.query(Long.class)
				.single()));
			assertThat(reviewer.locator("#rxrule-change-count")).hasText("新增 1 · 修改 1 · 删除 0");
			assertThat(reviewer.locator("#rxrule-changes")).containsText("中度 → 严重");
			Browser.shot(reviewer, "pharma-review-rule-proposal-city-" + size);
			reviewer.navigate(proposal);
			assertThat(reviewer.locator("#rxrule-changes")).containsText("新增");
			assertThat(reviewer.locator("#rxrule-changes")).containsText("氨基糖苷类6岁以下禁用");
			Browser.shot(reviewer, "pharma-review-rule-proposal-" + size);
			if (size.equals("desktop")) {
				reviewer.locator("#rxrule-note").fill("同意");
				reviewer.locator("#rxrule-decide button.btn-success").click();
				assertThat(reviewer.locator("#rxrule-status")).hasText("已生效");
				assertThat(reviewer.locator(".alert-success")).containsText("已审核通过");
			}
			reviewer.context().close();
		}

		Page phone = browser.phone("doctor", PASSWORD);
		phone.navigate(browser.url("/pharma/review-rules"));
		assertThat(phone.locator("#rxrule-contraindications")).containsText("8 岁以下");
		assertThat(phone.locator("#rxrule-import")).hasCount(0);
		Browser.shot(phone, "pharma-review-rules-phone");
		phone.context().close();
	}

	private static void importFile(Page page, String csv) {
		page.locator("#rxrule-table").selectOption("CONTRAINDICATIONS");
		page.locator("#rxrule-region").fill("359928");
		page.setInputFiles("#rxrule-file", new com.microsoft.playwright.options.FilePayload("禁忌.csv", "text/csv",
				csv.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
		page.locator("#rxrule-import button[type=submit]").click();
	}

	@Test
	void aHospitalPharmacistReviewsASampledPrescription() {
		long sample = jdbc.sql("select id from ph_rx_review_sample where institution_code = 'H35992100001'")
			.query(Long.class)
			.single();
		String rx = jdbc.sql("select hi_rxno from ph_rx_review where sample_id = :s order by position limit 1")
			.param("s", sample)
			.query(String.class)
			.single();
		for (Page page : new Page[] { browser.desktop("yaoshi", PASSWORD), browser.phone("yaoshi", PASSWORD) }) {
			String size = page.viewportSize().width < 500 ? "phone" : "desktop";
			page.navigate(browser.url("/pharma/rx-reviews/" + sample));
			assertThat(page.locator("#rx-review-rows tbody tr").first()).not().containsText("暂无数据");
			Browser.shot(page, "pharma-rx-review-sample-" + size);

			page.navigate(browser.url("/pharma/rx-reviews/" + sample + "/rx/" + rx));
			assertThat(page.locator("#rx-review-form")).containsText("不规范处方");
			Browser.shot(page, "pharma-rx-review-" + size);
			page.context().close();
		}
	}

	@Test
	void theHospitalPharmacistSeesThePrescriptionsWaitingForHerCheck() {
		for (Page page : new Page[] { browser.desktop("yaoshi", PASSWORD), browser.phone("yaoshi", PASSWORD) }) {
			String size = page.viewportSize().width < 500 ? "phone" : "desktop";
			page.navigate(browser.url("/pharma/rx-verify"));
			assertThat(page.locator("h1")).hasText("审方");
			assertThat(page.locator(".rx-verify-card").first()).containsText("替格瑞洛片");
			assertThat(page.locator(".rx-verify-card").first()).containsText("利伐沙班片");
			assertThat(page.locator("#rx-verify-decided")).containsText("林雅琴");
			Browser.shot(page, "pharma-rx-verify-" + size);
			page.context().close();
		}
	}

}
