package org.sanyi.e2e;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.sanyi.RecordedLoginCodes;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The login page, the layout and the system pages in a real browser, in Chinese, desktop
 * and phone sized.
 */
class ShellBrowserIT extends BrowserTest {

	@Autowired
	RecordedLoginCodes sms;

	@Autowired
	JdbcClient jdbc;

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
	void residentSignsInOnAPhoneWithATextMessageCode() {
		// a code to this number within the last minute (another test) would be refused as
		// too soon
		jdbc.sql("delete from sec_throttle where scope like 'CODE_%'").update();
		sms.clear();
		Page page = browser.anonymousPhone();
		page.navigate(browser.url("/login"));
		Browser.shot(page, "login-phone");
		page.click("text=手机验证码登录");
		page.fill("input[name=phone]", "13859000007");
		Browser.shot(page, "login-code-phone");
		page.click("text=获取验证码");
		assertThat(page.locator(".alert-success")).containsText("验证码已发送");
		Browser.shot(page, "login-code-sent-phone");
		org.assertj.core.api.Assertions.assertThat(sms.sent()).hasSize(1);
		page.fill("input[name=code]", sms.sent().getLast().code());
		page.click("button[type=submit]");
		page.waitForURL(url -> url.endsWith("/portal"));
		assertThat(page.locator("body")).containsText("李春梅");
		page.context().close();
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
		page.click("text=校验");
		page.click("button:has-text('开始校验')");
		assertThat(page.locator("#chain-intact")).containsText("哈希链完整");
		Browser.shot(page, "audit-verify-admin-desktop");
		page.navigate(browser.url("/security/users"));
		assertThat(page.locator("table.data tbody").first()).containsText("admin");
		assertThat(page.locator("#sign-in-locks")).containsText("登录锁定");
		Browser.shot(page, "users-admin-desktop");
		page.navigate(browser.url("/security/tokens"));
		Browser.shot(page, "tokens-admin-desktop");
		page.context().close();
	}

	@Test
	void adminSeesWhichRoleHoldsWhichPermission() {
		Page page = browser.desktop("admin", "Sanyi@2026");
		page.navigate(browser.url("/security/users"));
		page.click("text=角色权限");
		assertThat(page.locator("h1")).hasText("角色权限");
		assertThat(page.locator("table.roles")).containsText("查看行政区划");
		Browser.shot(page, "roles-admin-desktop");
		page.context().close();
		Page phone = browser.phone("admin", "Sanyi@2026");
		phone.navigate(browser.url("/security/roles"));
		assertThat(phone.locator("table.roles")).containsText("registry:region:list");
		Browser.shot(phone, "roles-admin-phone");
		phone.context().close();
	}

	@Test
	void phoneLayoutFoldsTheMenu() {
		Page page = browser.phone("admin", "Sanyi@2026");
		assertThat(page.locator(".sidebar")).isHidden();
		Browser.shot(page, "home-admin-phone");
		page.click(".menu-toggle");
		assertThat(page.locator(".sidebar")).isVisible();
		Browser.shot(page, "home-admin-phone-menu");
		page.navigate(browser.url("/security/audit/verify"));
		page.click("button:has-text('开始校验')");
		assertThat(page.locator("#chain-intact")).isVisible();
		Browser.shot(page, "audit-verify-admin-phone");
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
