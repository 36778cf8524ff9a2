package org.sanyi.e2e;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The monitoring pages in a real browser: each role's home figures, the indicator browser
 * with its charts and drill down, the explanation of a figure, the definitions and a
 * refused proposal; desktop and phone.
 */
class MonitoringBrowserIT extends BrowserTest {

	@Test
	void homeFiguresOfTheRegulatorsAndAHospital() {
		for (String user : new String[] { "wjw", "ybj", "ybb" }) {
			Page page = browser.desktop(user, PASSWORD);
			page.navigate(browser.url("/"));
			assertThat(page.locator(".mon-home .mon-figure").first()).isVisible();
			Browser.shot(page, "monitoring-home-" + user + "-desktop");
			page.context().close();
		}
		Page phone = browser.phone("wjw", PASSWORD);
		phone.navigate(browser.url("/"));
		assertThat(phone.locator(".mon-home .mon-figure").first()).isVisible();
		Browser.shot(phone, "monitoring-home-wjw-phone");
		phone.context().close();
	}

	@Test
	void theBrowserDrillsDownFromTheCityToACountyAndExplainsAFigure() {
		Page page = browser.desktop("wjw", PASSWORD);
		page.navigate(browser.url("/monitoring/indicators"));
		assertThat(page.locator("h1")).hasText("指标监测");
		assertThat(page.locator("#mon-trend canvas")).hasCount(1);
		assertThat(page.locator("#mon-parts canvas")).hasCount(1);
		Browser.shot(page, "monitoring-indicators-desktop");
		page.locator("table.mon-table tbody a", new Page.LocatorOptions().setHasText("云岫县")).first().click();
		assertThat(page.locator(".mon-crumbs")).containsText("云岫县");
		Browser.shot(page, "monitoring-indicators-county-desktop");
		page.locator("table.mon-table tbody tr.mon-total td.num a").first().click();
		assertThat(page.locator("h1")).hasText("药占比");
		assertThat(page.locator(".stats")).containsText("分子");
		// its fees are the medical institutions' only: the retail pharmacies' sales are
		// no
		// 医疗收入
		assertThat(page.locator("body")).containsText("医疗机构（不含定点零售药店）");
		Browser.shot(page, "monitoring-explain-desktop");
		page.context().close();
		Page phone = browser.phone("wjw", PASSWORD);
		phone.navigate(browser.url("/monitoring/indicators"));
		assertThat(phone.locator("#mon-trend canvas")).hasCount(1);
		Browser.shot(phone, "monitoring-indicators-phone");
		phone.navigate(browser.url("/monitoring/explain?indicator=inpatient_cost&area=R359921"));
		assertThat(phone.locator(".stats")).containsText("分母");
		Browser.shot(phone, "monitoring-explain-phone");
		phone.context().close();
	}

	@Test
	void definitionsAndARefusedProposalNamingItsColumn() {
		Page page = browser.desktop("wjw", PASSWORD);
		page.navigate(browser.url("/monitoring/definitions"));
		assertThat(page.locator("table.data")).containsText("drug_ratio");
		Browser.shot(page, "monitoring-definitions-desktop");
		page.navigate(browser.url("/monitoring/definitions/new"));
		page.fill("input[name=code]", "browser_test");
		page.fill("input[name=nameZh]", "浏览器测试");
		page.fill("input[name=nameEn]", "Browser test");
		page.fill("textarea[name=numerator]", "#{ins.fee[fee_category=09]} + #{ins.feee}");
		page.fill("textarea[name=denominator]", "#{ins.fee}");
		page.locator("form.mon-form button[type=submit]").click();
		assertThat(page.locator(".alert-error")).containsText("MON-0002");
		assertThat(page.locator(".mon-caret")).isVisible();
		Browser.shot(page, "monitoring-definition-refused-desktop");
		page.context().close();
		Page phone = browser.phone("wjw", PASSWORD);
		phone.navigate(browser.url("/monitoring/definitions"));
		Browser.shot(phone, "monitoring-definitions-phone");
		phone.context().close();
	}

}
