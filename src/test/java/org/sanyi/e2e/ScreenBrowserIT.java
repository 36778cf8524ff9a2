package org.sanyi.e2e;

import com.microsoft.playwright.Browser.NewContextOptions;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.sanyi.AwaitEvents;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * 一屏观医 at 1920×1080 (signed in, and as a wall display through a signed link), on a laptop
 * and a phone; the 医保数据专区 pages on desktop and phone; the home page's live line.
 */
class ScreenBrowserIT extends BrowserTest {

	@Autowired
	JdbcClient jdbc;

	@Test
	void theBigScreenAtFullHdAndAsAWallDisplay() {
		Page page = fullHd();
		login(page, "wjw");
		page.navigate(browser.url("/monitoring/screen?refresh=10"));
		assertThat(page.locator("#scr-map canvas")).hasCount(1);
		assertThat(page.locator("#scr-reform .scr-spark canvas").first()).isVisible();
		Browser.shot(page, "monitoring-screen-1920");
		// a part refreshes on its own: its element is replaced, its chart drawn again
		page.evaluate("() => document.querySelector('#scr-map').setAttribute('data-old', '1')");
		page.waitForFunction("() => !document.querySelector('#scr-map').hasAttribute('data-old')", null,
				new Page.WaitForFunctionOptions().setTimeout(25_000));
		assertThat(page.locator("#scr-map canvas")).hasCount(1);
		page.navigate(browser.url("/monitoring/screen/links"));
		page.fill("input[name=label]", "指挥中心大屏");
		page.locator("form.search-form button[type=submit]").click();
		String wall = page.locator(".mon-issued a").getAttribute("href");
		Browser.shot(page, "monitoring-screen-links-desktop");
		page.context().close();

		Page display = fullHd();
		display.navigate(browser.url(wall));
		assertThat(display.locator(".scr-tag")).hasText("只读大屏");
		assertThat(display.locator("#scr-map canvas")).hasCount(1);
		Browser.shot(display, "monitoring-wall-1920");
		display.context().close();
	}

	@Test
	void theBigScreenOnALaptopAndAPhone() {
		Page page = browser.desktop("ybj", PASSWORD);
		page.navigate(browser.url("/monitoring/screen"));
		assertThat(page.locator("#scr-map canvas")).hasCount(1);
		Browser.shot(page, "monitoring-screen-desktop");
		page.context().close();
		Page phone = browser.phone("wjw", PASSWORD);
		phone.navigate(browser.url("/monitoring/screen"));
		assertThat(phone.locator("#scr-counters .scr-num").first()).isVisible();
		Browser.shot(phone, "monitoring-screen-phone");
		phone.context().close();
	}

	@Test
	void theDataZoneFlowsDrillDownAndFundFlows() {
		// the zone's months are the statistics history's, imported in the background
		AwaitEvents.statisticsHistory(jdbc, 24);
		Page page = browser.desktop("wjw", PASSWORD);
		page.navigate(browser.url("/monitoring/zone/flows?period=2026-10"));
		assertThat(page.locator("h1")).hasText("异地就医流向");
		assertThat(page.locator(".mon-zone-chart canvas")).hasCount(1);
		Browser.shot(page, "monitoring-zone-flows-desktop");
		page.locator("table.mon-matrix td.num a").first().click();
		assertThat(page.locator(".card h2").first()).containsText("就医的机构");
		Browser.shot(page, "monitoring-zone-flows-cell-desktop");
		page.navigate(browser.url("/monitoring/zone/funds?period=2026-10"));
		assertThat(page.locator(".mon-zone-bars canvas").first()).isVisible();
		// the employees' account purchases at the retail pharmacies are a level of their
		// own
		assertThat(page.locator("body")).containsText("定点零售药店");
		Browser.shot(page, "monitoring-zone-funds-desktop");
		page.navigate(browser.url("/"));
		assertThat(page.locator(".mon-today")).containsText("今日");
		Browser.shot(page, "monitoring-home-today-wjw-desktop");
		page.context().close();
		Page phone = browser.phone("ybj", PASSWORD);
		phone.navigate(browser.url("/monitoring/zone/flows?period=2026-10"));
		assertThat(phone.locator("table.mon-matrix")).isVisible();
		Browser.shot(phone, "monitoring-zone-flows-phone");
		phone.navigate(browser.url("/monitoring/zone/funds?period=2026-10"));
		Browser.shot(phone, "monitoring-zone-funds-phone");
		phone.context().close();
	}

	private Page fullHd() {
		return browser.context(new NewContextOptions().setViewportSize(1920, 1080).setLocale("zh-CN")).newPage();
	}

	private void login(Page page, String user) {
		page.navigate(browser.url("/login"));
		page.fill("input[name=username]", user);
		page.fill("input[name=password]", PASSWORD);
		page.click("button[type=submit]");
		page.waitForURL(url -> !url.contains("/login"));
	}

}
