package org.sanyi.e2e;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** The login page, the layout and the system pages in a real browser, in Chinese, desktop and phone sized. */
class ShellBrowserIT extends BrowserTest {

	@Test
	void loginPageRejectsAWrongPasswordInChinese() {
		Page page = browser.anonymous();
		page.navigate(browser.url("/login"));
		Browser.shot(page, "login-desktop");
		page.fill("input[name=username]", "admin");
		page.fill("input[name=password]", "not-the-password");
		page.click("button[type=submit]");
		assertThat(page.locator(".alert-error")).hasText("用户名或密码错误");
	}

	@Test
	void adminSeesThePillarsAndSystemPages() {
		Page page = browser.desktop("admin", "Sanyi@2026");
		assertThat(page.locator("h1")).containsText("欢迎");
		assertThat(page.locator(".pillars")).containsText("医保");
		Browser.shot(page, "home-admin-desktop");
		page.click("text=审计日志");
		assertThat(page.locator("h1")).hasText("审计日志");
		assertThat(page.locator(".pager")).containsText("共");
		assertThat(page.locator("table.data tbody")).containsText("登录");
		Browser.shot(page, "audit-admin-desktop");
		page.navigate(browser.url("/security/users"));
		assertThat(page.locator("table.data tbody")).containsText("admin");
		Browser.shot(page, "users-admin-desktop");
		page.navigate(browser.url("/security/tokens"));
		Browser.shot(page, "tokens-admin-desktop");
		page.context().close();
	}

	@Test
	void phoneLayoutFoldsTheMenu() {
		Page page = browser.phone("admin", "Sanyi@2026");
		assertThat(page.locator(".sidebar")).isHidden();
		Browser.shot(page, "home-admin-phone");
		page.click(".menu-toggle");
		assertThat(page.locator(".sidebar")).isVisible();
		Browser.shot(page, "home-admin-phone-menu");
		page.context().close();
	}

	@Test
	void englishSwitchTranslatesTheShell() {
		Page page = browser.desktop("admin", "Sanyi@2026");
		page.navigate(browser.url("/?lang=en"));
		assertThat(page.locator(".pillars")).containsText("Medical insurance");
		Browser.shot(page, "home-admin-en");
		page.navigate(browser.url("/?lang=zh-CN"));
		page.context().close();
	}

}
