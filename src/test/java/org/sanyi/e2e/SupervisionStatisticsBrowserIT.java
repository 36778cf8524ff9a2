package org.sanyi.e2e;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * 基金监管统计 with its charts, 飞行检查 of 市第一医院, a case upheld then reversed on re-review, and
 * the deductions on the 基金账务 page, on a desktop and a phone.
 */
class SupervisionStatisticsBrowserIT extends BrowserTest {

	@Autowired
	JdbcClient jdbc;

	@Test
	void bureauReadsTheStatisticsAndOpensTheInspectionOfAHospital() {
		Page page = browser.desktop("ybj", "Sanyi@2026");
		page.navigate(browser.url("/supervision/statistics"));
		assertThat(page.locator("h1")).hasText("基金监管统计");
		assertThat(page.locator("#sup-rule-chart canvas")).isVisible();
		assertThat(page.locator("#sup-institution-chart canvas")).isVisible();
		assertThat(page.locator("body")).containsText("D359900000106");
		Browser.shot(page, "supervision-statistics-desktop");
		page.locator("a[href*='/supervision/inspection?institution=H35990000001']").first().click();
		assertThat(page.locator("h2").first()).containsText("青溪市第一医院");
		assertThat(page.locator("table.data")).containsText("风险分");
		Browser.shot(page, "supervision-inspection-desktop");
		page.context().close();

		Page phone = browser.phone("ybj", "Sanyi@2026");
		phone.navigate(browser.url("/supervision/statistics"));
		assertThat(phone.locator("#sup-rule-chart canvas")).isVisible();
		Browser.shot(phone, "supervision-statistics-phone");
		phone.navigate(browser.url("/supervision/inspection?institution=H35990000001"));
		Browser.shot(phone, "supervision-inspection-phone");
		phone.context().close();
	}

	@Test
	void aReversedCaseShowsItsDeductionAndReversalAndTheLedgerListsThem() {
		long id = jdbc.sql("select id from sup_suspicion where status = 'REVERSED' order by id limit 1")
			.query(Long.class)
			.single();
		Page page = browser.desktop("ybj", "Sanyi@2026");
		page.navigate(browser.url("/supervision/suspicions/" + id));
		assertThat(page.locator("dl.desc")).containsText("复核撤销");
		assertThat(page.locator("dl.desc")).containsText("ADJ-");
		Browser.shot(page, "supervision-reversed-desktop");
		long upheld = jdbc.sql("select id from sup_suspicion where status = 'UPHELD' order by id limit 1")
			.query(Long.class)
			.single();
		page.navigate(browser.url("/supervision/suspicions/" + upheld));
		assertThat(page.locator("button.btn-warning")).containsText("撤销认定并冲正扣款");
		Browser.shot(page, "supervision-upheld-desktop");
		page.navigate(browser.url("/insurance/ledger"));
		assertThat(page.locator("#adjustments")).containsText("扣款");
		assertThat(page.locator("#adjustments")).containsText("拨付");
		Browser.shot(page, "insurance-ledger-adjustments-desktop");
		page.context().close();

		Page phone = browser.phone("ybj", "Sanyi@2026");
		phone.navigate(browser.url("/insurance/ledger"));
		Browser.shot(phone, "insurance-ledger-adjustments-phone");
		phone.navigate(browser.url("/supervision/suspicions/" + upheld));
		Browser.shot(phone, "supervision-upheld-phone");
		phone.context().close();
	}

}
