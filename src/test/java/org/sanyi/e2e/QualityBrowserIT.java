package org.sanyi.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

/**
 * Report forms (the regulator's completeness grid, the hospital's form), data quality and
 * hospital performance on a desktop and on a phone, in Chinese.
 */
class QualityBrowserIT extends BrowserTest {

	@Test
	void reportFormsOnADesktopAndAPhone() {
		Page page = browser.desktop("wjw", PASSWORD);
		page.navigate(browser.url("/monitoring/reports"));
		assertThat(page.locator("h1")).hasText("报表填报");
		assertThat(page.locator("main")).containsText("上报完整性与及时性");
		Browser.shot(page, "monitoring-reports-desktop");
		page.context().close();
		Page clerk = browser.desktop("ybb", PASSWORD);
		clerk.navigate(browser.url("/monitoring/reports/H35990000001/2026-09"));
		assertThat(clerk.locator("h1")).hasText("医院财务与业务运行月报");
		assertThat(clerk.locator("main")).containsText("药品收入");
		Browser.shot(clerk, "monitoring-report-form-desktop");
		clerk.context().close();
		Page phone = browser.phone("ybb", PASSWORD);
		phone.navigate(browser.url("/monitoring/reports"));
		assertThat(phone.locator("h1")).hasText("报表填报");
		Browser.shot(phone, "monitoring-reports-phone");
		phone.navigate(browser.url("/monitoring/reports/H35990000001/2026-09"));
		Browser.shot(phone, "monitoring-report-form-phone");
		phone.context().close();
	}

	@Test
	void dataQualityOnADesktopAndAPhone() {
		Page page = browser.desktop("wjw", PASSWORD);
		page.navigate(browser.url("/monitoring/quality"));
		assertThat(page.locator("h1")).hasText("数据质量");
		assertThat(page.locator("main")).containsText("各医院数据质量评分");
		Browser.shot(page, "monitoring-quality-desktop");
		page.context().close();
		Page phone = browser.phone("wjw", PASSWORD);
		phone.navigate(browser.url("/monitoring/quality"));
		assertThat(phone.locator("h1")).hasText("数据质量");
		Browser.shot(phone, "monitoring-quality-phone");
		phone.context().close();
	}

	@Test
	void hospitalPerformanceOnADesktopAndAPhone() {
		Page page = browser.desktop("wjw", PASSWORD);
		page.navigate(browser.url("/monitoring/performance?year=2026"));
		assertThat(page.locator("h1")).hasText("医院绩效");
		Browser.shot(page, "monitoring-performance-desktop");
		page.locator("table.data a").first().click();
		assertThat(page.locator("main")).containsText("对综合指数的贡献");
		Browser.shot(page, "monitoring-performance-hospital-desktop");
		page.context().close();
		Page phone = browser.phone("wjw", PASSWORD);
		phone.navigate(browser.url("/monitoring/performance?year=2026"));
		assertThat(phone.locator("h1")).hasText("医院绩效");
		Browser.shot(phone, "monitoring-performance-phone");
		phone.locator("table.data a").first().click();
		Browser.shot(phone, "monitoring-performance-hospital-phone");
		phone.context().close();
	}

}
