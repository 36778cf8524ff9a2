package org.sanyi.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

/**
 * The break-glass review and the matching parameters pages, desktop and phone, in
 * Chinese.
 */
class IdentityReviewBrowserIT extends BrowserTest {

	@Test
	void breakGlassReviewOnADesktopAndAPhone() {
		Page doctor = browser.desktop("doctor", PASSWORD);
		doctor.navigate(browser.url("/api/identity/residents/demo-resident-1?breakGlass=true&reason="
				+ URLEncoder.encode("急诊抢救，患者意识不清，需查既往病史", StandardCharsets.UTF_8)));
		doctor.context().close();

		Page page = browser.desktop("wjw_county", PASSWORD);
		page.navigate(browser.url("/identity/break-glass"));
		assertThat(page.locator("h1")).hasText("紧急调阅复核");
		assertThat(page.locator("table.break-glass")).containsText("急诊抢救");
		Browser.shot(page, "identity-break-glass-desktop");
		page.locator("table.break-glass tbody tr").first().locator("input[name=comment]").fill("急诊记录可查，调阅合理");
		page.locator("table.break-glass tbody tr").first().locator("button[value=JUSTIFIED]").click();
		page.navigate(browser.url("/identity/break-glass?status=REVIEWED"));
		assertThat(page.locator("table.break-glass")).containsText("急诊记录可查，调阅合理");
		Browser.shot(page, "identity-break-glass-reviewed-desktop");
		page.context().close();

		Page phone = browser.phone("wjw", PASSWORD);
		phone.navigate(browser.url("/identity/break-glass?status=ALL"));
		assertThat(phone.locator("h1")).hasText("紧急调阅复核");
		Browser.shot(phone, "identity-break-glass-phone");
		phone.context().close();

		Page resident = browser.phone("resident", PASSWORD);
		resident.navigate(browser.url("/portal/access"));
		assertThat(resident.locator("#access-log")).containsText("已复核");
		Browser.shot(resident, "identity-access-reviewed-phone");
		resident.context().close();
	}

	@Test
	void matchingParametersOnADesktopAndAPhone() {
		Page page = browser.desktop("admin", PASSWORD);
		page.navigate(browser.url("/identity/parameters"));
		assertThat(page.locator("h1")).hasText("主索引匹配参数");
		assertThat(page.locator("table.parameters")).containsText("证件号码");
		Browser.shot(page, "identity-parameters-desktop");
		page.context().close();
		Page phone = browser.phone("admin", PASSWORD);
		phone.navigate(browser.url("/identity/parameters"));
		Browser.shot(phone, "identity-parameters-phone");
		phone.context().close();
	}

}
