package org.sanyi.e2e;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.microsoft.playwright.Page;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * 集采 in a real browser: the rounds, a round's products and bids, demand, the progress
 * dashboard with its heat map and alerts, savings and a 结余留用 computation, on a desktop
 * and on a phone.
 */
class PharmaBrowserIT extends BrowserTest {

	@Autowired
	JdbcClient jdbc;

	@Test
	void bureauWalksRoundsProgressAndSavingsOnADesktop() {
		long round = round("GJ-10-359900");
		Page page = browser.desktop("ybj", PASSWORD);
		page.navigate(browser.url("/pharma/rounds"));
		assertThat(page.locator("h1")).hasText("集采批次");
		assertThat(page.locator("#rounds")).containsText("第十批国家组织药品集中采购");
		Browser.shot(page, "pharma-rounds-desktop");

		page.navigate(browser.url("/pharma/rounds/" + round));
		assertThat(page.locator("#products")).containsText("苯磺酸氨氯地平片");
		Browser.shot(page, "pharma-round-desktop");

		page.navigate(browser.url("/pharma/rounds/" + round + "/demand"));
		assertThat(page.locator("#demands tbody tr").first()).containsText("H3599");
		Browser.shot(page, "pharma-demand-desktop");

		page.navigate(browser.url("/pharma/progress?round=" + round));
		assertThat(page.locator("#progress-heat canvas")).isVisible();
		assertThat(page.locator("#progress-alerts tbody tr").first()).not().containsText("暂无数据");
		Browser.shot(page, "pharma-progress-desktop");

		page.navigate(browser.url("/pharma/progress?round=" + round + "&by=COUNTY"));
		assertThat(page.locator("#progress-rows")).containsText("县");
		Browser.shot(page, "pharma-progress-county-desktop");

		page.navigate(browser.url("/pharma/savings?round=" + round));
		assertThat(page.locator("#savings-products")).containsText("阿托伐他汀钙片");
		assertThat(page.locator("#retentions")).containsText("已批准");
		Browser.shot(page, "pharma-savings-desktop");

		page.navigate(browser.url("/pharma/savings/" + round + "/retentions/"
				+ jdbc.sql("select id from ph_retention where round_id = :r and status = 'APPROVED'")
					.param("r", round)
					.query(Long.class)
					.single()));
		assertThat(page.locator("#retention-lines tbody tr").first()).not().containsText("暂无数据");
		Browser.shot(page, "pharma-retention-desktop");
		page.context().close();
	}

	@Test
	void hospitalClerkSeesItsOwnProgressOnAPhone() {
		long round = round("GJ-10-359900");
		Page phone = browser.phone("ybb", PASSWORD);
		phone.navigate(browser.url("/pharma/progress?round=" + round));
		assertThat(phone.locator("h1")).hasText("完成进度");
		assertThat(phone.locator("#progress-rows tbody tr")).hasCount(1);
		Browser.shot(phone, "pharma-progress-phone");
		phone.navigate(browser.url("/pharma/rounds/" + round));
		Browser.shot(phone, "pharma-round-phone");
		phone.navigate(browser.url("/pharma/rounds/" + round + "/demand"));
		Browser.shot(phone, "pharma-demand-phone");
		phone.navigate(browser.url("/pharma/savings?round=" + round));
		Browser.shot(phone, "pharma-savings-phone");
		phone.context().close();
	}

	private long round(String code) {
		return jdbc.sql("select id from ph_round where code = :c").param("c", code).query(Long.class).single();
	}

}
