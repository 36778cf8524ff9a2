package org.sanyi.e2e;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.microsoft.playwright.Page;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * Policy replay and 腾笼换鸟 in a real browser: the demo's draft policy with its replay on
 * the review page, the saved scenario, its page and two scenarios side by side, on a
 * desktop and on a phone.
 */
class PriceReformBrowserIT extends BrowserTest {

	@Autowired
	JdbcClient jdbc;

	@Test
	void reviewerSeesTheDraftPolicysReplayBeforeApprovingIt() {
		long draft = jdbc.sql("""
				select id from ins_policy_version where region = '359900' and insutype = '390' and status = 'PENDING'
				order by id limit 1""").query(Long.class).single();
		Page page = browser.desktop("ybj_audit", PASSWORD);
		page.navigate(browser.url("/insurance/policies/" + draft));
		assertThat(page.locator("#policy-replay h2")).hasText("政策模拟（历史年度重算）");
		assertThat(page.locator("#policy-replay")).containsText("按参保人所在区县");
		assertThat(page.locator("#policy-replay")).containsText("已完成");
		page.locator("#policy-replay h2").scrollIntoViewIfNeeded();
		Browser.shot(page, "insurance-policy-replay-desktop");
		page.context().close();

		Page phone = browser.phone("ybj_audit", PASSWORD);
		phone.navigate(browser.url("/insurance/policies/" + draft));
		assertThat(phone.locator("#policy-replay")).containsText("受影响人数");
		phone.locator("#policy-replay h2").scrollIntoViewIfNeeded();
		Browser.shot(phone, "insurance-policy-replay-phone");
		phone.context().close();
	}

	@Test
	void officerOpensTheScenarioAndComparesTwoOnADesktopAndAPhone() {
		long scenario = jdbc.sql("select min(id) from ph_price_scenario").query(Long.class).single();
		Page page = browser.desktop("ybj", PASSWORD);
		page.navigate(browser.url("/pharma/pricing"));
		assertThat(page.locator("h1")).hasText("腾笼换鸟（医疗服务价格调整模拟）");
		assertThat(page.locator("#pricing-scenarios")).containsText("方案一");
		Browser.shot(page, "pharma-pricing-desktop");
		// a trigger version the fund could never meet is refused by name
		page.locator("#trigger-form input[name=version]").fill("qx-2027");
		page.locator("#trigger-form input[name=minFundMonths]").fill("61");
		page.locator("#trigger-form button[type=submit]").click();
		assertThat(page.locator("#pricing-error")).containsText("PH-0101");
		assertThat(page.locator("#pricing-error")).containsText("minFundMonths");
		assertThat(page.locator("#trigger-form input[name=version]")).hasValue("qx-2027");
		Browser.shot(page, "pharma-pricing-trigger-error-desktop");

		page.navigate(browser.url("/pharma/pricing/" + scenario));
		assertThat(page.locator("#pricing-figures")).containsText("→");
		assertThat(page.locator("#pricing-items")).containsText("普通针刺");
		Browser.shot(page, "pharma-pricing-scenario-desktop");

		page.navigate(browser.url("/pharma/pricing/compare?ids=" + scenario));
		assertThat(page.locator("#pricing-compare")).containsText("医疗服务收入占比");
		Browser.shot(page, "pharma-pricing-compare-desktop");
		page.context().close();

		Page phone = browser.phone("ybj", PASSWORD);
		phone.navigate(browser.url("/pharma/pricing"));
		Browser.shot(phone, "pharma-pricing-phone");
		phone.navigate(browser.url("/pharma/pricing/" + scenario));
		Browser.shot(phone, "pharma-pricing-scenario-phone");
		phone.context().close();
	}

}
