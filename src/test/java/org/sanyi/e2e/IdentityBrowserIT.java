package org.sanyi.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

/** The resident portal on a phone and the review queue on a desktop, in Chinese. */
class IdentityBrowserIT extends BrowserTest {

	@Test
	void residentPortalOnAPhone() {
		Page page = browser.phone("resident", PASSWORD);
		page.navigate(browser.url("/portal"));
		assertThat(page.locator("h1")).hasText("我的健康");
		Browser.shot(page, "identity-portal-phone");
		page.click("main >> text=我的健康码");
		assertThat(page.locator("#qr-image")).isVisible();
		assertThat(page.locator("#qr-expiry")).containsText("有效至");
		Browser.shot(page, "identity-code-phone");
		page.navigate(browser.url("/portal/consents"));
		page.fill("input[name=granteeCode]", "H35992100001");
		page.click("form.portal-form button[type=submit]");
		assertThat(page.locator("#consents")).containsText("H35992100001");
		Browser.shot(page, "identity-consents-phone");
		page.navigate(browser.url("/portal/access"));
		assertThat(page.locator("h1")).hasText("查阅记录");
		Browser.shot(page, "identity-access-phone");
		page.context().close();
	}

	@Test
	void reviewQueueOnADesktop() {
		Page page = browser.desktop("wjw", PASSWORD);
		page.navigate(browser.url("/identity/review"));
		assertThat(page.locator("h1")).hasText("主索引待复核");
		Browser.shot(page, "identity-review-desktop");
		page.navigate(browser.url("/identity/residents"));
		Browser.shot(page, "identity-residents-desktop");
		page.context().close();
	}

}
