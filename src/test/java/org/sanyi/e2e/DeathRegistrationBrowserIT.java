package org.sanyi.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

/**
 * The bureau's 死亡登记 list and a deceased resident's page with the demo's registered
 * deaths, and the 死亡后就医 cases among the suspicions, desktop and phone, in Chinese.
 */
class DeathRegistrationBrowserIT extends BrowserTest {

	@Test
	void theBureauSeesTheDeathsAndTheResidentsPageOnADesktopAndAPhone() {
		Page page = browser.desktop("ybj", PASSWORD);
		page.navigate(browser.url("/identity/deaths"));
		assertThat(page.locator("h1")).hasText("死亡登记");
		assertThat(page.locator("table.data tbody")).containsText("民政死亡信息");
		Browser.shot(page, "identity-deaths-desktop");
		page.locator("table.data tbody tr a.code").first().click();
		assertThat(page.locator("h1")).containsText("居民信息");
		assertThat(page.locator("main")).containsText("已死亡");
		assertThat(page.locator("main")).containsText("登记与更正记录");
		Browser.shot(page, "identity-resident-death-desktop");
		page.navigate(browser.url("/supervision/suspicions?rule=JG026"));
		assertThat(page.locator("body")).containsText("晚于参保人死亡日期");
		Browser.shot(page, "supervision-after-death-desktop");

		// the rule tried on a sample purchase twelve days after the death
		page.navigate(browser.url("/supervision/rules"));
		page.locator("select[name=ruleId]").selectOption("JG026");
		page.locator("input[name=admission]").fill("2026-03-14");
		page.locator("input[name=deathDate]").fill("2026-03-02");
		page.locator("textarea[name=lines]").fill("XC08CAA001A060010100518,09,2,28.40");
		page.locator("form[action$='/supervision/rules/test'] button[type=submit]").click();
		assertThat(page.locator(".alert-info")).containsText("命中 1 条");
		assertThat(page.locator("body")).containsText("晚于参保人死亡日期 2026-03-02");
		Browser.shot(page, "supervision-rule-test-after-death-desktop");
		page.context().close();

		Page phone = browser.phone("ybj", PASSWORD);
		phone.navigate(browser.url("/identity/deaths"));
		assertThat(phone.locator("h1")).hasText("死亡登记");
		Browser.shot(phone, "identity-deaths-phone");
		phone.locator("table.data tbody tr a.code").first().click();
		assertThat(phone.locator("main")).containsText("已死亡");
		Browser.shot(phone, "identity-resident-death-phone");
		phone.context().close();
	}

}
