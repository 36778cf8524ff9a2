package org.sanyi.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

/**
 * 数据接收 (the sources of the indicator facts and the error queue) on a desktop and on a
 * phone, in Chinese.
 */
class FactsBrowserIT extends BrowserTest {

	@Test
	void dataIntakeOnADesktopAndAPhone() {
		Page page = browser.desktop("admin", PASSWORD);
		page.navigate(browser.url("/monitoring/facts"));
		assertThat(page.locator("h1")).hasText("数据接收");
		assertThat(page.locator("main")).containsText("统计历史数据");
		Browser.shot(page, "monitoring-facts-desktop");
		page.context().close();
		Page phone = browser.phone("admin", PASSWORD);
		phone.navigate(browser.url("/monitoring/facts?problem=UNKNOWN_INSTITUTION"));
		assertThat(phone.locator("h1")).hasText("数据接收");
		Browser.shot(phone, "monitoring-facts-phone");
		phone.context().close();
	}

}
