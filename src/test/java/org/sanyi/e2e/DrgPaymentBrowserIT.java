package org.sanyi.e2e;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The DRG payment pages of the demo year in a real browser: the hospital report with its
 * charts, a settlement list with its grouping steps and payment calculation, the weights
 * and base-rate versions; desktop, phone and English.
 */
class DrgPaymentBrowserIT extends BrowserTest {

	@Test
	void reportShowsTheMonthWithChartsAndLeadsToACase() {
		Page page = browser.desktop("ybj", "Sanyi@2026");
		page.navigate(browser.url("/drg/report?institution=H35990000001"));
		assertThat(page.locator("h1")).hasText("医院 DRG 结算");
		assertThat(page.locator(".drg-report-head")).containsText("青溪市第一医院");
		assertThat(page.locator(".stats")).containsText("CMI");
		assertThat(page.locator(".stats")).containsText("结算率");
		assertThat(page.locator("#drg-trend canvas")).hasCount(1);
		assertThat(page.locator("#drg-groups canvas")).hasCount(1);
		assertThat(page.locator("#drg-indices canvas")).hasCount(1);
		Browser.shot(page, "drg-report-desktop");
		page.navigate(browser.url("/drg/cases?institution=H35990000001&status=SUCCESS"));
		assertThat(page.locator("h1")).hasText("结算清单与 DRG 入组");
		Browser.shot(page, "drg-cases-desktop");
		page.locator("table.data tbody tr td a").first().click();
		assertThat(page.locator(".drg-outcome")).containsText("→");
		assertThat(page.locator(".drg-trace").first()).containsText("分组结果");
		assertThat(page.locator(".drg-formula").first()).containsText("基金支付");
		Browser.shot(page, "drg-case-desktop");
		page.context().close();
	}

	@Test
	void weightsAndBaseRateVersions() {
		Page page = browser.desktop("ybj", "Sanyi@2026");
		page.navigate(browser.url("/drg/params"));
		assertThat(page.locator("table.data")).containsText("359900-DRG-20260101");
		assertThat(page.locator("table.data")).containsText("已批准");
		Browser.shot(page, "drg-params-desktop");
		page.click("text=359900-DRG-20260101");
		assertThat(page.locator("h2").last()).containsText("病组权重");
		assertThat(page.locator(".desc")).containsText("ybj_audit");
		Browser.shot(page, "drg-param-desktop");
		page.context().close();
	}

	@Test
	void reportAndCaseOnAPhoneAndInEnglish() {
		Page page = browser.phone("ybj", "Sanyi@2026");
		page.navigate(browser.url("/drg/report?institution=H35990000001"));
		assertThat(page.locator(".stats")).containsText("CMI");
		Browser.shot(page, "drg-report-phone");
		page.navigate(browser.url("/drg/cases?institution=H35990000001&status=SUCCESS"));
		page.locator("table.data tbody tr td a").first().click();
		assertThat(page.locator(".drg-formula").first()).containsText("基金支付");
		Browser.shot(page, "drg-case-phone");
		page.context().close();
		Page en = browser.desktop("ybj", "Sanyi@2026");
		en.navigate(browser.url("/drg/report?institution=H35990000001&lang=en"));
		assertThat(en.locator("h1")).hasText("Hospital DRG settlement");
		assertThat(en.locator(".stats")).containsText("Settlement rate");
		Browser.shot(en, "drg-report-en");
		en.navigate(browser.url("/drg/report?lang=zh-CN"));
		en.context().close();
	}

}
